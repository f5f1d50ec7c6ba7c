import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { runImport } from "~/imports/import-runner.server";
import { loader } from "~/routes/algorithms._index";
import { toLanguageFtsQuery } from "~/search/language-query";
import { parseSearchParams } from "~/search/search-params";
import { search } from "~/search/search.server";
import { fillStems, fillStemsAtStart } from "~/search/sqlite/stem-backfill.server";
import { stemColumns, stemLanguagesOf } from "~/search/stemming";
import { databaseFile, db } from "~/utils/db.server";
import { generatedListing } from "../../bench/import-step";
import { createOrgWithStaff, createPublishedEntry } from "../support/entry-factories";
import { call, getRequest } from "../support/requests";

const run = (q: string) => search(parseSearchParams(new URLSearchParams({ q })));
const names = async (q: string) => {
  const { ids } = await run(q);
  const rows = await db.entry.findMany({ where: { id: { in: ids } }, select: { name: true } });
  return rows.map((r) => r.name).sort();
};

beforeAll(async () => {
  const staff = await createOrgWithStaff();
  await createPublishedEntry(
    { name: "Controle kinderopvang", language: "nld", descriptionShort: "Berekent de toeslag voor kinderopvang.", goal: "Juiste bedragen." },
    staff,
  );
  await createPublishedEntry({ name: "Benefit checker", language: "eng", descriptionShort: "Checks each benefit application once." }, staff);
  await createPublishedEntry({ name: "Gemeenté loket", language: "nld", descriptionShort: "Afspraken maken." }, staff);
  await createPublishedEntry({ name: "Gemeente wachtrij", language: "nld", descriptionShort: "Afspraken plannen." }, staff);
  await createPublishedEntry(
    {
      name: "Parkeerrechten controleren met een scanauto",
      language: "nld",
      descriptionShort: "Een scanauto leest kentekens in betaald-parkerengebieden.",
      translations: { en: { name: "Scan parked cars", descriptionShort: "A scan car reads number plates.", goal: "Check parking payments fairly." } },
    },
    staff,
  );
  for (const n of [1, 2, 3])
    await createPublishedEntry({ name: `Algoritme ${n} voor afvalroutes`, language: "nld", descriptionShort: "Plant de routes van de vuilniswagens." }, staff);
});

describe("search that understands the language", () => {
  it("finds a Dutch word by another form of it: toeslagen finds toeslag", async () => {
    expect(await names("toeslagen")).toEqual(["Controle kinderopvang"]);
    expect(await names("kinderopvang toeslagen")).toEqual(["Controle kinderopvang"]);
  });

  it("finds an English word by another form of it: benefits finds benefit", async () => {
    expect(await names("benefits")).toEqual(["Benefit checker"]);
    expect(await names("applications")).toEqual(["Benefit checker"]);
  });

  it("finds an entry by the words of its translation, stemmed in the translation's language", async () => {
    expect(await names("payment")).toEqual(["Parkeerrechten controleren met een scanauto"]);
    expect(await names("plate")).toEqual(["Parkeerrechten controleren met een scanauto"]);
    expect(await names("kentekens")).toEqual(["Parkeerrechten controleren met een scanauto"]);
  });

  it("ignores accents both ways", async () => {
    expect(await names("gemeente")).toEqual(["Gemeente wachtrij", "Gemeenté loket"]);
    expect(await names("gemeenté")).toEqual(["Gemeente wachtrij", "Gemeenté loket"]);
  });

  it("stems each entry in its own language only", () => {
    expect(stemLanguagesOf("nld")).toEqual(["nl"]);
    expect(stemLanguagesOf("eng")).toEqual(["en"]);
    expect(stemLanguagesOf(undefined)).toEqual(["nl", "en"]);
    expect(stemLanguagesOf("deu")).toEqual([]);
    expect(stemColumns(["De toeslagen, 2024"], ["nl"])).toEqual({ nl: "de toeslag", en: "" });
    expect(stemColumns(["Benefits"], ["en"])).toEqual({ nl: "", en: "benefit" });
  });

  it("quotes every word and stem, so typed syntax stays text", () => {
    const expression = toLanguageFtsQuery('toeslagen "x" OR stem_nl:y) NEAR(')!;
    expect(expression).toContain('{stem_nl} : "toeslag"');
    // What is left without the quoted strings is only the syntax this module writes.
    expect(expression.replace(/"[^"]*"\*?/g, "").replace(/\{[a-z_ ]+\} :|OR|AND|[() ]/g, "")).toBe("");
    expect(toLanguageFtsQuery("*()")).toBeNull();
  });
});

describe("did you mean", () => {
  it("suggests the indexed word one typo away for a longer word that finds nothing", async () => {
    const result = await run("algoritne");
    expect(result.total).toBe(0);
    expect(result.suggestion).toBe("algoritme");
    expect((await run("algoritne afvalroutes")).suggestion).toBe("algoritme afvalroutes");
  });

  it("suggests nothing for a word that finds enough, a short word or a word with no near neighbour", async () => {
    expect((await run("algoritme")).suggestion).toBeNull();
    expect((await run("bnfit")).suggestion).toBeNull();
    expect((await run("zzzzzzzz")).suggestion).toBeNull();
  });

  it("gives the search page a link with the corrected words", async () => {
    const { result } = await call(loader, getRequest("/algorithms?q=algoritne&sort=name&page=2"));
    expect(result?.suggestion).toEqual({ q: "algoritme", href: "/algorithms?q=algoritme&sort=name" });
  });
});

// SQLite only: rows written before its stem columns existed; PostgreSQL stems in its text-search
// configurations (decision 015) and has no such rows.
describe.skipIf(process.env.TEST_ENGINE === "postgresql")("keeping the stems", () => {
  it("fills the stems of rows written before the stem columns existed", async () => {
    const raw = new Database(databaseFile());
    raw.prepare(`UPDATE entry_search SET stem_nl = NULL, stem_en = NULL`).run();
    expect(await names("toeslagen")).toEqual([]);
    raw.close();
    expect(fillStems()).toBeGreaterThan(0);
    expect(await names("toeslagen")).toEqual(["Controle kinderopvang"]);
    expect(fillStems()).toBe(0);
  });

  it("fills them when the server starts, so the first search after upgrading does not wait", async () => {
    const raw = new Database(databaseFile());
    raw.prepare(`UPDATE entry_search SET stem_nl = NULL, stem_en = NULL`).run();
    fillStemsAtStart();
    expect(raw.prepare(`SELECT count(*) AS n FROM entry_search WHERE stem_nl IS NULL`).get()).toEqual({ n: 0 });
    raw.close();
    expect(await names("toeslagen")).toEqual(["Controle kinderopvang"]);
  });

  it("stems entries written by the bulk import", async () => {
    const [record] = generatedListing().algoritmes;
    const outcome = await runImport("nl-listing", { algoritmes: [{ ...record, title: "Huur voorspellen", doel: "Berekent de huurtoeslag van huurders." }] });
    expect(outcome.ok).toBe(true);
    expect(await names("huurtoeslagen")).toEqual(["Huur voorspellen"]);
  });
});
