import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { db, databaseFile } from "~/utils/db.server";

/** Whether another connection (as another server process has) can take the write lock right now. */
function otherConnectionCanWrite(): boolean {
  const other = new Database(databaseFile(), { timeout: 0 });
  try {
    other.exec("BEGIN IMMEDIATE");
    other.exec("ROLLBACK");
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_BUSY") return false;
    throw error;
  } finally {
    other.close();
  }
}

describe("Prisma transactions on SQLite", () => {
  it("take the write lock when they begin, so a transaction that reads first never meets a stale snapshot", async () => {
    expect(otherConnectionCanWrite()).toBe(true);
    const during = await db.$transaction(async (tx) => {
      await tx.organisation.count(); // reads only, so far
      return otherConnectionCanWrite();
    });
    expect(during).toBe(false); // the lock was held from BEGIN: other processes wait (busy timeout) instead of failing
    expect(otherConnectionCanWrite()).toBe(true);
  });
});
