// Copies the seeded SQLite bench database into a migrated PostgreSQL database, so that both engines
// are measured on the same 50,000 entries. Generic over the tables: every table of the PostgreSQL
// schema that the SQLite file also has is copied column by column, converted by the PostgreSQL
// column's type. Tables kept outside the Prisma models (the search index) are filled by the engine's
// own triggers and reindex, not copied.
import Database from "better-sqlite3";
import pg from "pg";

type Column = { name: string; type: string };

const BATCH_PARAMETERS = 30_000; // PostgreSQL allows 65,535 parameters per statement

function convert(value: unknown, type: string) {
  if (value === null || value === undefined) return null;
  if (type.startsWith("timestamp") || type === "date")
    return new Date(typeof value === "string" && /^\d+$/.test(value) ? Number(value) : (value as string | number));
  if (type === "boolean") return Boolean(value);
  if (type === "bytea") return Buffer.isBuffer(value) ? value : Buffer.from(String(value));
  return value;
}

export async function copySqliteToPostgres(sqliteFile: string, postgresUrl: string, { skip = [] as string[] } = {}) {
  const source = new Database(sqliteFile, { readonly: true });
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  const copied: Record<string, number> = {};
  try {
    const sqliteTables = new Set((source.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>).map((t) => t.name));
    const { rows: columns } = await client.query<{ table_name: string; column_name: string; data_type: string; is_generated: string }>(
      `SELECT c.table_name, c.column_name, c.data_type, c.is_generated FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
       WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position`,
    );
    const tables = new Map<string, Column[]>();
    for (const c of columns) {
      if (!sqliteTables.has(c.table_name) || skip.includes(c.table_name) || c.is_generated === "ALWAYS") continue;
      tables.set(c.table_name, [...(tables.get(c.table_name) ?? []), { name: c.column_name, type: c.data_type }]);
    }
    await client.query("BEGIN");
    // Triggers and foreign keys off for the copy (tables in any order, immutable versions written once).
    await client.query("SET LOCAL session_replication_role = replica");
    for (const [table, all] of tables) {
      const sqliteColumns = new Set((source.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as Array<{ name: string }>).map((c) => c.name));
      const cols = all.filter((c) => sqliteColumns.has(c.name));
      const perBatch = Math.max(1, Math.floor(BATCH_PARAMETERS / cols.length));
      const select = source.prepare(`SELECT ${cols.map((c) => `"${c.name}"`).join(", ")} FROM "${table}"`).raw(true);
      let batch: unknown[][] = [];
      let count = 0;
      const flush = async () => {
        if (!batch.length) return;
        const values: unknown[] = [];
        const tuples = batch.map((row) => `(${row.map((v, i) => (values.push(convert(v, cols[i].type)), `$${values.length}`)).join(", ")})`);
        await client.query(`INSERT INTO "${table}" (${cols.map((c) => `"${c.name}"`).join(", ")}) VALUES ${tuples.join(", ")}`, values);
        count += batch.length;
        batch = [];
      };
      for (const row of select.iterate() as Iterable<unknown[]>) {
        batch.push(row);
        if (batch.length >= perBatch) await flush();
      }
      await flush();
      copied[table] = count;
    }
    await client.query("COMMIT");
    // Serial columns continue after the copied ids.
    const { rows: serials } = await client.query<{ table_name: string; column_name: string; seq: string }>(
      `SELECT table_name, column_name, pg_get_serial_sequence(format('%I', table_name), column_name) AS seq
       FROM information_schema.columns WHERE table_schema = 'public' AND column_default LIKE 'nextval%'`,
    );
    for (const s of serials) {
      if (s.seq) await client.query(`SELECT setval($1, COALESCE((SELECT MAX("${s.column_name}") FROM "${s.table_name}"), 0) + 1, false)`, [s.seq]);
    }
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
    source.close();
  }
  return copied;
}
