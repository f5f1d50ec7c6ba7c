/** Issue 17, points 1 and 6 on the public entry page: the page and its history at /nl/, in Chromium. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser } from "./support/browser";

const ID = "58123501";
const record = (organisatie: string) => ({
  id: ID,
  title: "Parkeervergunningen toetsen (taal-browsertest)",
  organisatie,
  status: "in_gebruik",
  doel: "De gemeente toetst aanvragen voor een parkeervergunning met een rekenregel.",
  juridische_basis: "Wegenverkeerswet",
  geregistreerd: "2023-03-14",
  toegevoegd: "2024-05-20",
  url: `https://algoritmes.overheid.example/nl/algoritme/${ID}`,
});

// The server reads the same SQLite file: two imports make two versions, the second with another organisation.
beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  const { runImport } = await import("~/imports/import-runner.server");
  const other = { ...record("Gemeente Taalstad"), id: "58123502", title: "Ander algoritme", url: `${record("").url}2` };
  await runImport("nl-listing", { algoritmes: [record("Gemeente Taalstad"), other] }, { partial: true });
  await runImport("nl-listing", { algoritmes: [record("Gemeente Verhuisd"), other] }, { partial: true });
});

describe("the public entry page at /nl/, in Chromium", () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  const problems: string[] = [];
  beforeAll(async () => {
    b = await openBrowser();
    b.page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    b.page.on("pageerror", (error) => problems.push(error.message));
  });
  afterAll(async () => b?.close());

  it("shows the entry in Dutch, with Dutch dates, and hydrates without a mismatch", async () => {
    const { page } = b;
    await page.goto(`/nl/algorithms/${ID}`);
    await page.waitForLoadState("networkidle");
    expect(await page.locator("html").getAttribute("lang")).toBe("nl");
    expect(await page.locator("#general").textContent()).toBe("Algemene informatie");
    const general = await page.locator("section", { has: page.locator("#general") }).textContent();
    expect(general).toContain("Geregistreerd in het bronregister14 maart 2023");
    expect(await page.getByRole("note").filter({ hasText: "Overgenomen uit het Algoritmeregister van de Nederlandse overheid" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: "bekijk het origineel" }).getAttribute("href")).toBe(record("").url);
    expect(await page.locator("dl.entry-meta").textContent()).toContain("PublicatiecategorieNiet ingevuld");
    expect(await page.getByRole("link", { name: "Versiegeschiedenis", exact: true }).getAttribute("href")).toBe(`/nl/algorithms/${ID}/history`);
    expect(problems).toEqual([]);
  });

  it("compares two versions in Dutch and stays at the Dutch address", async () => {
    const { page } = b;
    await page.goto(`/nl/algorithms/${ID}/history`);
    await page.waitForLoadState("networkidle");
    expect(await page.locator("h1").textContent()).toBe("Versiegeschiedenis");
    await page.getByLabel("Oudere versie").selectOption("1");
    await page.getByLabel("Nieuwere versie").selectOption("2");
    await page.getByRole("button", { name: "Vergelijken" }).click();
    await page.waitForURL((url) => url.search.includes("from=1"));
    expect(new URL(page.url()).pathname).toBe(`/nl/algorithms/${ID}/history`);
    const diff = await page.locator("table.diff-table").textContent();
    expect(diff).toContain("Organisatie");
    expect(diff).toContain("Gewijzigd");
    expect(diff).toContain("Oud (versie 1)");
    expect(await page.locator(".diff-summary").textContent()).toContain("tussen versie 1 en versie 2.");
    expect(problems).toEqual([]);
  });
});
