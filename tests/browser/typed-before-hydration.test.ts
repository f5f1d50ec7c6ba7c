import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, openBrowser, type Page } from "./support/browser";

const SAVED = "Sorts permit applications by urgency.";
const TYPED = "Sorts permit applications by urgency; a planner checks every order before it is sent.";

/** Holds the page's scripts until `release` is called, as a slow phone connection would. */
async function holdScripts(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\.js(\?|$)/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

// A visitor on a slow connection starts typing before the scripts have arrived; hydration must keep it.
describe("typing before the page's scripts have loaded, in Chromium", () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => {
    await b?.close();
  });

  it("keeps what was typed in a text area and a choice made in a list", { timeout: 60_000 }, async () => {
    const page = b.page;
    await login(page, "editor@lindewaard.example");
    await page.goto("/entries/new");
    await page.getByRole("button", { name: "Create draft" }).click();
    await page.waitForURL(/\/entries\/[^/]+\/edit$/);
    const edit = new URL(page.url()).pathname;
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Short description").fill(SAVED);
    await page.locator("#section-general").getByRole("button", { name: "Save draft" }).click();
    await page.waitForURL(/saved=1/);

    const release = await holdScripts(page);
    await page.goto(edit, { waitUntil: "domcontentloaded" });
    const description = page.getByLabel("Short description");
    expect(await description.inputValue()).toBe(SAVED);
    await description.fill(TYPED);
    await page.getByLabel("Likelihood of unintended harm").selectOption("improbable");
    release();
    // Hydrated: Remix's router exists and the page's effects have run.
    await page.waitForFunction(() => "__remixRouter" in window && !("__typed" in window));
    await page.waitForLoadState("networkidle");
    expect(await description.inputValue()).toBe(TYPED);
    expect(await page.getByLabel("Likelihood of unintended harm").inputValue()).toBe("improbable");

    // And what was kept is what the form saves.
    await page.locator("#section-general").getByRole("button", { name: "Save draft" }).click();
    await page.waitForURL(/saved=1/);
    await page.goto(edit);
    expect(await page.getByLabel("Short description").inputValue()).toBe(TYPED);
  });
});
