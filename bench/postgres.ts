// PostgreSQL for `npm run bench`: BENCH_POSTGRES_URL when set (a superuser connection; the bench creates
// its own databases there and drops them again), else a throwaway cluster like the tests'.
import pg from "pg";
import { copySqliteToPostgres } from "./copy-to-postgres";
import { migrate } from "../scripts/lib.mjs";
import { startPostgresCluster } from "../tests/support/postgres-cluster.mjs";

export type BenchPostgres = Awaited<ReturnType<typeof benchPostgres>>;

export async function benchPostgres() {
  const cluster = process.env.BENCH_POSTGRES_URL ? undefined : await startPostgresCluster({ name: "bench-postgres" });
  const adminUrl = process.env.BENCH_POSTGRES_URL ?? cluster!.url("postgres");
  const created: string[] = [];
  const urlFor = (name: string) => {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };

  /** A new empty database (dropped first if a previous run left it). */
  async function createDatabase(name: string) {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${name}`);
    created.push(name);
    return urlFor(name);
  }

  /** A migrated database holding the rows of the seeded SQLite file, with PostgreSQL's search index built. */
  async function loadFrom(sqliteFile: string, name: string) {
    const url = await createDatabase(name);
    migrate(url, { quiet: true });
    console.log(`→ Copying the seeded entries to PostgreSQL (${name})…`);
    const t0 = performance.now();
    const { tables: outsidePrisma } = (await import("../prisma/postgresql/outside-prisma.mjs")) as { tables: string[] };
    const copied = await copySqliteToPostgres(sqliteFile, url, { skip: outsidePrisma });
    await rebuildSearchIndex(url);
    console.log(`  ${copied.Entry ?? 0} entries copied and indexed in ${Math.round((performance.now() - t0) / 100) / 10} s`);
    return url;
  }

  async function stop() {
    if (cluster) cluster.stop();
    else for (const name of created) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }

  return { createDatabase, loadFrom, stop };
}

/** The copy ran with triggers off, so PostgreSQL's search rows are written here, as the app's reindex does. */
async function rebuildSearchIndex(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // TODO(lead): call the PostgreSQL search store's rebuild once merged.
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}
