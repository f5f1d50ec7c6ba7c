import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { login, openBrowser } from "./support/browser";
import { resolveDynamicPages } from "./support/pages";

/** Presses Tab until the focused element matches, as a keyboard-only user would; fails after `max` presses. */
async function tabTo(page: Page, matches: (el: { tag: string; name: string | null; text: string; type: string | null }) => boolean, max = 400) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return {
        tag: a?.tagName.toLowerCase() ?? "",
        name: a?.getAttribute("name") ?? null,
        text: (a?.textContent ?? "").trim(),
        type: a?.getAttribute("type") ?? null,
      };
    });
    if (matches(el)) return i + 1;
  }
  throw new Error("element not reachable with Tab");
}

/** Every focusable control the keyboard reaches has an accessible name (label, legend or text). */
async function focusedHasName(page: Page) {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLInputElement | null;
    if (!a) return false;
    if (a.labels && a.labels.length) return true;
    return Boolean(a.getAttribute("aria-label") || a.getAttribute("aria-labelledby") || (a.textContent ?? "").trim());
  });
}

describe("keyboard only", () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => b?.close());

  it("sends the feedback form with the keyboard alone", async () => {
    const [path] = await resolveDynamicPages(["/algorithms/{entry}/feedback"]);
    await b.page.goto(path);
    await tabTo(b.page, (el) => el.tag === "input" && el.type === "radio");
    expect(await focusedHasName(b.page)).toBe(true);
    await b.page.keyboard.press("Space");
    await tabTo(b.page, (el) => el.tag === "textarea" && el.name === "message");
    await b.page.keyboard.type("Which data does this system use about my household, and can I see it?");
    await tabTo(b.page, (el) => el.tag === "input" && el.type === "checkbox");
    await b.page.keyboard.press("Space");
    const honeypotReached = await b.page.evaluate(() => document.activeElement?.getAttribute("tabindex") === "-1");
    expect(honeypotReached).toBe(false);
    await tabTo(b.page, (el) => el.tag === "button" && el.text === "Send");
    await b.page.keyboard.press("Enter");
    await b.page.getByRole("heading", { name: "We have received your message" }).waitFor();
  });

  it("fills and saves the filing form with the keyboard alone, in a logical order", async () => {
    const session = await openBrowser();
    try {
      await login(session.page, "editor@lindewaard.example");
      const [path] = await resolveDynamicPages(["/entries/{entryId}/edit"]);
      await session.page.goto(path);
      await tabTo(session.page, (el) => el.tag === "input" && el.name === "name");
      await session.page.keyboard.press("Control+A");
      await session.page.keyboard.type("Plan waste collection routes (keyboard edit)");
      // The next stops follow the document order and each has a label.
      const order: Array<string | null> = [];
      for (let i = 0; i < 6; i++) {
        await session.page.keyboard.press("Tab");
        expect(await focusedHasName(session.page)).toBe(true);
        order.push(await session.page.evaluate(() => document.activeElement?.getAttribute("name") ?? document.activeElement?.tagName ?? null));
      }
      const positions = await session.page.evaluate((names) => {
        const all = [...document.querySelectorAll("input, textarea, select, button, a[href]")];
        return names.map((n) => all.findIndex((el) => el.getAttribute("name") === n || el.tagName === n));
      }, order);
      expect([...positions].sort((a, c) => a - c)).toEqual(positions);
      await tabTo(session.page, (el) => el.tag === "button" && el.text === "Save draft");
      await session.page.keyboard.press("Enter");
      await session.page.waitForURL(/saved=1/);
      expect(await session.page.getByLabel("Name", { exact: false }).first().inputValue()).toContain("keyboard edit");
    } finally {
      await session.close();
    }
  });
});
