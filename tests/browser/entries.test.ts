import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, openBrowser, type Page } from "./support/browser";

async function startEmptyEntry(page: Page) {
  await page.goto("/entries/new");
  await page.getByRole("button", { name: "Create draft" }).click();
  await page.waitForURL(/\/entries\/[^/]+\/edit$/);
  return new URL(page.url()).pathname.split("/")[2];
}

describe("filing, approving and publishing an entry in Chromium", () => {
  let editor: Awaited<ReturnType<typeof openBrowser>>;
  let approver: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    editor = await openBrowser();
    approver = await openBrowser();
  });
  afterAll(async () => {
    await editor?.close();
    await approver?.close();
  });

  let entryId = "";

  it("saves the draft when submitting fails and lists why it was not submitted", async () => {
    const page = editor.page;
    await login(page, "editor@lindewaard.example");
    entryId = await startEmptyEntry(page);
    await page.getByRole("button", { name: "Save and submit for approval" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    expect(await page.locator(".error-summary").textContent()).toContain("Enter the name of the algorithm");
    expect(new URL(page.url()).pathname).toBe(`/entries/${entryId}/edit`);
  });

  it("lets an editor fill in the required fields and submit", async () => {
    const page = editor.page;
    await page.getByLabel("Name", { exact: true }).fill("Route bulky waste collection");
    await page.getByLabel("Short description").fill("Plans the route of the bulky waste lorry from the collection requests of the week.");
    await page.getByLabel("In use", { exact: true }).check();
    await page.getByLabel("C: Other algorithm").check();
    await page.getByLabel("Contact", { exact: true }).fill("algorithms@lindewaard.example");
    await page.getByLabel("Language of this entry").selectOption({ label: "English" });
    await page.getByLabel("Likelihood of unintended harm").selectOption("improbable");
    await page.getByLabel("Impact of unintended harm").selectOption("low");
    expect(await page.getByTestId("risk-level").textContent()).toContain("Low");
    await page.getByRole("button", { name: "Save and submit for approval" }).click();
    await page.waitForURL(`**/entries/${entryId}?done=submit`);
    expect(await page.getByTestId("entry-state").textContent()).toBe("Submitted for approval");
  });

  it("lets the approver approve and publish, and the public page shows it", async () => {
    const page = approver.page;
    await login(page, "approver@lindewaard.example");
    await page.goto("/dashboard");
    await page.getByRole("link", { name: "Route bulky waste collection" }).first().click();
    await page.getByRole("button", { name: "Approve and publish" }).waitFor();
    // Confirmations come from a fixed list: neither made-up text nor an inherited name shows (or breaks the page).
    for (const done of ["constructor", "Approved by the minister"]) {
      await page.goto(`/entries/${entryId}?done=${encodeURIComponent(done)}`);
      await page.getByRole("button", { name: "Approve and publish" }).waitFor();
      expect(await page.locator(".notice--success").count()).toBe(0);
    }
    // Withdrawing is the editor's step; the approver requests changes instead.
    expect(await page.getByRole("button", { name: "Withdraw submission" }).count()).toBe(0);
    await page.getByLabel("Change note").fill("First publication of the route planner");
    await page.getByRole("button", { name: "Approve and publish" }).click();
    await page.waitForURL(`**/entries/${entryId}?done=publish`);
    await page.getByRole("link", { name: "View the public page" }).click();
    await page.waitForURL(/\/algorithms\/\d{8}$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Route bulky waste collection");
    expect(await page.getByText("Version 1, published").isVisible()).toBe(true);
    expect(await page.locator("#contact").isVisible()).toBe(true);
    await page
      .getByRole("link", { name: /Version history/ })
      .first()
      .click();
    await page.getByRole("heading", { name: "Version history", level: 1 }).waitFor();
    expect(await page.locator("table caption").first().textContent()).toContain("1 published version");
  });

  it("asks the approver for a change note before publishing a second version", async () => {
    await editor.page.goto(`/entries/${entryId}`);
    await editor.page.getByRole("link", { name: "Edit (starts a new draft version)" }).click();
    await editor.page.getByLabel("Short description").fill("Plans the route of the bulky waste lorry from this week's collection requests.");
    await editor.page.getByRole("button", { name: "Save and submit for approval" }).click();
    await editor.page.waitForURL(`**/entries/${entryId}?done=submit`);

    const page = approver.page;
    await page.goto(`/entries/${entryId}`);
    expect(await page.locator("label", { hasText: "Change note" }).innerText()).not.toMatch(/optional/i);
    await page.getByRole("button", { name: "Approve and publish" }).click();
    await page.getByText("Describe what changed in this version").first().waitFor();
    expect(await page.getByTestId("entry-state").textContent()).toBe("Submitted for approval");
    await page.getByLabel("Change note").fill("Clearer short description");
    await page.getByRole("button", { name: "Approve and publish" }).click();
    await page.waitForURL(`**/entries/${entryId}?done=publish`);
  });
});

describe("saving a draft without JavaScript", () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    b = await openBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => b?.close());

  it("keeps an invalid value exactly as typed and lists what is left to do", async () => {
    const page = b.page;
    await login(page, "editor@lindewaard.example");
    await startEmptyEntry(page);
    await page.getByLabel("Name", { exact: true }).fill("Predict missed bin collections");
    await page.getByLabel("Cases per year").fill("about twelve thousand");
    // Every section ends with a "Save draft" of its own; the form's button at the end goes back to the top.
    await page.getByRole("button", { name: "Save draft" }).last().click();
    await page.waitForURL(/\/edit\?saved=1$/);
    expect(await page.getByLabel("Cases per year").inputValue()).toBe("about twelve thousand");
    expect(await page.getByLabel("Name", { exact: true }).inputValue()).toBe("Predict missed bin collections");
    const notice = await page.locator(".notice--success").textContent();
    expect(notice).toContain("Draft saved.");
    expect(notice).toContain("Enter a number, for example 1200");
  });
});
