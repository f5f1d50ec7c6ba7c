import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { pagesFromWorker } from "~/exports/worker-pages.server";

let file: string;

beforeAll(() => {
  file = join(mkdtempSync(join(tmpdir(), "worker-pages-")), "rows.db");
  const db = new Database(file);
  db.exec("CREATE TABLE t (n INTEGER PRIMARY KEY, label TEXT)");
  const insert = db.prepare("INSERT INTO t (n, label) VALUES (?, ?)");
  db.transaction(() => {
    for (let n = 1; n <= 1000; n++) insert.run(n, `row ${n}`);
  })();
  db.close();
});

const drain = async <T>(pages: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const page of pages) out.push(page);
  return out;
};

describe("pagesFromWorker", () => {
  it("hands over every row, in order, a page at a time, with bound parameters", async () => {
    const pages = await drain(pagesFromWorker<[number, string]>(file, "SELECT n, label FROM t WHERE n > ? ORDER BY n", [10], { pageSize: 300 }));
    expect(pages.map((p) => p.length)).toEqual([300, 300, 300, 90]);
    expect(pages.flat()[0]).toEqual([11, "row 11"]);
    expect(pages.flat().map((r) => r[0])).toEqual(Array.from({ length: 990 }, (_, i) => i + 11));
  });

  it("does not stall when the caller is slower than the reader and only one page may wait", async () => {
    const reader = pagesFromWorker<[number]>(file, "SELECT n FROM t ORDER BY n", [], { pageSize: 10, ahead: 1 });
    const first = await reader.next();
    // the worker runs ahead as far as it may, then sleeps until pages are taken
    await new Promise((r) => setTimeout(r, 200));
    const rest = await drain(reader);
    expect(first.value).toHaveLength(10);
    expect(rest).toHaveLength(99);
  });

  it("stops the worker when the caller stops early", async () => {
    let pages = 0;
    for await (const _page of pagesFromWorker(file, "SELECT n FROM t ORDER BY n", [], { pageSize: 10 })) {
      if (++pages === 3) break;
    }
    expect(pages).toBe(3);
  });

  it("rejects with the database's error", async () => {
    await expect(drain(pagesFromWorker(file, "SELECT missing FROM t"))).rejects.toThrow(/no such column: missing/);
    await expect(drain(pagesFromWorker(join(tmpdir(), "no-such-register.db"), "SELECT 1"))).rejects.toThrow(
      /unable to open database file|directory does not exist/,
    );
  });
});
