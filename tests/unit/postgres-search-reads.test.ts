/**
 * How PostgreSQL answers a visitor's words (migration 0011, decision record 015): from the GIN
 * indexes of the words as written and of the stems, never by reading the whole table, and with no
 * weight in the query (a weight makes PostgreSQL unpack every candidate's tsvector to check it).
 * Through the search pool (app/search/postgresql/pg-read-pool.server.ts), as search runs them, whose
 * connections the server's warm-up opens before it listens.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { SEARCH_APPLICATION_NAME, searchRows } from "~/search/postgresql/pg-read-pool.server";
import { INDEXED_KEYS } from "~/search/facet-index.server";
import { FACET_ROWS_SQL, textMatchesSql } from "~/search/postgresql/pg-search-store.server";
import { warmUpSearch } from "~/search/warm-up.server";
import { createPublishedEntry } from "../support/entry-factories";

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

async function planOf(q: string, scored: boolean) {
  const query = textMatchesSql(q, scored)!;
  const [[plans]] = await searchRows<[Array<{ Plan: PlanNode }>]>(`EXPLAIN (FORMAT JSON) ${query.text}`, query.values);
  return { nodes: nodesOf(plans[0].Plan), query };
}

describe.runIf(process.env.TEST_ENGINE === "postgresql")("a word search on PostgreSQL", () => {
  beforeAll(async () => {
    await createPublishedEntry({ name: "Lantern maintenance scheduler", descriptionShort: "Schedules repairs of street lights." });
    await createPublishedEntry({ name: "Benefit eligibility check", descriptionShort: "Decides on housing benefits for families." });
  });

  it.each([
    ["one word", "benefits"],
    ["two words, the last a prefix", "housing ben"],
  ])("%s: reads both GIN indexes and never the whole table", async (_, q) => {
    for (const scored of [false, true]) {
      const { nodes, query } = await planOf(q, scored);
      expect(nodes.filter((n) => n["Node Type"] === "Seq Scan").map((n) => n["Relation Name"])).toEqual([]);
      expect(new Set(nodes.map((n) => n["Index Name"]).filter(Boolean))).toEqual(new Set(["entry_search_document_idx", "entry_search_stems_idx"]));
      // No weight restriction (`word:D`) in any tsquery.
      expect(query.values.filter((v) => /:[A-D]+$/.test(v))).toEqual([]);
    }
  });

  it("finds an entry by a word as written and by its stem", async () => {
    const query = textMatchesSql("benefit", false)!;
    expect(await searchRows(query.text, query.values)).toHaveLength(1);
    const stemmed = textMatchesSql("families", false)!;
    expect(await searchRows(stemmed.text, stemmed.values)).toHaveLength(1);
  });

  it("has all its search connections open after the warm-up", async () => {
    await warmUpSearch();
    const [[open]] = await searchRows<[number]>("SELECT COUNT(*)::int FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()", [
      SEARCH_APPLICATION_NAME,
    ]);
    expect(open).toBe(4);
  });
});

describe.runIf(process.env.TEST_ENGINE === "postgresql")("the facet index's reads on PostgreSQL", () => {
  it("reads the facet rows in entry order off their index, with no sort", async () => {
    await createPublishedEntry({ name: "Parking permit allocation" });
    const [[plans]] = await searchRows<[Array<{ Plan: PlanNode }>]>(`EXPLAIN (FORMAT JSON) ${FACET_ROWS_SQL}`, [INDEXED_KEYS]);
    const nodes = nodesOf(plans[0].Plan);
    expect(nodes.map((n) => n["Node Type"])).not.toContain("Sort");
    expect(nodes.map((n) => n["Index Name"])).toContain("EntryFacet_entry_order_c_idx");
  });

  it("plans in sessions without JIT compilation, which the search pool's disabled full scans would set off", async () => {
    expect(await searchRows<[string]>("SHOW jit", [])).toEqual([["off"]]);
  });
});
