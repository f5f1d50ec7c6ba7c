import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { login, openBrowser } from "./support/browser";

// The server and this test share the demo database; only the draft itself is created directly.
process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("~/utils/db.server");
const { createDraft } = await import("~/entries/entries.server");
const { validDocument } = await import("../support/entry-factories");

const ENTRY_NAME = "Matching contractor invoices to purchase orders";
const SUPPLIER = "Invoice Matching Works B.V.";

describe("procurement in Chromium", () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  let entry: { id: string; publicId: string };

  beforeAll(async () => {
    const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@lindewaard.example" }, select: { id: true, role: true, organisationId: true } });
    entry = await createDraft(editor, editor.organisationId!, validDocument({ name: ENTRY_NAME }));
    b = await openBrowser();
  });
  afterAll(async () => {
    await b?.close();
    await db.$disconnect();
  });

  it("an editor registers a supplier from the filing form and is sent back to it", async () => {
    const { page } = b;
    await login(page, "editor@lindewaard.example");
    await page.goto(`/entries/${entry.id}/edit`);
    await page.getByRole("button", { name: "Register a supplier" }).click();
    await page.waitForURL("**/suppliers/new?returnTo=*");
    await page.getByRole("heading", { name: "Register a supplier", level: 1 }).waitFor();

    await page.getByLabel("Name").fill(SUPPLIER);
    await page.getByLabel("Identifier scheme").selectOption("NL-KVK");
    await page.getByLabel("Registration number").fill("8765 432");
    await page.getByLabel("Country").selectOption("NL");
    await page.getByRole("button", { name: "Register supplier" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    expect(await page.locator(".error-summary").textContent()).toContain("(NL-KVK) has 8 digits, for example 12345678");
    expect(await page.getByLabel("Name").inputValue()).toBe(SUPPLIER);

    await page.getByLabel("Registration number").fill("8765 4321");
    await page.getByRole("button", { name: "Register supplier" }).click();
    await page.waitForURL(`**/entries/${entry.id}/edit?supplier=*`);
  });

  it("refuses to register the same supplier twice and links to the existing record", async () => {
    const { page } = b;
    await page.goto("/suppliers/new");
    await page.getByLabel("Name").fill("Invoice Matching Works");
    await page.getByLabel("Identifier scheme").selectOption("NL-KVK");
    await page.getByLabel("Registration number").fill("87654321");
    await page.getByRole("button", { name: "Register supplier" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    expect(await page.locator(".error-summary").textContent()).toContain(`This supplier is already registered as ${SUPPLIER}`);
    await page.getByRole("link", { name: `View the existing record for ${SUPPLIER}` }).waitFor();
  });

  it("adds the supplier to the entry, withholds the contract value, and submits it", async () => {
    const { page } = b;
    await page.goto(`/entries/${entry.id}/edit`);
    await page.getByLabel("Built or supplied by a third party").check();
    const row = page.getByRole("group", { name: "Supplier 1" });
    await row.getByLabel("Supplier", { exact: true }).selectOption({ label: `${SUPPLIER} (NL-KVK 87654321)` });
    await row.getByLabel("Role").selectOption("developer");
    await page.getByLabel("Procurement procedure").selectOption("direct");
    await page.getByLabel("Contract value").fill("250000");
    await page.getByLabel("Currency").fill("EUR");
    const withheld = page.getByRole("group", { name: "Withheld detail 1" });
    await withheld.getByLabel("Detail withheld").selectOption("contractValue");
    await withheld.getByLabel("Reason").fill("Commercially confidential until the contract ends");
    await withheld.getByLabel("Legal ground").fill("Woo art. 5.1(2)(f)");
    await page.getByRole("button", { name: "Save and submit for approval" }).click();
    await page.waitForURL(`**/entries/${entry.id}?done=submit`);
  });

  it("an approver publishes it", async () => {
    const { page } = b;
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL("**/login?loggedOut=1");
    await login(page, "approver@lindewaard.example");
    await page.goto(`/entries/${entry.id}`);
    await page.getByRole("button", { name: "Approve and publish" }).click();
    await page.getByText("Published. The public page now shows this version.").waitFor();
  });

  it("the public finds the entry on the supplier page and the procurement block on the entry page", async () => {
    const anonymous = await openBrowser({ javaScriptEnabled: false });
    try {
      const { page } = anonymous;
      await page.goto("/suppliers");
      await page.getByRole("link", { name: SUPPLIER }).click();
      await page.getByRole("heading", { level: 1, name: SUPPLIER }).waitFor();
      const link = page.getByRole("link", { name: ENTRY_NAME });
      expect(await link.getAttribute("href")).toBe(`/en/algorithms/${entry.publicId}`);
      await page.getByRole("heading", { level: 3, name: "Gemeente Lindewaard" }).waitFor();

      await link.click();
      const block = page.locator("section", { has: page.getByRole("heading", { name: "Procurement and suppliers" }) });
      await block.getByRole("link", { name: SUPPLIER }).waitFor();
      const text = (await block.textContent()) ?? "";
      expect(text).toContain("Direct award");
      expect(text).toContain("Withheld: Commercially confidential until the contract ends (Woo art. 5.1(2)(f))");
      expect(await page.content()).not.toMatch(/250[,. ]?000/);
    } finally {
      await anonymous.close();
    }
  });
});
