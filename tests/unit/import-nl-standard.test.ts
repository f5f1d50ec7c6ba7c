/**
 * Issue 15, points 1–5: the Dutch standard 1.0 import accepts what the standard accepts, rejects what it
 * rejects (publishing nothing of that record), cleans HTML before storing, keeps what the organisation
 * gave, and round-trips every field of the standard. Records are built here, one class per test.
 */
import { describe, expect, it } from "vitest";
import { getPublishedEntry } from "~/entries/entries.server";
import { nlStandardResponse } from "~/entries/public-entry.server";
import { runImport } from "~/imports/import-runner.server";
import { loader as apiEntryLoader } from "~/routes/api.v1.entries.$id";
import { loader as nlDownloadLoader } from "~/routes/downloads.nl-standard[.]json";
import { renderMarkdown } from "~/utils/markdown.server";
import { db } from "~/utils/db.server";
import { slugify } from "~/utils/slug";
import { BASE, call, getRequest } from "../support/requests";

let counter = 0;
/** A record with every field the standard requires, for a fresh organisation per test. */
function record(overrides: Record<string, unknown> = {}, organization = `Gemeente Proef ${++counter}`): Record<string, unknown> {
  return {
    name: "Parkeren controleren",
    description_short: "Een scanauto leest kentekens.",
    organization,
    status: "In gebruik",
    contact_email: "algoritmes@proef.example",
    publication_category: "Impactvolle algoritmes",
    lang: "nld",
    source_id: `rec-${++counter}`,
    ...overrides,
  };
}

async function importNl(json: unknown) {
  const outcome = await runImport("nl-1.0", json);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.summary;
}

async function importedEntry(rec: Record<string, unknown>) {
  const entry = await db.entry.findUniqueOrThrow({
    where: {
      sourceSystem_sourceId: { sourceSystem: "nl-1.0", sourceId: (rec.lars as string) ?? `${slugify(rec.organization as string, 120)}/${rec.source_id}` },
    },
  });
  return (await getPublishedEntry(entry.publicId))!;
}

async function exportedNl(publicId: string): Promise<Record<string, unknown>> {
  return (await nlStandardResponse(publicId, new Request(`${BASE}/algorithms/${publicId}.json?format=nl-1.0`))).json();
}

describe("1. accepts what the standard accepts", () => {
  it("takes a short description of 400 characters (2025) and of 350 (2024), tags as one 2,500-character string, long link titles and a 100-character source_id", async () => {
    const tags = Array.from({ length: 250 }, (_, i) => `zoek${String(i).padStart(4, "0")}`).join(", ");
    expect(tags).toHaveLength(2498);
    const records = [
      record({ description_short: "a".repeat(400), tags, source_id: "s".repeat(100) }),
      record({ description_short: "b".repeat(350), source_data_grouping: [{ title: "t".repeat(500), link: "https://data.example/set" }] }),
      record({ goal: "g".repeat(2500), methods_and_models: "m".repeat(5000), impacttoetsen_grouping: [{ title: "i".repeat(300), link: null }] }),
    ];
    const summary = await importNl(records);
    expect(summary.failed).toEqual([]);
    expect(summary.created).toBe(3);
    expect((await importedEntry(records[0])).doc).toMatchObject({ descriptionShort: "a".repeat(400), sourceId: "s".repeat(100) });
    expect((await importedEntry(records[0])).doc.tags).toHaveLength(250);
    expect((await importedEntry(records[1])).doc.dataSourceLinks).toEqual([{ title: "t".repeat(500), link: "https://data.example/set" }]);
    expect((await importedEntry(records[2])).doc.technicalOperation).toHaveLength(5000);
  });

  it("reads enum values without regard to case, as real records write the language (NLD)", async () => {
    const rec = record({ lang: "NLD", status: "IN GEBRUIK", publication_category: "overige algoritmes", category: ["verkeer"] });
    expect((await importNl([rec])).failed).toEqual([]);
    expect((await importedEntry(rec)).doc).toMatchObject({ language: "nld", lifecycle: { status: "in_use" }, publicationCategory: "C", themes: ["traffic"] });
  });
});

describe("2. rejects what the standard rejects, with position, field and reason, and publishes nothing of it", () => {
  const REQUIRED = ["name", "description_short", "organization", "status", "contact_email", "publication_category", "lang"];

  it("a missing required field", async () => {
    const organization = "Gemeente Verplicht";
    const records = REQUIRED.flatMap((key) => {
      const rec = record({}, organization);
      delete rec[key];
      return [rec, record({ [key]: "   " }, organization)];
    });
    const summary = await importNl(records);
    expect(summary.created).toBe(0);
    expect(summary.failed.map((f) => f.position)).toEqual(records.map((_, i) => i + 1));
    summary.failed.forEach((f, i) => expect(f.reason, `record ${i + 1}`).toBe(`${REQUIRED[Math.floor(i / 2)]}: required by the standard, but missing`));
    expect(await db.organisation.count({ where: { name: organization } })).toBe(0);
    expect(await db.entry.count({ where: { sourceId: { startsWith: slugify(organization, 120) } } })).toBe(0);
  });

  it("a value outside an enum, a link that is not an absolute http(s) address, a date that is not YYYY-MM", async () => {
    const organization = "Gemeente Afgewezen";
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ status: "Gepland" }, 'status: "Gepland" is not a value the standard allows'],
      [{ publication_category: "Categorie D" }, 'publication_category: "Categorie D" is not a value the standard allows'],
      [{ category: ["Verkeer", "Ruimtevaart"] }, 'category: "Ruimtevaart" is not a value the standard allows'],
      [{ category: ["Verkeer", "Wonen", "Werk", "Recht"] }, "category: more than 3 themes"],
      [{ lang: "xx" }, 'lang: "xx" is not a language code this register knows'],
      [{ standard_version: "2.0" }, 'standard_version: "2.0" is not 1.0, the version this import reads'],
      [{ website: "www.proef.example/parkeren" }, 'website: "www.proef.example/parkeren" is not a web address starting with http:// or https://'],
      [{ url: "javascript:alert(1)" }, 'url: "javascript:alert(1)" is not a web address starting with http:// or https://'],
      [{ publiccode: "ftp://code.example/repo" }, 'publiccode: "ftp://code.example/repo" is not a web address starting with http:// or https://'],
      [{ publiccode: "/relative/path" }, 'publiccode: "/relative/path" is not a web address starting with http:// or https://'],
      [{ begin_date: "2023-1" }, 'begin_date: "2023-1" is not a month written as YYYY-MM'],
      [{ end_date: "01-2024" }, 'end_date: "01-2024" is not a month written as YYYY-MM'],
      [{ begin_date: "2023-13" }, 'begin_date: "2023-13" is not a month written as YYYY-MM'],
      [{ description_short: "x".repeat(401) }, "description_short: is longer than 400 characters"],
    ];
    const summary = await importNl([...bad.map(([fields]) => record(fields, organization)), record({}, organization)]);
    expect(summary.created).toBe(1); // the good record after them
    expect(summary.failed).toEqual(bad.map(([, reason], i) => expect.objectContaining({ position: i + 1, reason })));
    expect(await db.entry.count({ where: { organisation: { name: organization } } })).toBe(1);
  });
});

describe("3. HTML in text fields", () => {
  const hostile = [
    "<p>Wij controleren <b>betaald</b> parkeren.</p>",
    "<div>Zo werkt het:<br>de auto rijdt rond.</div>",
    '<ul><li>scannen</li><li onclick="steal()">controleren</li></ul>',
    "<ol><li>eerst</li><li>dan</li></ol>",
    "<script>alert('x')</script>",
    '<a href="javascript:alert(1)">klik</a> <img src="x" onerror="alert(2)">',
    "&lt;script&gt;alert(3)&lt;/script&gt;",
  ].join("\n");

  it("keeps the allowed tags of a long field as Markdown and strips everything else before storing", async () => {
    const rec = record({
      goal: hostile,
      name: "<b>Parkeren</b> <i>controleren</i>",
      description_short: "<p>Kort.</p><p>Heel kort.</p>",
      tags: "<p>parkeren</p>, <script>x</script>scan",
    });
    expect((await importNl([rec])).failed).toEqual([]);
    const { doc } = await importedEntry(rec);
    expect(doc.goal).toBe("Wij controleren betaald parkeren.\n\nZo werkt het:\nde auto rijdt rond.\n\n- scannen\n- controleren\n\n1. eerst\n2. dan\n\nklik");
    expect(doc.name).toBe("Parkeren controleren");
    expect(doc.descriptionShort).toBe("Kort. Heel kort.");
    expect(doc.tags).toEqual(["parkeren", "scan"]);
    // Shown as text: paragraphs and lists, no tags as text.
    expect(renderMarkdown(doc.goal)).toContain("<li>controleren</li>");
    expect(renderMarkdown(doc.goal)).not.toContain("&lt;");
  });

  it("no page, API response or export carries the stripped markup", async () => {
    const rec = record({ goal: hostile, risks: hostile, lawful_basis_grouping: [{ title: "<script>x</script>Wet", link: "https://wetten.example/1" }] });
    await importNl([rec]);
    const published = await importedEntry(rec);
    const api = (await (await call(apiEntryLoader, getRequest(`/api/v1/entries/${published.publicId}`), { id: published.publicId })).result) as Response;
    const download = (await call(nlDownloadLoader, getRequest("/downloads/nl-standard.json"))).result as Response;
    const bodies = {
      stored: JSON.stringify(published.doc),
      dutch: JSON.stringify(await exportedNl(published.publicId)),
      api: await api.text(),
      download: await download.text(),
    };
    for (const [where, body] of Object.entries(bodies)) {
      for (const bad of ["<script", "script>", "javascript:", "onerror", "onclick", "<img", "<p>", "<li>", "alert("])
        expect(body, `${where}: ${bad}`).not.toContain(bad);
    }
  });
});

describe("4. keeps what the organisation gave", () => {
  it("exports source_id and url as given, keeps a null link null, and warns of keys the standard does not know", async () => {
    const rec = record({
      source_id: "ALG/2024-007",
      url: "https://algoritmes.gemeente.example/alg-2024-007",
      lawful_basis_grouping: [{ title: "Gemeentewet", link: null }],
      impacttoetsen_grouping: [{ title: null, link: "https://gemeente.example/dpia.pdf" }],
      website: null,
      interne_notitie: "niet voor publicatie",
      id: 42,
    });
    const summary = await importNl([record(), rec]);
    expect(summary.failed).toEqual([]);
    expect(summary.warnings).toEqual([
      {
        position: 2,
        sourceId: `${slugify(rec.organization as string, 120)}/ALG/2024-007`,
        message: "interne_notitie: not a field of the Dutch standard 1.0, not imported",
      },
      { position: 2, sourceId: `${slugify(rec.organization as string, 120)}/ALG/2024-007`, message: "id: not a field of the Dutch standard 1.0, not imported" },
    ]);
    const published = await importedEntry(rec);
    expect(published.doc).not.toHaveProperty("interne_notitie");
    const nl = await exportedNl(published.publicId);
    expect(nl).toMatchObject({
      source_id: "ALG/2024-007",
      url: "https://algoritmes.gemeente.example/alg-2024-007",
      lawful_basis_grouping: [{ title: "Gemeentewet", link: null }],
      impacttoetsen_grouping: [{ title: null, link: "https://gemeente.example/dpia.pdf" }],
      website: null,
    });
    expect(JSON.stringify(nl)).not.toContain('""');
  });

  it("an entry that came without source_id or url is exported with the register's own id and page", async () => {
    const rec = record();
    delete rec.source_id;
    rec.lars = "76543210";
    await importNl([rec]);
    const published = await importedEntry(rec);
    const nl = await exportedNl(published.publicId);
    expect(nl).toMatchObject({ source_id: published.publicId, lars: "76543210", url: expect.stringMatching(new RegExp(`/algorithms/${published.publicId}$`)) });
  });
});

describe("5. round trip: export(import(x)) == x for every field of the standard", () => {
  /** Each field of the standard with a value; `expected` is the documented normalisation where it differs. */
  const FIELD_VALUES: Array<{ key: string; value: unknown; expected?: unknown }> = [
    { key: "name", value: "Aanvragen sorteren" },
    { key: "description_short", value: "d".repeat(400) },
    { key: "organization", value: "Gemeente Rondreis" },
    { key: "category", value: ["Verkeer", "Wonen", "Sociale zekerheid"] },
    { key: "status", value: "Buiten gebruik" },
    { key: "begin_date", value: "2021-03" },
    { key: "end_date", value: "2024-11" },
    { key: "contact_email", value: "https://gemeente.example/contact" },
    { key: "website", value: "https://gemeente.example/sorteren" },
    { key: "publication_category", value: "Hoog-risico AI-systeem" },
    { key: "url", value: "https://algoritmes.gemeente.example/sorteren" },
    { key: "goal", value: "Eerste alinea.\n\nTweede alinea." },
    { key: "goal", value: "<p>Eerste alinea.</p><ul><li>een</li><li>twee</li></ul>", expected: "Eerste alinea.\n\n- een\n- twee" },
    { key: "proportionality", value: "p".repeat(2500) },
    { key: "human_intervention", value: "Een medewerker beslist." },
    { key: "risks", value: "Vooringenomenheid; jaarlijks getoetst." },
    { key: "lawful_basis", value: "Gemeentewet art. 160." },
    {
      key: "lawful_basis_grouping",
      value: [
        { title: "Gemeentewet", link: "https://wetten.overheid.nl/BWBR0005416" },
        { title: "Zonder link", link: null },
      ],
    },
    { key: "process_index_url", value: "https://gemeente.example/avg" },
    { key: "impacttoetsen_grouping", value: [{ title: "Data Protection Impact Assessment (DPIA)", link: "https://gemeente.example/dpia.pdf" }] },
    { key: "impacttoetsen", value: "Geen IAMA: geen persoonsgegevens." },
    { key: "source_data", value: "Aanvraagformulieren." },
    { key: "source_data_grouping", value: [{ title: "t".repeat(500), link: "https://data.example/aanvragen" }] },
    { key: "methods_and_models", value: "m".repeat(5000) },
    { key: "provider", value: "Intern ontwikkeld" },
    { key: "provider", value: "Sorteerbedrijf B.V." },
    { key: "publiccode", value: "https://code.example/sorteren" },
    { key: "lang", value: "nld" },
    { key: "lang", value: "NLD", expected: "nld" },
    { key: "standard_version", value: "1.0" },
    { key: "source_id", value: "SORT-0001" },
    { key: "tags", value: "sorteren, aanvragen, vergunning" },
    { key: "tags", value: "sorteren,aanvragen ,  vergunning,", expected: "sorteren, aanvragen, vergunning" },
    { key: "lars", value: "65432109" },
  ];

  it("field by field", async () => {
    const records = FIELD_VALUES.map(({ key, value }, i) =>
      record({
        [key]: value,
        ...(key === "organization" ? {} : { organization: "Gemeente Rondreis" }),
        ...(key === "source_id" ? {} : { source_id: `rond-${i}` }),
      }),
    );
    const summary = await importNl(records);
    expect(summary.failed).toEqual([]);
    expect(summary.warnings).toEqual([]);
    for (const [i, { key, value, expected }] of FIELD_VALUES.entries()) {
      const exported = await exportedNl((await importedEntry(records[i])).publicId);
      expect(exported[key], `${key} = ${JSON.stringify(value).slice(0, 60)}`).toEqual(expected ?? value);
    }
  });

  it("a whole record, every field at once", async () => {
    const full = Object.fromEntries(FIELD_VALUES.filter((f) => f.expected === undefined).map(({ key, value }) => [key, value]));
    const rec = record({ ...full, provider: "Sorteerbedrijf B.V.", lars: "65432100", source_id: "SORT-ALL" });
    expect((await importNl([rec])).failed).toEqual([]);
    const exported = await exportedNl((await importedEntry(rec)).publicId);
    expect(exported).toEqual({ ...rec, organization: rec.organization });
  });
});
