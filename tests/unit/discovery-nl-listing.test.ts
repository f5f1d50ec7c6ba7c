import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSearchParams } from "~/search/search-params";
import { search } from "~/search/search.server";
import { entrySummaries } from "~/search/entry-summaries.server";

const LISTING = resolve(__dirname, "../../../shared/data/nl-algoritmeregister-2026-08-08.json");
const RUNNER = resolve(__dirname, "../../app/imports/import-runner.server.ts");
const missing = !existsSync(LISTING)
  ? `the Dutch listing is not at ${LISTING} (../shared/data is absent)`
  : !existsSync(RUNNER)
    ? "the importer (app/imports/import-runner.server.ts) is not there yet"
    : null;

if (missing) console.warn(`Skipping the real Dutch listing search test: ${missing}.`);

describe.skipIf(Boolean(missing))("the real Dutch register listing, imported then searched", () => {
  it("finds the Delft data-breach entry for 'datalek' and ranks it first", async () => {
    const { runImport } = await import("~/imports/import-runner.server");
    // The whole listing takes minutes through the importer; every record that mentions a data breach
    // plus the first 150 others keeps the real competition for the ranking at a test's pace.
    const listing = JSON.parse(readFileSync(LISTING, "utf8")) as { algoritmes: Array<Record<string, unknown>> };
    const mentions = listing.algoritmes.filter((a) => JSON.stringify(a).toLowerCase().includes("datalek"));
    const others = listing.algoritmes.filter((a) => !mentions.includes(a)).slice(0, 150);
    expect(mentions.some((a) => a.title === "Advisering datalekmelding")).toBe(true);
    const outcome = await runImport("nl-listing", { ...listing, algoritmes: [...others, ...mentions] });
    expect(outcome.ok).toBe(true);
    const result = await search(parseSearchParams(new URLSearchParams("q=datalek")), { withFacets: false });
    const hits = await entrySummaries(result.ids);
    const delft = hits.find((h) => h.name === "Advisering datalekmelding");
    expect(delft?.organisation.name).toBe("Gemeente Delft");
    expect(hits[0].name).toMatch(/datalek/i);
    // accent-insensitive and prefix search over real Dutch text
    const facets = await search(parseSearchParams(new URLSearchParams("q=datalek&organisation_type=other")));
    expect(facets.total).toBeGreaterThan(0);
  }, 120_000);
});
