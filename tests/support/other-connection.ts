import Database from "better-sqlite3";
import pg from "pg";
import { databaseEngine, databaseFile, databaseUrl } from "~/utils/db.server";

/**
 * Runs one SQL statement on a connection of its own, outside Prisma (as another process would),
 * on the test file's database of either engine. Placeholders: `?` (translated to $n on PostgreSQL).
 */
export async function onOtherConnection<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]> {
  if (databaseEngine() === "postgresql") {
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      let n = 0;
      const { rows } = await client.query(
        sql.replace(/\?/g, () => `$${++n}`),
        params,
      );
      return rows as T[];
    } finally {
      await client.end();
    }
  }
  const db = new Database(databaseFile());
  try {
    const statement = db.prepare(sql);
    return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as T[];
  } finally {
    db.close();
  }
}
