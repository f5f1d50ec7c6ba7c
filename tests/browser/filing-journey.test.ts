import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { login, openBrowser, type Page } from "./support/browser";

// The server and this test share the demo database: the test reads what the form saved.
process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("~/utils/db.server");

const SUPPLIER = "Permit Sorting Services B.V.";
// A KVK number of 8 digits that no other test registers.
const KVK = String(30_000_000 + Math.floor(Math.random() * 60_000_000));

async function startEmptyEntry(page: Page) {
  await page.goto("/entries/new");
  await page.getByRole("button", { name: "Create draft" }).click();
  await page.waitForURL(/\/entries\/[^/]+\/edit$/);
  return new URL(page.url()).pathname.split("/")[2];
}

const labelText = async (page: Page, id: string) => (await page.locator(`label[for="${id}"]`).innerText()).trim();
const draftOf = async (id: string) => JSON.parse((await db.entry.findUniqueOrThrow({ where: { id }, select: { draft: true } })).draft);

describe("the filing journey with JavaScript", () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  let entryId = "";
  beforeAll(async () => {
    b = await openBrowser();
    await login(b.page, "editor@lindewaard.example");
  });
  afterAll(async () => {
    await b?.close();
    await db.$disconnect();
  });

  it("a refused 'Save and submit' saves the draft, says so at the top with why, and shows the new name", async () => {
    const { page } = b;
    entryId = await startEmptyEntry(page);
    await page.getByLabel("Name", { exact: true }).fill("Sort permit applications");
    await page.getByLabel("Contract start").fill("1 March 2024");
    await page.getByRole("button", { name: "Save and submit for approval" }).click();
    await page.getByTestId("saved-not-submitted").waitFor();
    expect(await page.getByTestId("saved-not-submitted").textContent()).toContain("Your draft was saved, but it was not submitted for approval");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Edit entry: Sort permit applications");
    const lines = await page.locator(".error-summary li").allTextContents();
    expect(lines).toContain("Contract start: Enter a date as YYYY-MM-DD, for example 2024-03-31");
    expect(lines).toContain("Short description: Enter a short description");
    expect(lines.indexOf("Short description: Enter a short description")).toBeLessThan(
      lines.indexOf("Contract start: Enter a date as YYYY-MM-DD, for example 2024-03-31"),
    );
    expect(new Set(lines).size).toBe(lines.length);
    expect(await page.locator(".error-summary a", { hasText: "Contract start" }).getAttribute("href")).toBe("#f-procurement-contractStart");
    expect(await draftOf(entryId)).toMatchObject({ name: "Sort permit applications", procurement: { contractStart: "1 March 2024" } });
  });

  it("marks the fields required for categories A and B as the category chosen requires", async () => {
    const { page } = b;
    expect(await labelText(page, "f-goal")).toBe("Purpose and impact (required for categories A and B)");
    await page.getByLabel("C: Other algorithm").check();
    expect(await labelText(page, "f-goal")).toBe("Purpose and impact (optional)");
    await page.getByLabel(/^A: /).check();
    expect(await labelText(page, "f-goal")).toBe("Purpose and impact");
    expect(await labelText(page, "f-appeals")).toBe("Challenging a decision");
  });

  it("asks before leaving through the site's menu with unsaved changes", async () => {
    const { page } = b;
    await page.getByLabel("Short description").fill("Sorts permit applications by urgency.");
    const asked = new Promise<string>((resolve) => page.once("dialog", (d) => void d.dismiss().then(() => resolve(d.message()))));
    await page.locator(".account").getByRole("link", { name: "Dashboard" }).click();
    expect(await asked).toContain("not saved");
    expect(new URL(page.url()).pathname).toBe(`/entries/${entryId}/edit`);
  });

  it("registers a supplier from the form without losing what was typed, and comes back with it selected", async () => {
    const { page } = b;
    await page.getByLabel("Built or supplied by a third party").check();
    await page.getByRole("button", { name: "Register a supplier" }).click();
    await page.waitForURL("**/suppliers/new?returnTo=*");
    await page.getByRole("heading", { name: "Register a supplier", level: 1 }).waitFor();
    await page.getByLabel("Name").fill(SUPPLIER);
    await page.getByLabel("Identifier scheme").selectOption("NL-KVK");
    await page.getByLabel("Registration number").fill(KVK);
    await page.getByLabel("Website").fill("permit-sorting.example");
    await page.getByRole("button", { name: "Register supplier" }).click();
    await page.waitForURL(`**/entries/${entryId}/edit?supplier=*`);
    expect(new URL(page.url()).hash).toBe("#section-procurement");
    expect(await page.locator(".notice--success").textContent()).toContain("The supplier is registered and selected in the procurement section");
    // Typed before leaving, and saved on the way out.
    expect(await page.getByLabel("Short description").inputValue()).toBe("Sorts permit applications by urgency.");
    expect(await page.getByLabel("Built or supplied by a third party").isChecked()).toBe(true);
    const row = page.getByRole("group", { name: "Supplier 1" });
    expect(await row.getByLabel("Supplier", { exact: true }).locator("option:checked").textContent()).toBe(`${SUPPLIER} (NL-KVK ${KVK})`);
    const supplier = await db.supplier.findFirstOrThrow({ where: { identifier: KVK }, select: { website: true } });
    expect(supplier.website).toBe("https://permit-sorting.example");
  });
});

describe("the filing journey without JavaScript", () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    b = await openBrowser({ javaScriptEnabled: false });
    await login(b.page, "editor@lindewaard.example");
  });
  afterAll(async () => b?.close());

  it("a refused 'Save and submit' saves the draft and the labels follow the category posted", async () => {
    const { page } = b;
    const id = await startEmptyEntry(page);
    await page.getByLabel("Name", { exact: true }).fill("Match invoices");
    await page.getByLabel("C: Other algorithm").check();
    await page.getByRole("button", { name: "Save and submit for approval" }).click();
    await page.getByTestId("saved-not-submitted").waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Edit entry: Match invoices");
    expect(await labelText(page, "f-goal")).toBe("Purpose and impact (optional)");
    expect((await draftOf(id)).name).toBe("Match invoices");
  });

  it("needs the published entry to copy only when copying", async () => {
    const { page } = b;
    await page.goto("/entries/new");
    expect(await labelText(page, "f-template")).toBe("Published entry to copy (required when copying)");
    await page.getByLabel("Copy a published entry as a template").check();
    await page.getByRole("button", { name: "Create draft" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    expect(await page.locator(".error-summary li").allTextContents()).toEqual(["Published entry to copy: Choose the published entry to copy"]);
    expect(await labelText(page, "f-template")).toBe("Published entry to copy");
  });
});
