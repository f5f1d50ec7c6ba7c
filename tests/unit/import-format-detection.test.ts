import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { detectImportFormat } from "~/imports/detect-format";
import type { ImportFormat } from "~/imports/formats";
import { parseImportText, runImport } from "~/imports/import-runner.server";
import { db } from "~/utils/db.server";
import { ROOT } from "../support/paths";

const fixture = (name: string) => JSON.parse(readFileSync(resolve(ROOT, "tests/fixtures/import", name), "utf8"));
const FIXTURES: Record<ImportFormat, unknown> = {
  "nl-1.0": fixture("nl-standard.json"),
  "nl-listing": fixture("nl-listing.json"),
  "uk-atrs-listing": fixture("uk-atrs-listing.json"),
};

// The real listings live beside the project (../shared/data); CI has them.
const DATA = resolve(ROOT, "../shared/data");
const REAL: Array<[ImportFormat, string]> = [
  ["nl-listing", resolve(DATA, "nl-algoritmeregister-2026-08-08.json")],
  ["uk-atrs-listing", resolve(DATA, "uk-atrs-records.json")],
];
const present = REAL.every(([, file]) => existsSync(file));
if (!present) console.log("skipped: ../shared/data is absent (format detection of the real listings)");

const LABEL: Record<ImportFormat, string> = {
  "nl-1.0": "“Dutch publication standard 1.0 (one object or an array of objects)”",
  "nl-listing": "“Dutch algorithm register listing (algoritmes.overheid.nl)”",
  "uk-atrs-listing": "“UK Algorithmic Transparency Recording Standard records listing”",
};
const NAME: Record<ImportFormat, string> = {
  "nl-1.0": "a Dutch standard 1.0 file",
  "nl-listing": "the Dutch algorithm register listing",
  "uk-atrs-listing": "the UK ATRS records listing",
};
const FORMATS = Object.keys(FIXTURES) as ImportFormat[];

/** Everything an import could have written. */
const stored = async () => ({
  entries: await db.entry.count(),
  organisations: await db.organisation.count(),
  suppliers: await db.supplier.count(),
  audits: await db.auditLog.count({ where: { action: "import.completed" } }),
});

describe("import format detection", () => {
  it.each(FORMATS)("detects the %s fixture as its format", (format) => {
    expect(detectImportFormat(FIXTURES[format])).toEqual({ format });
  });

  it.skipIf(!present).each(REAL)("detects the real %s sample as its format", (format, file) => {
    expect(detectImportFormat(JSON.parse(readFileSync(file, "utf8")))).toEqual({ format });
  });

  it("takes a single Dutch standard object, even one missing required fields, as Dutch standard 1.0", () => {
    expect(detectImportFormat({ name: "Alleen een naam", lars: "31234568" })).toEqual({ format: "nl-1.0" });
    expect(detectImportFormat([{ name: "Parkeren", organization: "Gemeente X", eigen_veld: 1 }])).toEqual({ format: "nl-1.0" });
  });

  it.each(FORMATS.flatMap((file) => FORMATS.filter((chosen) => chosen !== file).map((chosen) => [file, chosen] as const)))(
    "refuses the whole %s file chosen as %s with one message, storing nothing",
    async (file, chosen) => {
      const before = await stored();
      const outcome = await runImport(chosen, FIXTURES[file]);
      expect(outcome).toEqual({
        ok: false,
        wrongFormat: true,
        reason: `This file looks like ${NAME[file]}, not ${NAME[chosen]}. Choose ${LABEL[file]} and try again.`,
      });
      expect(await stored()).toEqual(before);
    },
  );

  it("names the format to choose as the caller asks (the command line names --format)", async () => {
    const outcome = await runImport("nl-1.0", FIXTURES["nl-listing"], { choice: (f) => `--format ${f}` });
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringMatching(/Choose --format nl-listing and try again\.$/) });
  });

  it("says a file is in no supported format, with what it holds, and stores nothing", async () => {
    const before = await stored();
    const cases: Array<[unknown, string]> = [
      [{ naam: "x", omschrijving: "y" }, "an object with the fields naam, omschrijving"],
      [[{ naam: "x" }, { naam: "y", code: 1 }], "a list of 2 objects with the fields naam, code"],
      [
        (FIXTURES["nl-listing"] as { algoritmes: unknown[] }).algoritmes,
        'a list of 4 records of the Dutch algorithm register listing, but not inside an object under "algoritmes" as that listing has them',
      ],
      [
        (FIXTURES["uk-atrs-listing"] as { records: unknown[] }).records,
        'a list of 3 records of the UK ATRS records listing, but not inside an object under "records" as that listing has them',
      ],
      ["text", "a single string value"],
      [[1, 2], "a list of 2 values that are not objects"],
      [{}, "an empty object"],
    ];
    for (const [json, found] of cases) {
      expect(detectImportFormat(json)).toEqual({ format: null, found });
      for (const chosen of FORMATS)
        expect(await runImport(chosen, json)).toEqual({
          ok: false,
          wrongFormat: true,
          reason: `This file does not look like any supported format: it holds ${found}.`,
        });
    }
    expect(await stored()).toEqual(before);
  });

  it("accepts an empty list as an empty Dutch standard 1.0 file, and no other format", async () => {
    expect(await runImport("nl-1.0", [])).toMatchObject({ ok: true, summary: { created: 0, failed: [] } });
    expect(await runImport("nl-listing", [])).toMatchObject({
      ok: false,
      reason: "This file does not look like any supported format: it holds an empty list.",
    });
  });

  it("says a CSV file is in no supported format and names its columns; other text that is not JSON stays a JSON error", () => {
    const csv = "\uFEFFpublishing_body,tool_name,title,url\nHMRC,Ask HMRC online,HMRC: Ask,https://www.gov.uk/x\n";
    expect(parseImportText(csv)).toEqual({
      ok: false,
      wrongFormat: true,
      reason:
        "This file does not look like any supported format: it holds CSV with the columns publishing_body, tool_name, title, url (the import reads JSON files only).",
    });
    expect(parseImportText("id;titel\n1;x")).toMatchObject({ wrongFormat: true, reason: expect.stringContaining("CSV with the columns id, titel") });
    expect(parseImportText("{ nope, nope")).toEqual({ ok: false, reason: expect.stringContaining("not valid JSON") });
  });
});
