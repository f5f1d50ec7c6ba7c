/**
 * Issue 15, points 6–10: listings and history. Each test builds its own records of one class;
 * the real listings in ../shared/data are used where present (and skipped with a message where not).
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { apiEntry, apiVersions } from "~/api/api-entries.server";
import { getPublishedEntry, listVersions, transition } from "~/entries/entries.server";
import { versionHistory } from "~/entries/public-entry.server";
import { latestChanges } from "~/exports/changes.server";
import { toAtrs } from "~/exports/atrs";
import { toNlStandard } from "~/entries/nl-standard";
import type { ImportFormat } from "~/imports/formats";
import { runImport } from "~/imports/import-runner.server";
import { NO_LONGER_IN_SOURCE } from "~/imports/retire-missing.server";
import { organisationsWithCounts } from "~/api/api-directory.server";
import { db } from "~/utils/db.server";
import { createPublishedEntry } from "../support/entry-factories";
import { ROOT } from "../support/paths";

type NlRecord = Record<string, string>;
const nl = (id: string, overrides: Partial<NlRecord> = {}): NlRecord => ({
  id,
  title: `Algoritme ${id}`,
  organisatie: "Gemeente Proefstad",
  status: "in_gebruik",
  doel: `Het algoritme ${id} helpt bij het beoordelen van aanvragen.`,
  juridische_basis: "Wet proef",
  impactassessment: "Onbekend",
  geregistreerd: "2023-03-14",
  toegevoegd: "2024-05-20",
  url: `https://algoritmes.overheid.example/nl/algoritme/${id}`,
  ...overrides,
});
const nlListing = (...records: NlRecord[]) => ({ count: records.length, algoritmes: records });

type UkRecord = Record<string, string | null>;
const uk = (slug: string, overrides: Partial<UkRecord> = {}): UkRecord => ({
  publishing_body: "Department for Trials",
  tool_name: `Tool ${slug}`,
  title: `DfT: Tool ${slug}`,
  url: `https://www.gov.example/algorithmic-transparency-records/${slug}`,
  published: "2025-02-03T10:00:00Z",
  description: "Sorts letters by urgency.",
  ...overrides,
});
const ukListing = (...records: UkRecord[]) => ({ meta: { n_records: records.length }, records });

async function imported(format: ImportFormat, json: unknown, options: Parameters<typeof runImport>[2] = {}) {
  const outcome = await runImport(format, json, options);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.summary;
}

const bySource = (sourceSystem: string, sourceId: string) =>
  db.entry.findUniqueOrThrow({ where: { sourceSystem_sourceId: { sourceSystem, sourceId } }, include: { organisation: true } });

const day = (d: Date | null | undefined) => d?.toISOString().slice(0, 10);

describe("6. unknown is not a value", () => {
  it("leaves publication category, EU high-risk and an unknown impact assessment not stated: null in the API, no guess", async () => {
    await imported("nl-listing", nlListing(nl("51000001"), nl("51000002", { impactassessment: "Ja" })));
    const api = await apiEntry("https://register.example", "51000001");
    expect(api).toMatchObject({ publication_category: null, eu_high_risk: null, impact_assessment: null });
    const doc = (await getPublishedEntry("51000001"))!.doc;
    expect(doc.publicationCategory).toBeUndefined();
    expect(doc.euAiAct?.highRisk).toBeUndefined();
    expect(doc.assessmentsText).toBeUndefined();
    // The exports say null too: the Dutch standard and the ATRS shape.
    expect(toNlStandard(doc, { organisationName: "Gemeente Proefstad", publicId: "51000001" }).publication_category).toBeNull();
    expect(
      toAtrs(doc, { publicId: "51000001", url: "https://register.example/algorithms/51000001", organisationName: "Gemeente Proefstad", suppliers: {} }).tier_2
        .risks_and_mitigations.eu_ai_act_high_risk,
    ).toBeNull();
    // What the source does state is kept.
    expect((await apiEntry("https://register.example", "51000002"))!.impact_assessment).toMatch(/impacttoets uitgevoerd/);

    await imported("uk-atrs-listing", ukListing(uk("not-stated-tool")));
    const e = await bySource("uk-atrs-listing", "not-stated-tool");
    expect(await apiEntry("https://register.example", e.publicId)).toMatchObject({ publication_category: null, eu_high_risk: null });
  });

  it("labels a short description the register cut from a longer text as derived, cut at a boundary within the limit", async () => {
    const long = `${"De gemeente beoordeelt aanvragen voor bijzondere bijstand met hulp van een rekenregel. ".repeat(8)}Slot`;
    await imported("nl-listing", nlListing(nl("51000011", { doel: long })));
    const entry = (await getPublishedEntry("51000011"))!;
    expect(entry.derivedFields).toEqual(["descriptionShort"]);
    expect(entry.doc.descriptionShort!.length).toBeLessThanOrEqual(400);
    expect(entry.doc.descriptionShort).toMatch(/rekenregel\.$/); // a sentence boundary, not mid-word
    expect((await apiEntry("https://register.example", "51000011"))!.derived_fields).toEqual(["descriptionShort"]);

    // A UK description that fits is the source's own text; a longer one is cut and labelled.
    const words = "word ".repeat(120).trim();
    await imported("uk-atrs-listing", ukListing(uk("fits"), uk("too-long", { description: words })));
    expect((await getPublishedEntry((await bySource("uk-atrs-listing", "fits")).publicId))!.derivedFields).toEqual([]);
    const cut = (await getPublishedEntry((await bySource("uk-atrs-listing", "too-long")).publicId))!;
    expect(cut.derivedFields).toEqual(["descriptionShort"]);
    expect(cut.doc.descriptionShort).toMatch(/^(word )+word…$/);
  });
});

describe("7. the source's dates are the entry's dates", () => {
  it("takes first published, last changed and registered from the Dutch listing; an import is not a review", async () => {
    await imported("nl-listing", nlListing(nl("52000001", { geregistreerd: "2023-03-14", toegevoegd: "2024-05-20" })), {
      now: new Date("2026-12-01T12:00:00Z"),
    });
    const e = await bySource("nl-listing", "52000001");
    expect({ first: day(e.firstPublishedAt), last: day(e.publishedAt), registered: day(e.sourceRegisteredAt) }).toEqual({
      first: "2023-03-14",
      last: "2024-05-20",
      registered: "2023-03-14",
    });
    expect(e.lastReviewedAt).toBeNull();

    // The two dates out of order: the earlier is when it was first public, the later when it last changed.
    await imported("nl-listing", nlListing(nl("52000001"), nl("52000002", { geregistreerd: "2025-01-10", toegevoegd: "2024-11-02" })), { partial: true });
    const swapped = await bySource("nl-listing", "52000002");
    expect([day(swapped.firstPublishedAt), day(swapped.publishedAt), day(swapped.sourceRegisteredAt)]).toEqual(["2024-11-02", "2025-01-10", "2025-01-10"]);

    // A later change in the source moves "last changed", and still is no review.
    await imported("nl-listing", nlListing(nl("52000001", { toegevoegd: "2025-09-09", title: "Nieuwe naam" })), { partial: true });
    const after = await bySource("nl-listing", "52000001");
    expect([day(after.firstPublishedAt), day(after.publishedAt)]).toEqual(["2023-03-14", "2025-09-09"]);
    expect(after.lastReviewedAt).toBeNull();
  });

  it("takes the UK record's published date as first published", async () => {
    await imported("uk-atrs-listing", ukListing(uk("dated", { published: "2024-12-17T08:03:37Z" })));
    const e = await bySource("uk-atrs-listing", "dated");
    expect(e.firstPublishedAt?.toISOString()).toBe("2024-12-17T08:03:37.000Z");
    expect(e.lastReviewedAt).toBeNull();
  });
});

describe("8. provenance is not content", () => {
  it("keeps the source URL as provenance, never as contact; a new URL scheme creates no new version", async () => {
    await imported("nl-listing", nlListing(nl("53000001")));
    const e = await bySource("nl-listing", "53000001");
    expect(e.sourceUrl).toBe("https://algoritmes.overheid.example/nl/algoritme/53000001");
    expect((await getPublishedEntry("53000001"))!.doc.contact).toBeUndefined();

    const moved = nl("53000001", { url: "https://algoritmes.overheid.example/algoritme/53000001/v2" });
    expect(await imported("nl-listing", nlListing(moved))).toMatchObject({ created: 0, updated: 1 });
    expect((await bySource("nl-listing", "53000001")).sourceUrl).toBe(moved.url);
    expect(await listVersions(e.id)).toHaveLength(1);
  });

  it("clears a source URL that an earlier import wrote into the contact field", async () => {
    await imported("uk-atrs-listing", ukListing(uk("legacy-contact")));
    const e = await bySource("uk-atrs-listing", "legacy-contact");
    // Simulate the earlier importer: the URL stored as the contact in the published version.
    const version = await db.entryVersion.findFirstOrThrow({ where: { entryId: e.id } });
    const legacy = await db.entryVersion.create({
      data: {
        entryId: e.id,
        number: 2,
        data: JSON.stringify({ ...JSON.parse(version.data), contact: e.sourceUrl }),
        schemaVersion: version.schemaVersion,
        kind: "imported",
      },
    });
    await db.entry.update({ where: { id: e.id }, data: { currentVersionId: legacy.id } });

    await imported("uk-atrs-listing", ukListing(uk("legacy-contact")));
    expect((await getPublishedEntry(e.publicId))!.doc.contact).toBeUndefined();
    expect(await imported("uk-atrs-listing", ukListing(uk("legacy-contact")))).toMatchObject({ unchanged: 1 });
  });
});

describe("9. the organisation belongs to the version", () => {
  it("shows a move to another organisation in the history, with the old and new organisation", async () => {
    await imported("nl-listing", nlListing(nl("54000001", { organisatie: "Gemeente Oudstad" }), nl("54000002", { organisatie: "Gemeente Oudstad" })));
    await imported("nl-listing", nlListing(nl("54000001", { organisatie: "Gemeente Nieuwstad" }), nl("54000002", { organisatie: "Gemeente Oudstad" })));
    const e = await bySource("nl-listing", "54000001");
    expect(e.organisation.name).toBe("Gemeente Nieuwstad");
    expect((await listVersions(e.id)).map((v) => v.organisationName)).toEqual(["Gemeente Nieuwstad", "Gemeente Oudstad"]);
    const history = await versionHistory("54000001", 1, 2, "en");
    expect(history.diff.changes[0]).toMatchObject({ key: "organisation", label: "Organisation", before: "Gemeente Oudstad", after: "Gemeente Nieuwstad" });
    // The API's versions and the change feed name the organisation each version belonged to.
    expect((await apiVersions("https://register.example", "54000001"))!.data.map((v) => v.organisation_name)).toEqual([
      "Gemeente Nieuwstad",
      "Gemeente Oudstad",
    ]);
    const changes = (await latestChanges(100)).filter((c) => c.publicId === "54000001");
    expect(changes.map((c) => c.organisation).sort()).toEqual(["Gemeente Nieuwstad", "Gemeente Oudstad"]);
  });

  it("records the organisation with each version an approver publishes or retires, too", async () => {
    const { entry, approver, org: staffOrg } = await createPublishedEntry();
    expect(await transition(approver, entry.id, "archive", { comment: "Stopped" })).toMatchObject({ ok: true });
    const org = await db.organisation.findUniqueOrThrow({ where: { id: staffOrg.id } });
    expect((await listVersions(entry.id)).map((v) => [v.kind, v.organisationId, v.organisationName])).toEqual([
      ["archived", org.id, org.name],
      ["published", org.id, org.name],
    ]);
  });

  it("renames an organisation whose entries all carry a new name, and records the rename as a version", async () => {
    await imported("nl-listing", nlListing(nl("54000011", { organisatie: "Waterschap Oud" }), nl("54000012", { organisatie: "Waterschap Oud" })));
    const before = await bySource("nl-listing", "54000011");
    await imported("nl-listing", nlListing(nl("54000011", { organisatie: "Waterschap Nieuw" }), nl("54000012", { organisatie: "Waterschap Nieuw" })));
    const after = await bySource("nl-listing", "54000011");
    expect(after.organisation).toMatchObject({ id: before.organisationId, slug: before.organisation.slug, name: "Waterschap Nieuw" });
    expect(await db.organisation.count({ where: { name: "Waterschap Oud" } })).toBe(0);
    expect((await versionHistory("54000011", 1, 2, "en")).diff.changes[0]).toMatchObject({
      key: "organisation",
      before: "Waterschap Oud",
      after: "Waterschap Nieuw",
    });
  });

  it("an organisation left with no entries says so (0 published) instead of listing them", async () => {
    await imported("nl-listing", nlListing(nl("54000021", { organisatie: "Gemeente Leegstad" })));
    // It moves into an organisation the register already knows: a move, not a rename.
    await imported("nl-listing", nlListing(nl("54000021", { organisatie: "Gemeente Proefstad" }), nl("54000022")));
    const rows = await organisationsWithCounts();
    expect(rows.find((o) => o.name === "Gemeente Leegstad")).toMatchObject({ published: 0 });
    expect(rows.find((o) => o.name === "Gemeente Proefstad")?.published).toBeGreaterThanOrEqual(2);
  });
});

describe("10. an entry that disappears from a full listing is retired", () => {
  it("retires it with the reason and the date, shows it in the change feed and counts it", async () => {
    await imported("nl-listing", nlListing(nl("55000001"), nl("55000002"), nl("55000003")));
    const now = new Date("2026-12-02T09:00:00Z");
    const summary = await imported("nl-listing", nlListing(nl("55000001"), nl("55000003")), { now });
    expect(summary).toMatchObject({ retired: 1, unchanged: 2 });

    const gone = await bySource("nl-listing", "55000002");
    expect(gone.state).toBe("archived");
    expect(gone.archivedAt?.toISOString()).toBe(now.toISOString());
    expect((await listVersions(gone.id))[0]).toMatchObject({ kind: "archived", changeNote: NO_LONGER_IN_SOURCE });
    const feed = (await latestChanges(100)).find((c) => c.publicId === "55000002" && c.kind === "retired");
    expect(feed).toMatchObject({ changeNote: "No longer in the source register" });
    expect(await db.auditLog.findFirst({ where: { action: "import.completed" }, orderBy: { at: "desc" }, select: { details: true } })).toMatchObject({
      details: expect.stringContaining('"retired":1'),
    });

    // Importing the same listing again retires nothing more; the retired entry stays retired.
    expect(await imported("nl-listing", nlListing(nl("55000001"), nl("55000003")))).toMatchObject({ retired: 0 });
  });

  it("brings an entry back when it returns to the listing; one an approver retired stays retired", async () => {
    await imported("nl-listing", nlListing(nl("55000021"), nl("55000022")));
    expect(await imported("nl-listing", nlListing(nl("55000021")))).toMatchObject({ retired: 1 });
    expect(await imported("nl-listing", nlListing(nl("55000021"), nl("55000022")))).toMatchObject({ updated: 1, unchanged: 1, retired: 0 });
    const back = await bySource("nl-listing", "55000022");
    expect(back).toMatchObject({ state: "published", archivedAt: null });
    expect((await listVersions(back.id)).map((v) => v.kind)).toEqual(["imported", "archived", "imported"]);
    // The version before retirement is the base: the retirement's "out of use" does not stick.
    expect((await getPublishedEntry("55000022"))!.doc.lifecycle).toEqual({ status: "in_use" });

    const { entry, approver } = await createPublishedEntry();
    await db.entry.update({ where: { id: entry.id }, data: { sourceSystem: "nl-listing", sourceId: "55000023" } });
    expect(await transition(approver, entry.id, "archive", { comment: "Stopped using it" })).toMatchObject({ ok: true });
    expect(await imported("nl-listing", nlListing(nl("55000021"), nl("55000022"), nl("55000023")))).toMatchObject({ unchanged: 3, retired: 0 });
    expect((await db.entry.findUniqueOrThrow({ where: { id: entry.id } })).state).toBe("archived");
  });

  it("retires nothing from a partial file, from a Dutch standard 1.0 file or from another source", async () => {
    await imported("uk-atrs-listing", ukListing(uk("keep-a"), uk("keep-b")));
    expect(await imported("uk-atrs-listing", ukListing(uk("keep-a")), { partial: true })).toMatchObject({ retired: 0 });
    expect((await bySource("uk-atrs-listing", "keep-b")).state).toBe("published");
    // A full Dutch listing does not touch the UK entries.
    await imported("nl-listing", nlListing(nl("55000011")));
    expect((await bySource("uk-atrs-listing", "keep-b")).state).toBe("published");
    // A record that fails in a full listing is still in the source: it is not retired.
    expect(await imported("uk-atrs-listing", ukListing(uk("keep-a"), uk("keep-b", { tool_name: null, title: null })))).toMatchObject({
      retired: 0,
      failed: [{ position: 2 }],
    });
    expect((await bySource("uk-atrs-listing", "keep-b")).state).toBe("published");
  });
});

// The real listings, where present: a slice of each stands for a full listing.
const DATA = resolve(ROOT, "../shared/data");
const NL_FILE = resolve(DATA, "nl-algoritmeregister-2026-08-08.json");
const UK_FILE = resolve(DATA, "uk-atrs-records.json");
const realData = existsSync(NL_FILE) && existsSync(UK_FILE);
if (!realData) console.log("skipped: ../shared/data is absent (real-data listing and history tests)");

describe("the real listings", () => {
  it.skipIf(!realData)(
    "keep their dates, guess no category, keep the URL out of the contact, and retire a record that leaves",
    { timeout: 60_000 },
    async () => {
      const json = JSON.parse(readFileSync(NL_FILE, "utf8"));
      const slice = json.algoritmes.slice(0, 30);
      expect(await imported("nl-listing", { algoritmes: slice })).toMatchObject({ created: 30, failed: [] });
      const sample = slice[0];
      const e = await bySource("nl-listing", sample.id);
      expect(day(e.sourceRegisteredAt)).toBe(sample.geregistreerd);
      expect(e.lastReviewedAt).toBeNull();
      const doc = (await getPublishedEntry(e.publicId))!.doc;
      expect(doc.publicationCategory).toBeUndefined();
      expect(doc.contact).toBeUndefined();
      expect(await imported("nl-listing", { algoritmes: slice.slice(1) })).toMatchObject({ retired: 1, unchanged: 29 });

      const ukJson = JSON.parse(readFileSync(UK_FILE, "utf8"));
      const ukSlice = ukJson.records.slice(0, 20);
      expect(await imported("uk-atrs-listing", { records: ukSlice })).toMatchObject({ created: 20, failed: [] });
      expect(await imported("uk-atrs-listing", { records: ukSlice.slice(0, 10) }, { partial: true })).toMatchObject({ retired: 0 });
      expect(await imported("uk-atrs-listing", { records: ukSlice.slice(0, 19) })).toMatchObject({ retired: 1 });
    },
  );
});
