/**
 * One set of queries run on both engines (issue 20 item 3, decision 015): the same entries are
 * published on SQLite (this file's database) and on a PostgreSQL database of a throwaway cluster,
 * and every query must find the same entries, with the same facet counts and suggestions.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSearchParams } from "~/search/search-params";
import { search } from "~/search/search.server";
import type { EntryDraft } from "~/entries/entry-schema";
import { createImportedEntries } from "~/entries/imported-entries.server";
import { dataFingerprint } from "~/exports/export-cache.server";
import { allVersionRows, currentVersionPages, currentVersionRows } from "~/exports/export-rows.server";
import { closeDatabase, db } from "~/utils/db.server";
import { migratePostgres } from "../../scripts/postgres-migrate.mjs";
import { createOrgWithStaff, createPublishedEntry, validDocument } from "../support/entry-factories";
import { postgresInstalled, postgresQuery, startPostgresCluster } from "../support/postgres-cluster.mjs";

const ENTRIES: Array<Partial<EntryDraft> & { org: 0 | 1 }> = [
  { org: 0, name: "Lantern maintenance scheduler", descriptionShort: "Schedules repairs of street lights.", themes: ["traffic", "housing"] },
  {
    org: 0,
    name: "Route planning for street works",
    descriptionShort: "Plans works.",
    humanIntervention: "Staff check every lantern position the model proposes.",
    themes: ["traffic"],
  },
  { org: 1, name: "Café terrace permits", descriptionShort: "Checks terrace permit applications.", themes: ["economy"] },
  { org: 1, name: "Benefit eligibility check", descriptionShort: "Decides on housing benefits for families.", themes: ["housing"] },
  {
    org: 0,
    language: "nld",
    name: "Toeslagen berekenen",
    descriptionShort: "Berekent de hoogte van de huurtoeslag en neemt beslissingen over aanvragen.",
    themes: ["housing"],
  },
  {
    org: 1,
    language: "nld",
    name: "Parkeervergunning aanvragen",
    descriptionShort: "Beoordeelt een aanvraag voor een parkeervergunning.",
    themes: ["traffic"],
  },
];

const QUERIES = [
  "q=lantern", // in a name and in a body
  "q=lant", // a prefix
  "q=lantern&theme=housing", // words and a filter
  "theme=traffic", // a filter alone
  "theme=traffic&theme=economy", // OR within a facet
  "q=cafe", // without the accent
  "q=café", // with it
  "q=CAFÉ terrace", // two words, case
  "q=terrace permit", // the last word a prefix
  "q=benefits", // English plural, found by its stem
  "q=toeslag", // Dutch singular, the entry says "toeslagen"
  "q=beslissing", // Dutch, the entry says "beslissingen"
  "q=aanvragen parkeervergunningen", // Dutch inflected
  "q=lanterm", // a typo: nothing found, a suggestion
  "q=housing&sort=relevance",
  "q=lantern&sort=relevance", // the names first, then the entry that says it in its body
  "q=lantern&sort=relevance&theme=traffic", // ranked with a filter (PostgreSQL ranks what the filters keep)
  "q=nothing-like-this-exists",
];

/**
 * Names in the order compared: a relevance order as found, but for "lantern", whose two name matches
 * score close together (bm25 and ts_rank may order them either way, decision 015): the body match last.
 */
function ranked(query: string, names: string[]) {
  if (!query.includes("relevance")) return names.sort();
  return query.startsWith("q=lantern&") ? [...names.slice(0, -1).sort(), ...names.slice(-1)] : names;
}

type Outcome = { names: string[]; facets: unknown; suggestion: string | null; total: number };

/** What the bulk exports read, without the ids and times that differ between the two databases. */
type Shown = { ordered: boolean; rows: unknown[] };
type Exported = { current: Shown; paged: Shown; all: Shown; fingerprintMoved: boolean };

async function exported(): Promise<Omit<Exported, "fingerprintMoved">> {
  // Public ids are drawn at random, so each database has its own order: rows are compared by name,
  // and each engine's order is checked to be the public ids'.
  const shown = (rows: Awaited<ReturnType<typeof currentVersionRows>>) => ({
    ordered: rows.every((r, i) => i === 0 || rows[i - 1].publicId <= r.publicId),
    rows: rows
      .map((r) => ({ name: r.doc.name, state: r.state, version: r.version, kind: r.versionKind, language: r.doc.language, iso: /Z$/.test(r.publishedAt) }))
      .sort((x, y) => String(x.name).localeCompare(String(y.name))),
  });
  const paged: Awaited<ReturnType<typeof currentVersionRows>> = [];
  for await (const page of currentVersionPages({ pageSize: 2 })) paged.push(...page);
  return { current: shown(await currentVersionRows()), paged: shown(paged), all: shown(await allVersionRows()) };
}

async function publishAndSearch(): Promise<{ searches: Record<string, Outcome>; exports: Exported }> {
  const orgs = [await createOrgWithStaff(), await createOrgWithStaff()];
  for (const { org, ...doc } of ENTRIES) await createPublishedEntry(doc, orgs[org]);
  // An imported entry, written by the engine's bulk writer, is found and exported like the others.
  const fingerprint = await dataFingerprint();
  await createImportedEntries(
    [
      {
        publicId: "IMPORTED-1",
        doc: validDocument({ name: "Imported lantern inventory", themes: ["traffic"] }),
        organisation: orgs[1].org,
        provenance: { sourceSystem: "test", sourceId: "1", sourceUrl: null },
        changeNote: "Imported for the engine comparison",
      },
    ],
    { actorId: null, now: new Date() },
  );
  const exports = { ...(await exported()), fingerprintMoved: (await dataFingerprint()) !== fingerprint };
  const out: Record<string, Outcome> = {};
  for (const query of QUERIES) {
    const result = await search(parseSearchParams(new URLSearchParams(query)));
    const rows = await db.entry.findMany({ where: { id: { in: result.ids } }, select: { id: true, name: true } });
    const names = result.ids.map((id) => rows.find((r) => r.id === id)!.name);
    // Organisation slugs differ between the two databases: facet values of that facet are left out.
    const { organisation: _organisation, ...facets } = result.facets;
    out[query] = { names: ranked(query, names), facets, suggestion: result.suggestion, total: result.total };
  }
  return { searches: out, exports };
}

const onSqlite = process.env.TEST_ENGINE !== "postgresql";

describe.skipIf(!postgresInstalled() || !onSqlite)("the same search on SQLite and PostgreSQL", () => {
  let sqlite: Record<string, Outcome>;
  let postgres: Record<string, Outcome>;
  let sqliteExports: Exported;
  let postgresExports: Exported;
  let cluster: Awaited<ReturnType<typeof startPostgresCluster>>;
  let indexedOnPostgres: number;
  const sqliteUrl = process.env.DATABASE_URL!;

  beforeAll(async () => {
    ({ searches: sqlite, exports: sqliteExports } = await publishAndSearch());
    cluster = await startPostgresCluster({ name: `pg-search-engines-${process.pid}` });
    await postgresQuery(cluster.url("postgres"), 'CREATE DATABASE "register"');
    await migratePostgres(cluster.url("register"), { quiet: true });
    process.env.DATABASE_URL = cluster.url("register");
    try {
      ({ searches: postgres, exports: postgresExports } = await publishAndSearch());
      const [count] = await postgresQuery(
        cluster.url("register"),
        "SELECT COUNT(*)::int AS n FROM entry_search WHERE stems @@ to_tsquery('dutch_unaccent', 'toeslagen')",
      );
      indexedOnPostgres = count.rows[0].n;
    } finally {
      await closeDatabase();
      process.env.DATABASE_URL = sqliteUrl;
    }
  }, 120_000);

  afterAll(() => cluster?.stop());

  it("finds something for the queries that should, on SQLite", () => {
    expect(sqlite["q=lantern"].names).toEqual(["Imported lantern inventory", "Lantern maintenance scheduler", "Route planning for street works"]);
    expect(sqlite["q=toeslag"].names).toEqual(["Toeslagen berekenen"]);
    expect(sqlite["q=benefits"].names).toEqual(["Benefit eligibility check"]);
    expect(sqlite["q=lanterm"]).toMatchObject({ total: 0, suggestion: "lantern" });
    for (const query of ["q=lantern&sort=relevance", "q=lantern&sort=relevance&theme=traffic"]) {
      expect(sqlite[query].names).toEqual(["Imported lantern inventory", "Lantern maintenance scheduler", "Route planning for street works"]);
    }
  });

  it("searched the PostgreSQL database with its own stems", () => {
    expect(indexedOnPostgres).toBe(1);
  });

  it("reads the same export rows, streamed or not, and moves the export fingerprint after an import", () => {
    expect(sqliteExports.current.rows).toHaveLength(ENTRIES.length + 1);
    expect(sqliteExports.current.ordered).toBe(true);
    expect(sqliteExports.paged).toEqual(sqliteExports.current);
    expect(sqliteExports.fingerprintMoved).toBe(true);
    expect(postgresExports).toEqual(sqliteExports);
  });

  it.each(QUERIES)("%s: the same entries, counts and suggestion", (query) => {
    expect(postgres[query]).toEqual(sqlite[query]);
  });
});
