import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { login, openBrowser } from "./support/browser";

// A demo entry filed in Dutch that the organisation has not translated (content/demo/entries.nl.ts).
const ENTRY = "Niet-geregistreerde vakantieverhuur opsporen";
const ENGLISH_NAME = "Find holiday rentals that are not registered";
const ENGLISH_DESCRIPTION = "Looks for holiday rental listings that are not registered with the municipality, so that an inspector can check them.";

/** The staff page of the demo entry, read from the test server's database. */
function entryPathOf(name: string) {
  const file = new Database(inject("databaseUrl").replace(/^file:/, ""), { readonly: true });
  try {
    return `/entries/${(file.prepare("SELECT id FROM Entry WHERE name = ?").get(name) as { id: string }).id}`;
  } finally {
    file.close();
  }
}

// An organisation adds an English translation to a Dutch entry, without JavaScript; it is published with the next version.
// (The translation page's accessibility is checked with the other staff pages: support/pages.ts.)
describe("translating an entry in Chromium without JavaScript", () => {
  let editor: Awaited<ReturnType<typeof openBrowser>>;
  let approver: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    editor = await openBrowser({ javaScriptEnabled: false });
    approver = await openBrowser({ javaScriptEnabled: false });
    editor.page.setDefaultTimeout(20_000);
    approver.page.setDefaultTimeout(20_000);
  });
  afterAll(async () => {
    await editor?.close();
    await approver?.close();
  });

  it("saves the translation with the draft, keeps what was typed on a refusal, and publishes it for English readers", { timeout: 180_000 }, async () => {
    const page = editor.page;
    await login(page, "editor@oosterhaven.example");
    const entryPath = entryPathOf(ENTRY);
    await page.goto(`${entryPath}/edit`);
    await page.getByRole("link", { name: "Translation into English" }).click();
    await page.waitForURL(`**${entryPath}/translation?into=en`);

    // Without a name the form is refused, and what was typed comes back.
    await page.getByLabel("Short description").fill(ENGLISH_DESCRIPTION);
    await page.getByRole("button", { name: "Save translation" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    expect(await page.getByRole("alert").textContent()).toContain("Enter the translated name, or leave every field empty");
    expect(await page.getByLabel("Short description").inputValue()).toBe(ENGLISH_DESCRIPTION);

    await page.getByLabel("Name").fill(ENGLISH_NAME);
    await page.getByRole("button", { name: "Save translation" }).click();
    await page.waitForURL(`**${entryPath}/translation?into=en&done=saved`);
    expect(await page.getByRole("status").textContent()).toContain("Translation saved with the draft");
    expect(await page.getByLabel("Name").inputValue()).toBe(ENGLISH_NAME);

    await page.goto(`${entryPath}/edit`);
    await page.getByRole("button", { name: "Save and submit for approval" }).click();
    await page.waitForURL(`**${entryPath}?done=submit`);

    const a = approver.page;
    await login(a, "approver@oosterhaven.example");
    await a.goto(entryPath);
    const diff = a.getByTestId("submission-diff");
    expect(await diff.getByRole("row", { name: /Name \(translation into English\)/ }).count()).toBe(1);
    expect(await a.getByTestId("translations-preview").getByText(ENGLISH_NAME).isVisible()).toBe(true);
    await a.getByLabel("Change note").fill("Added an English translation.");
    await a.getByRole("button", { name: "Approve and publish" }).click();
    await a.waitForURL(`**${entryPath}?done=publish`);
    await a.getByRole("link", { name: "View the public page" }).click();
    await a.waitForURL(/\/algorithms\/\d{8}$/);
    // Without its language prefix, if the link kept the page's language.
    const publicPath = new URL(a.url()).pathname.replace(/^\/(en|nl)\//, "/");

    await a.goto(`/en${publicPath}`);
    expect(await a.getByRole("heading", { level: 1 }).textContent()).toBe(ENGLISH_NAME);
    expect(await a.locator("h1").getAttribute("lang")).toBeNull();
    expect(await a.getByTestId("entry-language-notice").textContent()).toBe("Translated from Dutch by the organisation.");
    // A text left untranslated is in Dutch on the English page, and says so.
    expect(await a.locator(".entry-page .prose[lang='nl']").count()).toBeGreaterThan(0);

    await a.goto(`/nl${publicPath}`);
    expect(await a.getByRole("heading", { level: 1 }).textContent()).toBe(ENTRY);
    expect(await a.getByTestId("entry-language-notice").count()).toBe(0);
  });
});
