/** Issue 15, points 6–9 on the pages: an imported listing entry in Chromium. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { login, openBrowser } from "./support/browser";
import { ROOT } from "../support/paths";

const ID = "58123401";
const URL_V1 = `https://algoritmes.overheid.example/nl/algoritme/${ID}`;
const record = (organisatie: string) => ({
  id: ID,
  title: "Signalering bijzondere bijstand (listing browser test)",
  organisatie,
  status: "in_gebruik",
  doel: `${"De gemeente beoordeelt aanvragen voor bijzondere bijstand met hulp van een rekenregel. ".repeat(8)}Slot`,
  juridische_basis: "Participatiewet",
  impactassessment: "Onbekend",
  geregistreerd: "2023-03-14",
  toegevoegd: "2024-05-20",
  url: URL_V1,
});

// The server reads the same SQLite file: import through the real importer, then move the entry.
beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  const { runImport } = await import("~/imports/import-runner.server");
  // Another entry keeps the first organisation known, so the second import is a move, not a rename.
  const other = { ...record("Gemeente Browserstad"), id: "58123402", title: "Ander algoritme", url: `${URL_V1}2` };
  await runImport("nl-listing", { algoritmes: [record("Gemeente Browserstad"), other] }, { partial: true });
  await runImport("nl-listing", { algoritmes: [record("Gemeente Verhuisd"), other] }, { partial: true });
});

describe("an imported listing entry, in Chromium", () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => b?.close());

  it("says 'Not stated' for what the source does not state, labels the derived description and links the original", async () => {
    const { page } = b;
    await page.goto(`/algorithms/${ID}`);
    const meta = await page.locator("dl.entry-meta").textContent();
    expect(meta).toContain("Publication categoryNot stated");
    const risk = await page.locator("section", { has: page.locator("#risk") }).textContent();
    expect(risk).toContain("High-risk AI system under the EU AI ActNot stated");
    expect(await page.locator("section", { has: page.locator("#responsible-use") }).textContent()).toContain("Not stated");
    expect(await page.getByText("derived by the register").count()).toBe(1);
    expect(await page.getByRole("link", { name: "view the original" }).getAttribute("href")).toBe(URL_V1);
    // The source's address is provenance, not the contact.
    expect(await page.locator("section.entry-contact a", { hasText: URL_V1 }).count()).toBe(0);
    const general = await page.locator("section", { has: page.locator("#general") }).textContent();
    expect(general).toContain("Registered in the source register");
    expect(general).toContain("14 March 2023");
  });

  it("shows the move to another organisation in the history", async () => {
    const { page } = b;
    await page.goto(`/algorithms/${ID}/history?from=1&to=2`);
    const rows = await page.locator("table").first().locator("tbody tr").allTextContents();
    expect(rows[0]).toContain("Gemeente Verhuisd");
    expect(rows[1]).toContain("Gemeente Browserstad");
    const diff = await page.locator("table.diff-table").textContent();
    expect(diff).toContain("Organisation");
    expect(diff).toContain("Gemeente Browserstad");
    expect(diff).toContain("Gemeente Verhuisd");
  });
});

// Issue 16, point 14: a file of another format is refused whole, with the message at the format field.
for (const javaScriptEnabled of [true, false]) {
  describe(`the admin import form with a file of another format, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    let b: Awaited<ReturnType<typeof openBrowser>>;
    beforeAll(async () => {
      b = await openBrowser({ javaScriptEnabled });
      await login(b.page, "admin@register.example");
    });
    afterAll(async () => b?.close());

    it("says which format the file looks like next to the format field and in the error summary, and imports nothing", async () => {
      const { page } = b;
      const message =
        "This file looks like the Dutch algorithm register listing, not the UK ATRS records listing. Choose “Dutch algorithm register listing (algoritmes.overheid.nl)” and try again.";
      await page.goto("/admin/import");
      await page.getByLabel("Format", { exact: true }).selectOption("uk-atrs-listing");
      const buffer = readFileSync(resolve(ROOT, "tests/fixtures/import/nl-listing.json"));
      await page.getByLabel("JSON file").setInputFiles({ name: "listing.json", mimeType: "application/json", buffer });
      await page.getByRole("button", { name: "Import", exact: true }).click();
      const summary = page.locator(".error-summary");
      await summary.waitFor();
      expect(await summary.getByRole("link").textContent()).toBe(`Format: ${message}`);
      expect(await summary.getByRole("link").getAttribute("href")).toBe("#f-format");
      // At the field, tied to it for screen readers; the chosen format is kept.
      const select = page.getByLabel("Format", { exact: true });
      expect(await select.getAttribute("aria-describedby")).toContain("f-format-error");
      expect(await page.locator("#f-format-error").textContent()).toContain(message);
      expect(await select.inputValue()).toBe("uk-atrs-listing");
      expect(await page.getByText("Import finished").count()).toBe(0);
      const { getDb } = await import("~/utils/db.server");
      expect(await getDb().entry.count({ where: { sourceId: { in: ["41234567", "41234568", "41234569", "41234570"] } } })).toBe(0);
    });
  });
}
