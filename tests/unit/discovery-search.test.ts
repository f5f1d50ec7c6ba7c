import { beforeAll, describe, expect, it } from "vitest";
import { loader } from "~/routes/algorithms._index";
import { queryTerms, toFtsQuery } from "~/search/fts-query";
import { parseSearchParams, toQueryString } from "~/search/search-params";
import { search } from "~/search/search.server";
import { db } from "~/utils/db.server";
import { createOrgWithStaff, createPublishedEntry } from "../support/entry-factories";
import { call, getRequest } from "../support/requests";
import { createDraft } from "~/entries/entries.server";

const run = (query: string) => search(parseSearchParams(new URLSearchParams(query)));
const publicIds = async (query: string) => {
  const r = await run(query);
  const rows = await db.entry.findMany({ where: { id: { in: r.ids } }, select: { id: true, publicId: true } });
  return r.ids.map((id) => rows.find((x) => x.id === id)!.publicId);
};

let body: string; // an entry that mentions "lantern" only in its body text
let named: string; // an entry with "lantern" in its name
let cafe: string;
let draftOnly: string;

beforeAll(async () => {
  const a = await createOrgWithStaff();
  const b = await createOrgWithStaff();
  await db.organisation.update({ where: { id: b.org.id }, data: { type: "ministry" } });
  body = (
    await createPublishedEntry(
      {
        name: "Route planning for street works",
        descriptionShort: "Plans works.",
        humanIntervention: "Staff check every lantern position the model proposes.",
        themes: ["traffic"],
        algorithmType: "rule_based",
      },
      a,
    )
  ).entry.publicId;
  named = (
    await createPublishedEntry(
      { name: "Lantern maintenance scheduler", descriptionShort: "Schedules repairs.", themes: ["traffic", "housing"], algorithmType: "machine_learning" },
      a,
    )
  ).entry.publicId;
  cafe = (
    await createPublishedEntry(
      { name: "Café terrace permits", descriptionShort: "Checks terrace permit applications.", themes: ["economy"], algorithmType: "rule_based" },
      b,
    )
  ).entry.publicId;
  // a draft is never found
  draftOnly = (await createDraft(a.editor, a.org.id, { name: "Lantern secret draft" })).publicId;
});

describe("FTS query builder", () => {
  it.each([
    [JSON.stringify('"unterminated'), '"unterminated'],
    [JSON.stringify("AND OR NOT"), "AND OR NOT"],
    [JSON.stringify("*"), "*"],
    [JSON.stringify("("), "("],
    [JSON.stringify("-"), "-"],
    [JSON.stringify("name:"), "name:"],
    [JSON.stringify("name:lantern"), "name:lantern"],
    [JSON.stringify("lantern NEAR(x y)"), "lantern NEAR(x y)"],
    ["a 10,000-character string", "x".repeat(10_000)],
    [JSON.stringify("🙂🚲"), "🙂🚲"],
    [JSON.stringify("'; DROP TABLE Entry; --"), "'; DROP TABLE Entry; --"],
    [JSON.stringify('" OR 1=1 --'), '" OR 1=1 --'],
    [JSON.stringify("^lantern"), "^lantern"],
    [JSON.stringify("e\u0301"), "e\u0301"],
    [JSON.stringify(""), ""],
  ] as Array<[string, string]>)("never throws on %s", async (_label, q) => {
    await expect(run(`q=${encodeURIComponent(q)}`)).resolves.toBeDefined();
    const { thrown } = await call(loader, getRequest(`/algorithms?q=${encodeURIComponent(q)}`));
    expect(thrown).toBeNull();
  });

  it("quotes every word, drops operators, caps terms and prefixes the last word", () => {
    expect(toFtsQuery('"lantern" OR (works) name:x')).toBe('"lantern" "works" "name" "x"*');
    expect(toFtsQuery("*-()")).toBeNull();
    expect(queryTerms(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" "))).toHaveLength(12);
    expect(toFtsQuery("a".repeat(10_000))!.length).toBeLessThan(210);
  });

  it("still finds entries after SQL-looking input", async () => {
    await run(`q=${encodeURIComponent("'; DELETE FROM Entry; --")}`);
    expect(await db.entry.count()).toBeGreaterThanOrEqual(4);
  });
});

describe("search", () => {
  it("ranks a name match above a body match", async () => {
    expect(await publicIds("q=lantern")).toEqual([named, body]);
  });

  it("matches word prefixes as you type", async () => {
    expect(await publicIds("q=lante")).toEqual([named, body]);
    expect(await publicIds("q=maint")).toEqual([named]);
  });

  it("ignores accents both ways", async () => {
    expect(await publicIds("q=cafe")).toEqual([cafe]);
    expect(await publicIds("q=caf%C3%A9")).toEqual([cafe]);
    expect(await publicIds("q=CAF%C3%89%20terrace")).toEqual([cafe]);
  });

  it("never finds drafts", async () => {
    expect(await publicIds("q=secret")).toEqual([]);
    expect((await run("")).total).toBe(3);
    expect(draftOnly).toBeTruthy();
  });

  it("combines facets with AND across and OR within, with counts for the filtered set", async () => {
    const all = await run("");
    expect(all.facets.theme).toEqual(
      expect.arrayContaining([
        { value: "traffic", count: 2 },
        { value: "housing", count: 1 },
        { value: "economy", count: 1 },
      ]),
    );
    expect(all.facets.organisation_type).toEqual(
      expect.arrayContaining([
        { value: "municipality", count: 2 },
        { value: "ministry", count: 1 },
      ]),
    );

    const traffic = await run("theme=traffic");
    expect(traffic.total).toBe(2);
    // other facets are counted over the filtered set
    expect(traffic.facets.algorithm_type).toEqual(
      expect.arrayContaining([
        { value: "rule_based", count: 1 },
        { value: "machine_learning", count: 1 },
      ]),
    );
    expect(traffic.facets.organisation_type).toEqual([{ value: "municipality", count: 2 }]);
    // the selected facet keeps counts of its alternatives
    expect(traffic.facets.theme).toEqual(expect.arrayContaining([{ value: "economy", count: 1 }]));

    expect((await run("theme=traffic&theme=economy")).total).toBe(3);
    expect((await run("theme=traffic&algorithm_type=rule_based")).total).toBe(1);
    expect((await run("theme=economy&algorithm_type=machine_learning")).total).toBe(0);
    expect((await run("q=lantern&theme=housing")).total).toBe(1);
  });

  it("filters on impact assessments", async () => {
    const entry = await db.entry.findUniqueOrThrow({ where: { publicId: cafe }, select: { id: true } });
    await db.assessment.create({ data: { entryId: entry.id, state: "concluded", outcome: "adequate" } });
    const r = await run("assessment=yes");
    expect(r.total).toBe(1);
    expect((await run("")).facets.assessment).toEqual([{ value: "yes", count: 1 }]);
  });

  it("sorts by name and pages with stable links", async () => {
    const byName = await publicIds("sort=name");
    expect(byName).toEqual([cafe, named, body]);
    const { result } = await call(loader, getRequest("/algorithms?sort=name&page=99"));
    const data = result as Awaited<ReturnType<typeof loader>>;
    expect(data.params.page).toBe(1);
    const paged = await search({ ...parseSearchParams(new URLSearchParams("sort=name")), perPage: 2, page: 2 });
    expect(paged.pages).toBe(2);
    expect(paged.ids).toHaveLength(1);
  });

  it("ranks word matches by relevance, or by name or last change when asked", async () => {
    // "lantern" is in the name of one entry (weighted highest) and only in the body of the other
    expect(await publicIds("q=lantern")).toEqual([named, body]);
    expect(await publicIds("q=lantern&sort=name")).toEqual([named, body]);
    const byUpdated = await publicIds("q=lantern&sort=updated");
    expect(byUpdated.sort()).toEqual([named, body].sort());
    expect(await publicIds("q=lantern&sort=name&theme=economy")).toEqual([]);
  });

  it("builds shareable links in one stable order", async () => {
    const { result } = await call(loader, getRequest("/algorithms?theme=traffic&q=lantern&algorithm_type=rule_based&theme=housing"));
    const data = result as Awaited<ReturnType<typeof loader>>;
    expect(data.clearLink).toBe("/algorithms?q=lantern");
    // Each value counts on the "Filter (n)" control: two themes and one algorithm type.
    expect(data.activeFilters).toBe(3);
    expect(
      data.facets
        .find((f) => f.key === "theme")!
        .options.filter((o) => o.checked)
        .map((o) => o.value)
        .sort(),
    ).toEqual(["housing", "traffic"]);
    const a = parseSearchParams(new URLSearchParams("theme=traffic&q=x&theme=housing&page=2"));
    const b = parseSearchParams(new URLSearchParams("page=2&theme=housing&theme=traffic&q=x"));
    expect(toQueryString(a)).toBe(toQueryString(b));
    expect(toQueryString(a)).toBe("?q=x&theme=housing&theme=traffic&page=2");
  });

  it("never indexes a withheld supplier, but does index a public one", async () => {
    const staff = await createOrgWithStaff();
    const supplier = await db.supplier.create({ data: { slug: "quiet-vendor", name: "Quietvendor Systems", scheme: "NL-KVK", identifier: "87654321" } });
    const procurement = (withheld: boolean) => ({
      inHouse: false,
      suppliers: [{ supplierId: supplier.id, role: "developer" as const }],
      withheld: withheld ? [{ field: "suppliers" as const, reason: "Security", legalGround: "Woo 5.1" }] : [],
    });
    const hidden = (await createPublishedEntry({ name: "Hidden vendor tool", procurement: procurement(true) }, staff)).entry.publicId;
    expect(await publicIds("q=quietvendor")).toEqual([]);
    expect((await run(`supplier=${supplier.id}`)).total).toBe(0);
    const shown = (await createPublishedEntry({ name: "Open vendor tool", procurement: procurement(false) }, staff)).entry.publicId;
    expect(await publicIds("q=quietvendor")).toEqual([shown]);
    expect((await run("")).facets.supplier).toContainEqual({ value: supplier.id, count: 1 });
    expect(hidden).not.toBe(shown);
  });
});
