import { beforeAll, describe, expect, it, vi } from "vitest";
import { entrySummaries } from "~/search/entry-summaries.server";
import { facetViews } from "~/search/facet-view.server";
import { FACETS, type FacetKey } from "~/search/facets";
import { cachedByData, DATA_CACHE_TTL_MS } from "~/search/read-db.server";
import { parseSearchParams } from "~/search/search-params";
import { search } from "~/search/search.server";
import { recordAudit } from "~/audit/audit.server";
import { noteDataChange } from "~/utils/data-version.mjs";
import { db } from "~/utils/db.server";
import { createOrgWithStaff, createPublishedEntry } from "../support/entry-factories";

const run = (query: string) => search(parseSearchParams(new URLSearchParams(query)));

/** Disjunctive counts the slow, obvious way: per facet, the entries matching every other filter. */
async function naiveCounts(filters: Partial<Record<FacetKey, string[]>>, key: FacetKey) {
  const rows = await db.entryFacet.findMany({ select: { entryId: true, facet: true, value: true } });
  const byEntry = new Map<string, Array<{ facet: string; value: string }>>();
  for (const r of rows) byEntry.set(r.entryId, [...(byEntry.get(r.entryId) ?? []), r]);
  const counts = new Map<string, number>();
  for (const facets of byEntry.values()) {
    const passes = Object.entries(filters).every(([k, values]) => k === key || facets.some((f) => f.facet === k && values!.includes(f.value)));
    if (!passes) continue;
    for (const f of facets) if (f.facet === key) counts.set(f.value, (counts.get(f.value) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

let staff: Awaited<ReturnType<typeof createOrgWithStaff>>;

beforeAll(async () => {
  staff = await createOrgWithStaff();
  const other = await createOrgWithStaff();
  await createPublishedEntry({ name: "Parking permit triage", themes: ["traffic"], publicationCategory: "A" }, staff);
  await createPublishedEntry({ name: "Parking fine checks", themes: ["traffic", "housing"], publicationCategory: "B" }, staff);
  await createPublishedEntry({ name: "Parking space planner", themes: ["economy"], publicationCategory: "A" }, other);
  await createPublishedEntry({ name: "Housing allocation", themes: ["housing"], publicationCategory: "A" }, other);
});

describe("search over the in-memory facet index", () => {
  it.each(["q=parking&theme=traffic&category=A", "theme=traffic&category=A", "theme=housing", "q=parking&theme=economy&theme=traffic"])(
    "counts every indexed facet like the obvious per-facet computation for %s",
    async (query) => {
      const params = parseSearchParams(new URLSearchParams(query));
      const result = await search(params);
      const textIds = params.q ? (await run(`q=${params.q}`)).ids : null;
      for (const def of FACETS.filter((f) => f.kind === "indexed" && f.key !== "state")) {
        let expected = await naiveCounts(params.filters, def.key);
        if (textIds) {
          // restrict to the text matches: recount with a filter on their ids
          const inText = await db.entryFacet.findMany({ where: { facet: def.key, entryId: { in: textIds } }, select: { entryId: true, value: true } });
          const passing = new Set<string>();
          for (const id of textIds) {
            const facets = await db.entryFacet.findMany({ where: { entryId: id } });
            const ok = Object.entries(params.filters).every(([k, values]) => k === def.key || facets.some((f) => f.facet === k && values!.includes(f.value)));
            if (ok) passing.add(id);
          }
          const counts = new Map<string, number>();
          for (const r of inText) if (passing.has(r.entryId)) counts.set(r.value, (counts.get(r.value) ?? 0) + 1);
          expected = [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
        }
        expect(result.facets[def.key] ?? [], def.key).toEqual(expected);
      }
    },
  );

  it("ranks by relevance, sorts by name and paginates the matches", async () => {
    const all = await run("q=parking&sort=name");
    const names = (await entrySummaries(all.ids)).map((s) => s.name);
    expect(names).toEqual(["Parking fine checks", "Parking permit triage", "Parking space planner"]);
    const page2 = await search({ ...parseSearchParams(new URLSearchParams("q=parking&sort=name")), perPage: 2, page: 2 });
    expect(page2.total).toBe(3);
    expect((await entrySummaries(page2.ids)).map((s) => s.name)).toEqual(["Parking space planner"]);
  });

  it("sees a newly published entry and a renamed organisation at once (the caches follow the data)", async () => {
    const before = await run("");
    await createPublishedEntry({ name: "Parking meter audit", themes: ["traffic"], publicationCategory: "A" }, staff);
    const after = await run("");
    expect(after.total).toBe(before.total + 1);
    expect((await run("q=meter")).total).toBe(1);
    // a write that is not audited (another connection, e.g. a CLI import) is seen through data_version
    await db.organisation.update({ where: { id: staff.org.id }, data: { name: "Renamed Borough" } });
    const views = await facetViews(after.facets, {});
    expect(views.find((v) => v.key === "organisation")!.options.map((o) => o.label)).toContain("Renamed Borough");
    const [summary] = await entrySummaries((await run("q=meter")).ids);
    expect(summary.organisation.name).toBe("Renamed Borough");
  });
});

describe("cachedByData", () => {
  it("computes once per state of the data and again after an audited change", () => {
    let calls = 0;
    const compute = () => ++calls;
    expect(cachedByData("test:counter", compute)).toBe(1);
    expect(cachedByData("test:counter", compute)).toBe(1);
    noteDataChange();
    expect(cachedByData("test:counter", compute)).toBe(2);
  });

  // SQLite only for now: on PostgreSQL every Prisma write moves the data version (decision 015).
  it.skipIf(process.env.TEST_ENGINE === "postgresql")(
    "keeps an expensive cache over unaudited writes (sessions, mail) and drops it on an audited change",
    async () => {
      let calls = 0;
      const compute = () => ++calls;
      expect(cachedByData("test:indexed", compute, "indexed")).toBe(1);
      await db.organisation.update({ where: { id: staff.org.id }, data: { feedbackDeadlineDays: 25 } });
      expect(cachedByData("test:indexed", compute, "indexed")).toBe(1);
      expect(cachedByData("test:any-write", compute)).toBe(2);
      // Sign-ins and tokens are audited too, but change nothing the index shows.
      await recordAudit({ action: "user.signed_in", subjectType: "user", subjectId: staff.editor.id });
      await recordAudit({ action: "api_client.token_issued", subjectType: "api_client", subjectId: "c1" });
      expect(cachedByData("test:indexed", compute, "indexed")).toBe(1);
      expect(cachedByData("test:any-write", compute)).toBe(3);
      await recordAudit({ action: "test.changed", subjectType: "organisation", subjectId: staff.org.id });
      expect(cachedByData("test:indexed", compute, "indexed")).toBe(4);
    },
  );

  it("drops the indexed cache when facet rows are written without an audit entry (re-indexing)", async () => {
    let calls = 0;
    const compute = () => ++calls;
    expect(cachedByData("test:reindexed", compute, "indexed")).toBe(1);
    const row = await db.entryFacet.findFirstOrThrow({ where: { facet: "theme" } });
    await db.entryFacet.create({ data: { ...row, value: "reindexed-theme" } });
    expect(cachedByData("test:reindexed", compute, "indexed")).toBe(2);
  });

  it("expires any-write caches after the TTL but never rebuilds the indexed cache while nothing changed", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      let calls = 0;
      const compute = () => ++calls;
      expect(cachedByData("test:ttl-any", compute)).toBe(1);
      expect(cachedByData("test:ttl-indexed", compute, "indexed")).toBe(2);
      vi.setSystemTime(Date.now() + DATA_CACHE_TTL_MS + 1);
      expect(cachedByData("test:ttl-any", compute)).toBe(3);
      expect(cachedByData("test:ttl-indexed", compute, "indexed")).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("entry summaries", () => {
  it("show the published version, not the working draft", async () => {
    const { entry } = await createPublishedEntry(
      { name: "Published title", descriptionShort: "Published text.", themes: ["traffic"], publicationCategory: "C" },
      staff,
    );
    await db.entry.update({ where: { id: entry.id }, data: { name: "Draft title", draft: JSON.stringify({ name: "Draft title" }) } });
    const [s] = await entrySummaries([entry.id]);
    expect(s).toMatchObject({
      name: "Published title",
      descriptionShort: "Published text.",
      category: "C",
      themes: ["traffic"],
      state: "published",
      version: 1,
    });
    expect(new Date(s.updatedAt).toISOString()).toBe(s.updatedAt);
  });
});

describe("long facets", () => {
  it("show at most MAX_FACET_OPTIONS options, the largest first, and keep checked ones", async () => {
    const { facetViews, MAX_FACET_OPTIONS } = await import("~/search/facet-view.server");
    const values = Array.from({ length: MAX_FACET_OPTIONS + 5 }, (_, i) => ({ value: `org-${i}`, count: i + 1 }));
    const views = await facetViews({ organisation: values } as never, { organisation: ["org-0"] } as never);
    const org = views.find((v) => v.key === "organisation")!;
    expect(org.options.some((o) => o.value === "org-0" && o.checked)).toBe(true);
    expect(org.options.some((o) => o.value === `org-${MAX_FACET_OPTIONS + 4}`)).toBe(true);
    expect(org.options.length).toBe(MAX_FACET_OPTIONS + 1);
    expect(org.hidden).toBe(4);
  });
});
