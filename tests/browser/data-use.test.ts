import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { baseUrl, openBrowser } from "./support/browser";

const NAME = "Nuisance report triage (data-use browser test)";
let publicId = "";

// The server reads the same SQLite file: publish a known entry through the real workflow.
beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  const { createPublishedEntry } = await import("../support/entry-factories");
  const { entry } = await createPublishedEntry({
    name: NAME,
    themes: ["public-order-and-safety"],
    lifeEvents: ["reporting-a-crime"],
    dataDeclarations: [
      {
        name: "Nuisance reports",
        source: "person-themselves",
        personalData: "identifiable",
        categories: ["contact-and-address", "criminal-records"],
        legalGrounds: { "criminal-records": "Art. 10 GDPR with the Municipalities Act" },
        use: "deciding",
      },
    ],
  });
  publicId = entry.publicId;
});

describe("how your data is used, in Chromium", () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => b?.close());

  it("goes from the home page to a life event, to an entry and its feedback form", async () => {
    const { page } = b;
    await page.goto("/");
    await page.getByRole("link", { name: "How your data is used" }).click();
    await page.waitForURL("**/your-data");
    await page.getByRole("link", { name: "Reporting a crime", exact: true }).click();
    await page.waitForURL("**/your-data/life-events/reporting-a-crime");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Reporting a crime");

    const card = page.locator(".your-data__system", { has: page.getByRole("link", { name: NAME, exact: true }) });
    expect(await card.textContent()).toContain("The organisation linked it to this life event.");
    const feedback = card.getByRole("link", { name: /Ask a question or give feedback/ });
    expect(await feedback.getAttribute("href")).toBe(`/en/algorithms/${publicId}/feedback`);

    await card.getByRole("link", { name: NAME, exact: true }).click();
    await page.waitForURL(`**/algorithms/${publicId}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(NAME);
    const section = page.locator("section.data-section");
    expect(await section.textContent()).toContain("Nuisance reports");
    expect(await section.getByRole("link", { name: /other systems using this data\W+Criminal records/ }).getAttribute("href")).toBe(
      "/en/your-data/categories/criminal-records",
    );

    await page.goto(`/algorithms/${publicId}/feedback`);
    expect(await page.locator(`form[method="post"]`).count()).toBeGreaterThan(0);
  });

  it("chooses a life event without JavaScript", async () => {
    const noJs = await openBrowser({ javaScriptEnabled: false });
    try {
      await noJs.page.goto("/your-data");
      await noJs.page.getByLabel("Life event").selectOption("reporting-a-crime");
      await noJs.page
        .locator("form", { has: noJs.page.getByLabel("Life event") })
        .getByRole("button", { name: "Show systems" })
        .click();
      await noJs.page.waitForURL("**/your-data/life-events/reporting-a-crime");
      expect(await noJs.page.getByRole("link", { name: NAME, exact: true }).count()).toBe(1);
    } finally {
      await noJs.close();
    }
  });

  it("has no WCAG 2.1 AA violations on the your-data pages (axe)", async () => {
    // page.evaluate runs outside the page's CSP, unlike an injected <script>.
    const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    for (const path of ["/your-data", "/your-data/life-events/reporting-a-crime", "/your-data/categories/criminal-records"]) {
      await b.page.goto(path);
      await b.page.evaluate(axeSource);
      const violations = await b.page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Array<{ id: string }> }> } }).axe.run({
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        return result.violations.map((v) => v.id);
      });
      expect({ path, violations }).toEqual({ path, violations: [] });
    }
  });

  it("serves the open-data CSV and a 404 for an unknown life event", async () => {
    const csv = await fetch(`${baseUrl()}/downloads/data-declarations.csv`);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain(`${publicId},`);
    expect((await fetch(`${baseUrl()}/your-data/life-events/no-such-event`)).status).toBe(404);
  });
});
