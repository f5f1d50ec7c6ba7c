import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { getPublishedEntry, listVersions } from "~/entries/entries.server";
import { toNlStandard } from "~/entries/nl-standard";
import { LIMITS } from "~/entries/standard";
import type { ImportFormat } from "~/imports/formats";
import { parseImportText, runImport } from "~/imports/import-runner.server";
import { UNNAMED_UK_BODY } from "~/imports/uk-atrs-listing.import.server";
import { findOrCreateSupplier } from "~/procurement/suppliers.server";
import { db } from "~/utils/db.server";
import { slugify } from "~/utils/slug";
import { createPublishedEntry } from "../support/entry-factories";
import { searchHits } from "../support/search-hits";
import { ROOT } from "../support/paths";

const fixture = (name: string) => JSON.parse(readFileSync(resolve(ROOT, "tests/fixtures/import", name), "utf8"));

async function imported(format: ImportFormat, json: unknown) {
  const outcome = await runImport(format, json);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.summary;
}

const entryBySource = (sourceSystem: string, sourceId: string) =>
  db.entry.findUniqueOrThrow({ where: { sourceSystem_sourceId: { sourceSystem, sourceId } }, include: { organisation: true } });

/** The fields the standard requires, besides name and organization. */
const REQUIRED = {
  description_short: "Een korte omschrijving.",
  status: "In gebruik",
  contact_email: "algoritmes@gemeente.example",
  publication_category: "Overige algoritmes",
  lang: "nld",
};

describe("import: Dutch standard 1.0", () => {
  it("imports the good records, reports each bad one with its position and reason, and publishes under the organisation", async () => {
    const summary = await imported("nl-1.0", fixture("nl-standard.json"));
    expect(summary).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(summary.failed).toEqual([
      {
        position: 2,
        sourceId: "31234568",
        reason: ["organization", "status", "contact_email", "publication_category", "lang"]
          .map((k) => `${k}: required by the standard, but missing`)
          .join("; "),
      },
      { position: 3, sourceId: "31234569", reason: 'category: "Geen bestaand thema" is not a value the standard allows' },
    ]);

    const parking = await entryBySource("nl-1.0", "31234567");
    expect(parking.publicId).toBe("31234567"); // the register's 8-digit id is kept
    expect(parking.sourceUrl).toBe("https://algoritmes.overheid.example/nl/algoritme/31234567");
    expect(parking.state).toBe("published");
    expect(parking.organisation).toMatchObject({ name: "Gemeente Fixtureburg", sourceSystem: "nl-1.0" });
    const pub = await getPublishedEntry(parking.publicId);
    expect(pub).toMatchObject({ sourceSystem: "nl-1.0", sourceUrl: parking.sourceUrl });
    expect(pub?.doc).toMatchObject({
      name: "Parkeercontrole met scanauto",
      themes: ["housing", "economy"],
      lifecycle: { status: "in_use", beganOn: "2022-05" },
      publicationCategory: "B",
      tags: ["parkeren", "scanauto"],
      language: "nld",
    });
    const supplier = await db.supplier.findUniqueOrThrow({ where: { id: pub!.doc.procurement!.suppliers![0].supplierId! } });
    expect(supplier).toMatchObject({ name: "Scanbedrijf B.V.", scheme: "other", identifier: "scanbedrijf-b-v" });
    expect(await listVersions(parking.id)).toMatchObject([{ number: 1, kind: "imported" }]);
    expect(await db.auditLog.count({ where: { entryId: parking.id, action: "entry.imported" } })).toBe(1);
    expect(await searchHits("scanauto")).toContain(parking.id);

    // No 8-digit id: a new one is generated; the organisation's own id is kept as provenance.
    const waste = await entryBySource("nl-1.0", "gemeente-fixtureburg/afval-7");
    expect(waste.publicId).toMatch(/^\d{8}$/);
    expect((await getPublishedEntry(waste.publicId))?.doc.procurement).toMatchObject({ inHouse: true, suppliers: [] });
  });

  it("updates on re-import instead of duplicating, with a new version only when the document changed", async () => {
    const file = fixture("nl-standard.json");
    file[0].organization = file[3].organization = "Gemeente Herimport";
    file[0].lars = "31239999";
    await imported("nl-1.0", file);
    const before = await db.entry.count();

    expect(await imported("nl-1.0", file)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });

    file[0].description_short = "Een nieuwe, betere beschrijving.";
    expect(await imported("nl-1.0", file)).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(await db.entry.count()).toBe(before);
    const entry = await entryBySource("nl-1.0", "31239999");
    expect(await listVersions(entry.id)).toMatchObject([
      { number: 2, kind: "imported", changeNote: "Updated from a Dutch standard 1.0 file" },
      { number: 1, kind: "imported" },
    ]);
    expect((await getPublishedEntry(entry.publicId))?.doc.descriptionShort).toBe("Een nieuwe, betere beschrijving.");
  });

  it("treats a repeated source id in one file as an update of the first", async () => {
    const one = { ...REQUIRED, name: "Twee keer", organization: "Gemeente Dubbel", source_id: "d-1" };
    const summary = await imported("nl-1.0", [one, { ...one, name: "Twee keer, gewijzigd" }]);
    expect(summary).toMatchObject({ created: 1, updated: 1, failed: [] });
    expect(await db.entry.count({ where: { sourceId: "gemeente-dubbel/d-1" } })).toBe(1);
  });

  it("reports a record that breaks a limit and still imports the next one", async () => {
    const summary = await imported("nl-1.0", [
      { ...REQUIRED, name: "x".repeat(101), organization: "Gemeente Limiet", source_id: "l-1" },
      { ...REQUIRED, name: "Keurig", organization: "Gemeente Limiet", source_id: "l-2" },
      "not an object",
    ]);
    expect(summary.created).toBe(1);
    expect(summary.failed).toEqual([
      { position: 1, sourceId: "gemeente-limiet/l-1", reason: "name: is longer than 100 characters" },
      { position: 3, reason: "Expected a JSON object for one entry" },
    ]);
  });

  it("round-trips: a published entry exported as Dutch standard JSON and imported has the same fields", async () => {
    const supplier = await findOrCreateSupplier({ name: "Rondreis Software B.V.", scheme: "NL-KVK", identifier: "87654321" });
    const { entry, org } = await createPublishedEntry({
      name: "Round trip entry",
      themes: ["housing", "traffic"],
      lifecycle: { status: "out_of_use", beganOn: "2021-01", endedOn: "2024-06" },
      website: "https://www.municipality.example/permits",
      proportionality: "Cheaper than reading every form.",
      risks: "Wrong sorting.",
      lawfulBasis: "Environment and Planning Act.",
      lawfulBasisLinks: [{ title: "Omgevingswet", link: "https://wetten.overheid.nl/BWBR0037885" }],
      processingRegisterUrl: "https://www.municipality.example/register",
      assessmentsText: "A DPIA was done.",
      assessmentLinks: [{ title: "DPIA", link: "https://www.municipality.example/dpia.pdf" }],
      dataSourcesText: "The application form.",
      dataSourceLinks: [{ title: "Form", link: "https://www.municipality.example/form" }],
      technicalOperation: "A decision table.",
      sourceCodeUrl: "https://code.example/permits",
      tags: ["permit", "triage"],
      procurement: { inHouse: false, suppliers: [{ supplierId: supplier.id, role: "developer" }] },
    });
    const original = (await getPublishedEntry(entry.publicId))!;
    const options = { organisationName: org.name, publicId: original.publicId, providerName: supplier.name };
    const exported = toNlStandard(original.doc, options);

    expect(await imported("nl-1.0", exported)).toMatchObject({ created: 1, failed: [] });
    const copy = await entryBySource("nl-1.0", `${slugify(org.name, 120)}/${original.publicId}`);
    expect(copy.organisationId).toBe(org.id);
    const copyDoc = (await getPublishedEntry(copy.publicId))!.doc;
    const copySupplier = await db.supplier.findUniqueOrThrow({ where: { id: copyDoc.procurement!.suppliers![0].supplierId! } });
    expect(toNlStandard(copyDoc, { ...options, providerName: copySupplier.name })).toEqual(exported);
  });
});

describe("import: listings", () => {
  it("maps the Dutch register listing, keeps its ids and reports a record without a title", async () => {
    const summary = await imported("nl-listing", fixture("nl-listing.json"));
    expect(summary).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    expect(summary.failed).toEqual([{ position: 2, sourceId: "41234568", reason: "title: the name of the algorithm is missing" }]);

    const e = await entryBySource("nl-listing", "41234567");
    expect(e.publicId).toBe("41234567");
    expect(e.organisation).toMatchObject({ name: "Dienst Fixture", sourceSystem: "nl-listing" });
    const doc = (await getPublishedEntry(e.publicId))!.doc;
    expect(doc.descriptionShort!.length).toBeLessThanOrEqual(LIMITS.descriptionShort);
    expect(doc.descriptionShort).toMatch(/aanvragen\.$/); // cut at a sentence end
    expect(doc.goal!.length).toBeGreaterThan(350);
    expect(doc).toMatchObject({
      name: "Toeslagen controleren",
      lawfulBasis: "Awir",
      lifecycle: { status: "in_use" },
      language: "nld",
      assessmentsText: "Volgens het Algoritmeregister is een impacttoets uitgevoerd.",
    });
    // The listing states neither: no guess (issue 15, point 6); its URL is provenance, not a contact (point 8).
    expect(doc.publicationCategory).toBeUndefined();
    expect(doc.contact).toBeUndefined();
    expect((await getPublishedEntry("41234569"))!.doc.lifecycle?.status).toBe("in_development");
    expect((await getPublishedEntry("41234570"))!.doc.lifecycle?.status).toBe("out_of_use");

    expect(await imported("nl-listing", fixture("nl-listing.json"))).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it("maps the UK ATRS listing, with records lacking a publishing body under one clearly named organisation", async () => {
    const summary = await imported("uk-atrs-listing", fixture("uk-atrs-listing.json"));
    expect(summary).toMatchObject({ created: 2 });
    expect(summary.failed).toEqual([{ position: 3, reason: expect.stringMatching(/^url: /) }]);
    const e = await entryBySource("uk-atrs-listing", "dff-fixture-triage-tool");
    expect(e.organisation.name).toBe("Department for Fixtures");
    expect((await getPublishedEntry(e.publicId))!.doc).toMatchObject({
      name: "Fixture triage tool",
      descriptionShort: "Sorts incoming letters by urgency.",
      language: "eng",
    });
    expect((await getPublishedEntry(e.publicId))!.doc.contact).toBeUndefined();
    expect((await entryBySource("uk-atrs-listing", "unnamed-body-tool")).organisation.name).toBe(UNNAMED_UK_BODY);
  });

  it("refuses a file of the wrong shape as a whole, and JSON that does not parse", async () => {
    expect(await runImport("nl-listing", [{ id: "1" }])).toMatchObject({ ok: false, reason: expect.stringContaining('"algoritmes"') });
    expect(await runImport("uk-atrs-listing", { algoritmes: [] })).toMatchObject({
      ok: false,
      wrongFormat: true,
      reason: expect.stringContaining("This file looks like the Dutch algorithm register listing, not the UK ATRS records listing."),
    });
    expect(await runImport("nl-1.0", "text")).toMatchObject({ ok: false });
    expect(parseImportText("{ not json")).toMatchObject({ ok: false, reason: expect.stringContaining("not valid JSON") });
    expect(parseImportText('\uFEFF{"a":1}')).toEqual({ ok: true, json: { a: 1 } });
  });
});
