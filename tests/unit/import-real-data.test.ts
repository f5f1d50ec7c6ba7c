import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runImport } from "~/imports/import-runner.server";
import { db } from "~/utils/db.server";
import { ROOT } from "../support/paths";

// The real listings live beside the project (../shared/data), never inside it; CI has them.
const DATA = resolve(ROOT, "../shared/data");
const NL = resolve(DATA, "nl-algoritmeregister-2026-08-08.json");
const UK = resolve(DATA, "uk-atrs-records.json");
const present = existsSync(NL) && existsSync(UK);
if (!present) console.log("skipped: ../shared/data is absent (real-data import tests)");

const read = (file: string) => JSON.parse(readFileSync(file, "utf8"));

describe("import of the real listings", () => {
  it.skipIf(!present)(
    "imports all 1,530 Dutch register entries under their 336 organisations, and a re-import creates nothing",
    { timeout: 240_000 },
    async () => {
      const json = read(NL);
      const started = Date.now();
      const first = await runImport("nl-listing", json);
      console.log(`nl-listing: 1,530 records imported in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      expect(first).toMatchObject({ ok: true, summary: { created: 1530, updated: 0, unchanged: 0, failed: [] } });
      expect(await db.entry.count({ where: { sourceSystem: "nl-listing", state: "published" } })).toBe(1530);
      expect(await db.organisation.count({ where: { sourceSystem: "nl-listing" } })).toBe(336);
      expect(await db.entryFacet.count({ where: { facet: "language", value: "nld" } })).toBe(1530);
      // The register's ids are kept as public ids.
      const sample = json.algoritmes[0];
      expect(await db.entry.findUnique({ where: { publicId: sample.id }, select: { sourceId: true, sourceUrl: true } })).toEqual({
        sourceId: sample.id,
        sourceUrl: sample.url,
      });

      const again = await runImport("nl-listing", json);
      expect(again).toMatchObject({ ok: true, summary: { created: 0, updated: 0, unchanged: 1530, failed: [] } });
      expect(await db.entry.count({ where: { sourceSystem: "nl-listing" } })).toBe(1530);
    },
  );

  it.skipIf(!present)("imports all 136 UK ATRS records under their publishing bodies, and a re-import creates nothing", { timeout: 120_000 }, async () => {
    const json = read(UK);
    const first = await runImport("uk-atrs-listing", json);
    expect(first).toMatchObject({ ok: true, summary: { created: 136, failed: [] } });
    const bodies = new Set(json.records.map((r: { publishing_body: string | null }) => r.publishing_body).filter(Boolean));
    // Every named body, plus one for the records that name none.
    expect(await db.organisation.count({ where: { sourceSystem: "uk-atrs-listing" } })).toBe(bodies.size + 1);
    expect(await runImport("uk-atrs-listing", json)).toMatchObject({ ok: true, summary: { created: 0, unchanged: 136 } });
  });
});
