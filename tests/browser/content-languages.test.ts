import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeFailures } from "./support/axe";
import { openBrowser } from "./support/browser";

describe("content pages in Dutch, in Chromium", () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => b?.close());

  it("reads the about pages in Dutch, follows their links within /nl/ and switches to English", async () => {
    await b.page.goto("/nl/about");
    expect(await b.page.locator("html").getAttribute("lang")).toBe("nl");
    expect(await b.page.title()).toBe("Over het register – Openbaar Algoritmeregister");
    await b.page.getByRole("link", { name: "Over het register" }).last().click();
    await b.page.getByRole("heading", { level: 1, name: "Over het register" }).waitFor();
    await b.page.locator("main").getByRole("link", { name: "het register downloaden" }).click();
    await b.page.waitForURL("**/nl/downloads");

    await b.page.goto("/nl/about/privacy");
    await b.page.getByRole("heading", { level: 1, name: "Privacyverklaring" }).waitFor();
    // The statement promises a functional language cookie kept for one year.
    const cookie = (await b.context.cookies()).find((c) => c.name === "lang");
    expect(cookie?.value).toBe("nl");
    expect((cookie!.expires * 1000 - Date.now()) / 86_400_000).toBeGreaterThan(364);

    await b.page.getByRole("navigation", { name: "Taal" }).getByRole("link", { name: "English" }).click();
    await b.page.waitForURL("**/en/about/privacy");
    await b.page.getByRole("heading", { level: 1, name: "Privacy statement" }).waitFor();
  });

  it("marks a Dutch decision record as a translation and links to the English original", async () => {
    await b.page.goto("/nl/about/decisions");
    await b.page.getByRole("link", { name: "004 Sessies in de database" }).click();
    await b.page.getByRole("heading", { level: 1, name: "004 Sessies in de database" }).waitFor();
    await b.page.getByRole("link", { name: "Lees de Engelse tekst" }).click();
    await b.page.waitForURL("**/en/about/decisions/004-sessions-in-the-database");
    await b.page.getByRole("heading", { level: 1, name: "004 Sessions in the database" }).waitFor();
  });

  it("the Dutch about pages have no serious or critical axe violations", async () => {
    const pages = ["/nl/about", "/nl/about/privacy", "/nl/about/accessibility", "/nl/about/decisions", "/nl/about/decisions/009-search-language"];
    expect(await axeFailures(b.page, pages, (path, status) => expect(status, path).toBe(200))).toEqual([]);
  }, 120_000);
});
