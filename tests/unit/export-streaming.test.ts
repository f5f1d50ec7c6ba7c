import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { entriesCsv, entriesCsvChunks } from "~/exports/entries-csv";
import { jsonArray, jsonArrayChunks } from "~/exports/entries-json";
import { allSuppliers, currentVersionPages, currentVersionRows } from "~/exports/export-rows.server";
import { loader as csvLoader } from "~/routes/downloads.entries[.]csv";
import { loader as jsonLoader } from "~/routes/downloads.entries[.]json";
import { createOrgWithStaff, createPublishedEntry } from "../support/entry-factories";
import { databaseEngine, db } from "~/utils/db.server";
import { call, getRequest } from "../support/requests";

const collect = async (chunks: AsyncIterable<string | Uint8Array>) => {
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(Buffer.from(c));
  return Buffer.concat(parts).toString("utf8");
};

beforeAll(async () => {
  const staff = await createOrgWithStaff();
  for (const name of ["First, with a comma", 'Second "quoted"', "Third\nwith a line break", "Fourth: café’s ‘curly’ quotes", "Fifth"])
    await createPublishedEntry({ name }, staff);
});

describe("streamed exports", () => {
  it("pages through every current entry in public id order", async () => {
    const pages: string[][] = [];
    for await (const rows of currentVersionPages({ pageSize: 2 })) pages.push(rows.map((r) => r.publicId));
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual((await currentVersionRows()).map((r) => r.publicId));
  });

  it("ends its read when a download stops after the first page, leaving no transaction open", async () => {
    for await (const rows of currentVersionPages({ pageSize: 2 })) {
      expect(rows).toHaveLength(2);
      break;
    }
    const all: string[] = [];
    for await (const rows of currentVersionPages({ pageSize: 2 })) all.push(...rows.map((r) => r.publicId));
    expect(all).toEqual((await currentVersionRows()).map((r) => r.publicId));
    if (databaseEngine() === "postgresql") {
      // The paged read's connection holds a transaction open while it reads; stopping must end it.
      const open = () =>
        db.$queryRaw<Array<{ n: number }>>`SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'FETCH%'`;
      await expect.poll(async () => (await open())[0].n, { timeout: 5_000 }).toBe(0);
    }
  });

  it("streams the same CSV and JSON as building them at once", async () => {
    const suppliers = await allSuppliers();
    const rows = await currentVersionRows();
    const csv = await collect(entriesCsvChunks(currentVersionPages({ pageSize: 2 }), "http://localhost", suppliers));
    expect(csv).toBe(entriesCsv(rows, "http://localhost", suppliers));
    const names = (parse(csv, { columns: true }) as Array<{ name: string }>).map((r) => r.name);
    expect(names).toContain("Third\nwith a line break");
    expect(names).toContain("Fourth: café’s ‘curly’ quotes");
    const toItem = (r: { publicId: string }) => ({ id: r.publicId });
    expect(await collect(jsonArrayChunks(currentVersionPages({ pageSize: 2 }), toItem))).toBe(jsonArray(rows, toItem));
    expect(JSON.parse(await collect(jsonArrayChunks((async function* () {})(), toItem)))).toEqual([]);
  });

  it("answers 304 for the current ETag without building the file, and changes the ETag when the register changes", async () => {
    for (const [loader, path] of [
      [csvLoader, "/downloads/entries.csv"],
      [jsonLoader, "/downloads/entries.json"],
    ] as const) {
      const first = (await call(loader, getRequest(path))).result as Response;
      const etag = first.headers.get("ETag")!;
      await first.body?.cancel();
      const again = (await call(loader, new Request(`http://localhost${path}`, { headers: { "If-None-Match": etag } }))).result as Response;
      expect(again.status).toBe(304);
      await createPublishedEntry({ name: `Changed after ${path}` });
      const changed = (await call(loader, new Request(`http://localhost${path}`, { headers: { "If-None-Match": etag } }))).result as Response;
      expect(changed.status).toBe(200);
      expect(await changed.text()).toContain(`Changed after ${path}`);
    }
  });
});
