// PostgreSQL for `npm run bench`: BENCH_POSTGRES_URL when set (a superuser connection; the bench creates
// its own databases there and drops them again), else a throwaway cluster like the tests'.
import Database from "better-sqlite3";
import pg from "pg";
import type { EntryDraft } from "~/entries/entry-schema";
import { indexRowsOf } from "~/search/indexing.server";
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
    await rebuildSearchIndex(sqliteFile, url);
    console.log(`  ${copied.Entry ?? 0} entries copied and indexed in ${Math.round((performance.now() - t0) / 100) / 10} s`);
    return url;
  }

  async function stop() {
    if (cluster) cluster.stop();
    else for (const name of created) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }

  return { createDatabase, loadFrom, stop };
}

/**
 * The copy leaves PostgreSQL's own search rows out (its table has unstemmed words where SQLite's has
 * stems): they are written here from each published document by the app's own indexing.
 */
async function rebuildSearchIndex(sqliteFile: string, url: string) {
  const source = new Database(sqliteFile, { readonly: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const entries = source
      .prepare(
        `SELECT e.id, e.state, v.data, o.id AS orgId, o.slug, o.name, o.type FROM Entry e
         JOIN EntryVersion v ON v.id = e.currentVersionId JOIN Organisation o ON o.id = e.organisationId WHERE e.state = 'published'`,
      )
      .iterate() as Iterable<{ id: string; state: string; data: string; orgId: string; slug: string; name: string; type: string }>;
    const columns = ["entry_id", "name", "description", "goal", "organisation", "supplier", "tags", "body", "words_nl", "words_en"];
    let batch: unknown[][] = [];
    const flush = async () => {
      if (!batch.length) return;
      const values = batch.flat();
      const tuples = batch.map((_, r) => `(${columns.map((_c, i) => `$${r * columns.length + i + 1}`).join(", ")})`);
      await client.query(`INSERT INTO entry_search (${columns.join(", ")}) VALUES ${tuples.join(", ")}`, values);
      batch = [];
    };
    await client.query("BEGIN");
    for (const e of entries) {
      const ctx = { entryId: e.id, state: e.state, organisation: { id: e.orgId, slug: e.slug, name: e.name, type: e.type } };
      const { search, words } = indexRowsOf(JSON.parse(e.data) as EntryDraft, ctx);
      batch.push([...search.slice(0, 8), words.nl, words.en]);
      if (batch.length >= 1_000) await flush();
    }
    await flush();
    await client.query("COMMIT");
    await client.query("REFRESH MATERIALIZED VIEW search_vocabulary");
    // As after a pg_restore: vacuumed, analysed and checkpointed, so autovacuum's pass over the freshly
    // loaded tables and the checkpoint's writes do not land in the middle of a measurement.
    await client.query("VACUUM (ANALYZE)");
    await client.query("CHECKPOINT");
  } finally {
    await client.end();
    source.close();
  }
}
