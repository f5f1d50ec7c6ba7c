/** Issue 16, point 15: /algorithms on a 390 × 844 phone shows results first, with the filters behind one disclosure. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAxe, serious } from "./support/axe";
import { openBrowser, type Page } from "./support/browser";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1200, height: 900 };

/** Whether the element's top edge is on the screen as it is scrolled now (to within a pixel's rounding). */
async function onScreen(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  const height = page.viewportSize()!.height;
  return box !== null && box.y >= -1 && box.y < height;
}

/** The first option of the first facet that shows its options. */
const firstOption = (page: Page) => page.locator("details.facet[open] input[type=checkbox]").first();

/** Ticks the first option and applies: returns the parameter it adds to the address. */
async function applyFirstOption(page: Page) {
  const option = firstOption(page);
  await option.check();
  const [name, value] = [(await option.getAttribute("name"))!, (await option.getAttribute("value"))!];
  await page.getByRole("button", { name: "Apply filters" }).click();
  await page.waitForURL((url) => url.searchParams.get(name) === value);
  // With JavaScript the address changes just before React shows the new results.
  await page.waitForLoadState("networkidle");
  await expect.poll(() => page.locator("summary.filters__toggle").textContent()).toBe("Filter (1)");
  return { name, value };
}

async function expectAtResults(page: Page) {
  const url = new URL(page.url());
  expect(url.hash).toBe("#results");
  await page.waitForFunction(() => window.scrollY > 0);
  expect(await onScreen(page, "#results-heading")).toBe(true);
}

for (const javaScriptEnabled of [true, false]) {
  describe(`searching on a 390 × 844 phone, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    let b: Awaited<ReturnType<typeof openBrowser>>;
    beforeAll(async () => {
      b = await openBrowser({ javaScriptEnabled });
      await b.page.setViewportSize(PHONE);
    });
    afterAll(async () => b?.close());

    it("shows the first result within the first screen, the filters closed behind one Filter control", async () => {
      const { page } = b;
      await page.goto("/algorithms");
      // The first result starts on the first screen, with its name and organisation whole.
      const first = await page.locator(".result").first().boundingBox();
      const name = await page.locator(".result h3").first().boundingBox();
      const organisation = await page.locator(".result .muted").first().boundingBox();
      expect(first!.y).toBeGreaterThan(0);
      expect(name!.y + name!.height).toBeLessThanOrEqual(PHONE.height);
      expect(organisation!.y + organisation!.height).toBeLessThanOrEqual(PHONE.height);
      expect(await page.locator("details.filters").getAttribute("open")).toBeNull();
      expect(await page.getByRole("button", { name: "Apply filters" }).isVisible()).toBe(false);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    });

    it("opens the filters, and applying one lands at the results with the count of filters on the control", async () => {
      const { page } = b;
      await page.goto("/algorithms");
      const all = Number((await page.locator("#results-heading").textContent())!.replace(/\D/g, ""));
      const toggle = page.locator("summary", { hasText: /^Filter$/ });
      expect(await firstOption(page).isVisible()).toBe(false);
      await toggle.click();
      expect(await firstOption(page).isVisible()).toBe(true);
      await applyFirstOption(page);
      await expectAtResults(page);
      const filtered = Number((await page.locator("#results-heading").textContent())!.replace(/\D/g, ""));
      expect(filtered).toBeGreaterThan(0);
      expect(filtered).toBeLessThan(all);
    });

    // axe-core runs in the page, so with JavaScript on (it takes a while on a busy 2-core machine).
    if (javaScriptEnabled)
      it("has no serious accessibility violation with the filters closed or open", { timeout: 180_000 }, async () => {
        const { page } = b;
        await page.goto("/algorithms?q=a");
        expect(serious(await runAxe(page))).toEqual([]);
        await page.locator("summary.filters__toggle").click();
        expect(serious(await runAxe(page))).toEqual([]);
      });

    it("has a skip link before the filters that goes to the results", async () => {
      const { page } = b;
      await page.goto("/algorithms?q=a");
      const skip = page.getByRole("link", { name: "Skip to results" });
      expect(await skip.getAttribute("href")).toBe("#results");
      // It comes after the search field and before the filters in the reading and tab order.
      const order = await page.evaluate(() => {
        const all = [...document.querySelectorAll("#q, a[href='#results'], summary.filters__toggle")];
        return all.map((el) => el.id || el.className);
      });
      expect(order).toEqual(["q", "skip-to-results", "filters__toggle"]);
      await page.locator("#q").focus();
      await page.keyboard.press("Tab"); // the Search button
      await page.keyboard.press("Tab");
      expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await skip.isVisible()).toBe(true);
      await page.keyboard.press("Enter");
      await page.waitForURL(/#results$/);
      expect(await onScreen(page, "#results-heading")).toBe(true);
    });
  });
}

describe("searching on a desktop screen", () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    b = await openBrowser();
    await b.page.setViewportSize(DESKTOP);
  });
  afterAll(async () => b?.close());

  it("shows the filters in the sidebar without opening anything, and applying one lands at the results", { timeout: 180_000 }, async () => {
    const { page } = b;
    await page.goto("/algorithms");
    expect(serious(await runAxe(page))).toEqual([]);
    expect(await page.locator("summary.filters__toggle").isVisible()).toBe(false);
    expect(await page.getByRole("heading", { level: 2, name: "Filter results" }).isVisible()).toBe(true);
    expect(await firstOption(page).isVisible()).toBe(true);
    const { name, value } = await applyFirstOption(page);
    expect(new URL(page.url()).hash).toBe("#results");
    expect(await page.locator(`input[name="${name}"][value="${value}"]`).isChecked()).toBe(true);
    expect(await onScreen(page, "#results-heading")).toBe(true);
  });
});
