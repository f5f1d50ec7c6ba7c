/**
 * The PostgreSQL BulkReader: plain `pg` connections returning rows as arrays (no per-row
 * conversion by Prisma's query engine), and for streamed downloads a cursor in one read-only
 * REPEATABLE READ transaction, so a download is one consistent snapshot, fetched a page at a time.
 * Times are read as ISO text in UTC, as toExportRow expects. Only SELECTs with no user input.
 */
import pg from "pg";
import { databaseUrl } from "~/utils/db.server";
import type { BulkReader } from "./bulk-reader";
import type { RawExportRow } from "./export-row";

const iso = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const COLUMNS = `e.id, e."publicId", e.state, ${iso('e."firstPublishedAt"')}, v.number, v.kind, ${iso('v."publishedAt"')}, v."changeNote", v.data,
  v."schemaVersion", o.slug, o.name, o.type, o."identifierScheme", o.identifier`;
const FROM_CURRENT = `FROM "Entry" e JOIN "EntryVersion" v ON v.id = e."currentVersionId" JOIN "Organisation" o ON o.id = e."organisationId"`;
const CURRENT = `SELECT ${COLUMNS} ${FROM_CURRENT} ORDER BY e."publicId" COLLATE "C"`;
const ALL = `SELECT ${COLUMNS} FROM "EntryVersion" v JOIN "Entry" e ON e.id = v."entryId" JOIN "Organisation" o ON o.id = e."organisationId"
  WHERE e."currentVersionId" IS NOT NULL ORDER BY e."publicId" COLLATE "C", v.number`;

async function withClient<T>(read: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return await read(client);
  } finally {
    await client.end();
  }
}

const arrays = async (sql: string) => withClient(async (c) => (await c.query<RawExportRow>({ text: sql, rowMode: "array" })).rows);

export const pgBulkReader: BulkReader = {
  engine: "postgresql",

  currentVersions: () => arrays(CURRENT),

  async *currentVersionPages(pageSize) {
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      await client.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${CURRENT}`);
      for (;;) {
        const { rows } = await client.query<RawExportRow>({ text: `FETCH ${Math.max(1, Math.floor(pageSize))} FROM export_rows`, rowMode: "array" });
        if (!rows.length) break;
        yield rows;
      }
      await client.query("COMMIT");
    } finally {
      // A client that stops the download ends the generator early: the connection closes, and the transaction with it.
      await client.end();
    }
  },

  allVersions: () => arrays(ALL),

  async fingerprint() {
    const [row] = await withClient(
      async (c) =>
        (
          await c.query<Record<string, unknown>>(
            `SELECT (SELECT COUNT(*)::int FROM "EntryVersion") AS versions, (SELECT ${iso('MAX("publishedAt")')} FROM "EntryVersion") AS latest,
                    (SELECT ${iso('MAX("updatedAt")')} FROM "Organisation") AS orgs, (SELECT ${iso('MAX("updatedAt")')} FROM "Supplier") AS suppliers,
                    (SELECT COUNT(*)::int FROM "Entry" WHERE "currentVersionId" IS NOT NULL) AS public`,
          )
        ).rows,
    );
    return row;
  },
};
