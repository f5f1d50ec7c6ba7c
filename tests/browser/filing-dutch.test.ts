import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, openBrowser } from "./support/browser";

describe("filing a draft in Dutch without JavaScript, in Chromium", () => {
  let editor: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    editor = await openBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await editor?.close();
  });

  it("creates a draft at /nl/entries/new, refuses to submit it in Dutch and saves a section back to itself", async () => {
    const page = editor.page;
    await login(page, "editor@lindewaard.example");
    await page.goto("/nl/entries/new");
    await page.getByRole("heading", { level: 1, name: "Nieuwe registratie aanmaken" }).waitFor();
    await page.getByRole("button", { name: "Concept aanmaken" }).click();
    await page.waitForURL(/\/nl\/entries\/[^/]+\/edit$/);
    const entryId = new URL(page.url()).pathname.split("/")[3];

    await page.getByRole("heading", { level: 2, name: "Algemene informatie" }).waitFor();
    await page.getByRole("button", { name: "Opslaan en ter goedkeuring indienen" }).click();
    await page.getByRole("heading", { name: "Er is een probleem" }).waitFor();
    const summary = await page.locator(".error-summary").textContent();
    expect(summary).toContain("Naam: Vul de naam van het algoritme in");
    expect(summary).toContain("Korte omschrijving: Vul een korte omschrijving in");
    expect(summary).not.toContain("Enter the name");
    expect(new URL(page.url()).pathname).toBe(`/nl/entries/${entryId}/edit`);

    await page.getByLabel("Naam", { exact: true }).fill("Grofvuilroutes plannen");
    await page.locator('button[name="section"][value="general"]').click();
    await page.waitForURL(`**/nl/entries/${entryId}/edit?saved=1&section=general#section-general`);
    expect(await page.locator("#section-general .notice--success").textContent()).toContain("Concept opgeslagen. U bent terug bij “Algemene informatie”.");
    expect(await page.getByLabel("Naam", { exact: true }).inputValue()).toBe("Grofvuilroutes plannen");
  });
});
