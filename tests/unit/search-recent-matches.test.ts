import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { parseSearchParams } from "~/search/search-params";
import { searchStore } from "~/search/search-store.server";
import { search } from "~/search/search.server";
import { dataVersion } from "~/utils/data-version.mjs";
import { createOrgWithStaff, createPublishedEntry } from "../support/entry-factories";

const run = (query: string) => search(parseSearchParams(new URLSearchParams(query)));

/** The same search with no matches kept (SEARCH_CACHE_ROWS=0). */
async function fresh(query: string) {
  vi.stubEnv("SEARCH_CACHE_ROWS", "0");
  try {
    return await run(query);
  } finally {
    vi.unstubAllEnvs();
  }
}

/**
 * Waits until the data version stops moving: on PostgreSQL the notification of this process's own
 * writes arrives a moment later and moves it once more, which builds a new facet index.
 */
async function settled() {
  let seen = dataVersion();
  for (let quiet = 0; quiet < 3;) {
    await new Promise((r) => setTimeout(r, 100));
    const now = dataVersion();
    quiet = now === seen ? quiet + 1 : 0;
    seen = now;
  }
}

beforeAll(async () => {
  const staff = await createOrgWithStaff();
  await createPublishedEntry({ name: "Lighthouse inspection planner", themes: ["traffic"], publicationCategory: "A" }, staff);
  await createPublishedEntry(
    { name: "Harbour dues", descriptionShort: "Checks the lighthouse fees of ships.", themes: ["traffic"], publicationCategory: "A" },
    staff,
  );
  await createPublishedEntry({ name: "Lighthouse heritage grants", themes: ["housing"], publicationCategory: "B" }, staff);
  await settled();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("the matches of recent search words", () => {
  it("serve the same words with other filters, pages and orders without matching them again, with the results of a fresh search", async () => {
    const asked = vi.spyOn(searchStore(), "textMatches");
    const queries = ["q=lighthouse&theme=traffic", "q=lighthouse&theme=housing", "q=lighthouse&category=A&sort=name", "q=lighthouse&theme=traffic"];
    const results = [];
    for (const q of queries) results.push(await run(q));
    expect(asked.mock.calls.map(([q]) => q)).toEqual(["lighthouse"]);
    for (const [i, q] of queries.entries()) expect(results[i]).toEqual(await fresh(q));
    expect(results[0].total).toBe(2);
    expect(results[3]).toEqual(results[0]);
  });

  it("are read again after a publication, which finds the new entry at once", async () => {
    expect((await run("q=lighthouse")).total).toBe(3);
    await createPublishedEntry({ name: "Lighthouse keeper rota", themes: ["traffic"], publicationCategory: "A" });
    await settled();
    const asked = vi.spyOn(searchStore(), "textMatches");
    const after = await run("q=lighthouse");
    expect(after.total).toBe(4);
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it("outlive a search that offers a correction: looking for one changes no data", async () => {
    await run("q=lighthouse");
    const before = dataVersion();
    const asked = vi.spyOn(searchStore(), "textMatches");
    expect((await run("q=lighthoise")).suggestion).toBe("lighthouse");
    expect(dataVersion()).toBe(before);
    await run("q=lighthouse&theme=housing");
    expect(asked.mock.calls.map(([q]) => q)).toEqual(["lighthoise"]);
  });

  it("are kept up to SEARCH_CACHE_ROWS matching entries, and not at all with 0", async () => {
    const asked = vi.spyOn(searchStore(), "textMatches");
    vi.stubEnv("SEARCH_CACHE_ROWS", "1");
    await run("q=lighthouse&theme=traffic");
    await run("q=lighthouse&theme=housing");
    expect(asked).toHaveBeenCalledTimes(2); // four matches do not fit in one
    vi.stubEnv("SEARCH_CACHE_ROWS", "0");
    await run("q=harbour");
    await run("q=harbour&theme=traffic");
    expect(asked).toHaveBeenCalledTimes(4);
    vi.stubEnv("SEARCH_CACHE_ROWS", "100");
    await run("q=harbour");
    await run("q=harbour&theme=traffic");
    expect(asked).toHaveBeenCalledTimes(5);
  });
});
