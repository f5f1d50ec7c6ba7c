import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { baseUrl, openBrowser } from "./support/browser";

describe("search without JavaScript", () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    // Publish known entries into the server's database through the real workflow.
    process.env.DATABASE_URL = inject("databaseUrl");
    const { createOrgWithStaff, createPublishedEntry } = await import("../support/entry-factories");
    const staff = await createOrgWithStaff();
    for (let i = 1; i <= 23; i++) {
      await createPublishedEntry({ name: `Zebra crossing check ${String(i).padStart(2, "0")}`, themes: i % 2 ? ["traffic"] : ["housing"] }, staff);
    }
    b = await openBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => b?.close());

  it("searches, pages with stable links and applies a facet", async () => {
    const { page } = b;
    await page.goto("/algorithms");
    await page.getByRole("searchbox", { name: "Search words" }).fill("zebr");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.waitForURL(/q=zebr/);
    await expect(page.getByRole("heading", { level: 2, name: "23 algorithms" }).isVisible()).resolves.toBe(true);
    expect(await page.locator(".result").count()).toBe(20);

    await page.getByRole("link", { name: "Next page" }).click();
    await page.waitForURL(/page=2/);
    expect(new URL(page.url()).search).toBe("?q=zebr&page=2");
    expect(await page.locator(".result").count()).toBe(3);
    await expect(page.getByText("Page 2 of 2").isVisible()).resolves.toBe(true);

    await page
      .getByRole("group", { name: "Theme" })
      .getByLabel(/Traffic and transport/)
      .check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/theme=traffic/);
    await expect(page.getByRole("heading", { level: 2, name: "12 algorithms" }).isVisible()).resolves.toBe(true);
    // the facet's count is shown next to its label and stays checked
    const traffic = page.getByRole("group", { name: "Theme" }).getByLabel(/Traffic and transport/);
    expect(await traffic.isChecked()).toBe(true);
    expect(await page.getByRole("group", { name: "Theme" }).textContent()).toContain("Housing (11)");

    // a shared link gives the same page
    const shared = await (await fetch(`${baseUrl()}/algorithms?q=zebr&theme=traffic`)).text();
    expect(shared).toContain("12 algorithms");
    expect(await page.title()).toContain("“zebr”");
  });

  it("offers the corrected words for a typo and follows them", async () => {
    const { page } = b;
    await page.goto("/algorithms");
    await page.getByRole("searchbox", { name: "Search words" }).fill("crossng");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.waitForURL(/q=crossng/);
    await expect(page.getByText("No algorithms match").isVisible()).resolves.toBe(true);
    await page.getByRole("link", { name: "crossing", exact: true }).click();
    await page.waitForURL(/q=crossing/);
    await expect(page.getByRole("heading", { level: 2, name: "23 algorithms" }).isVisible()).resolves.toBe(true);
  });
});
