import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { login, openBrowser, type Page } from "./support/browser";

// The server reads the same SQLite file: an entry of our own with a long unbroken word and a long URL.
const LONG_WORD = "Rechtsbijstandverzekeringsaanvraagbeoordelingsondersteuningsalgoritmeconfiguratie";
const LONG_URL = `https://algorithms.municipality.example/documents/${"impact-assessment-".repeat(8)}final.pdf`;
let publicId = "";

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  const { createPublishedEntry, validDocument } = await import("../support/entry-factories");
  const { saveDraft, transition } = await import("~/entries/entries.server");
  const doc = { name: `Long words ${LONG_WORD}`, descriptionShort: `Checks ${LONG_WORD}.`, website: LONG_URL, goal: `Read ${LONG_URL} for ${LONG_WORD}.` };
  const { entry, editor, approver } = await createPublishedEntry(doc);
  publicId = entry.publicId;
  // A second version, so the history page shows a diff with the long word on both sides.
  await saveDraft(editor, entry.id, validDocument({ ...doc, goal: `Changed: ${LONG_WORD} at ${LONG_URL}` }));
  for (const [actor, action, input] of [
    [editor, "submit", {}],
    [approver, "publish", { changeNote: "A longer goal" }],
  ] as const) {
    const done = await transition(actor, entry.id, action, input);
    if (!done.ok) throw new Error(`${action} failed`);
  }
});

afterAll(async () => {
  const { getDb } = await import("~/utils/db.server");
  await getDb().$disconnect();
});

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe("narrow screens, in Chromium", () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => b?.close());

  it("wraps long words and web addresses at 320 px: the page never scrolls sideways", async () => {
    await b.page.setViewportSize({ width: 320, height: 700 });
    const paths = [
      `/algorithms/${publicId}`,
      `/algorithms/${publicId}/history?from=1&to=2`,
      `/algorithms/${publicId}/feedback`,
      `/algorithms?q=${encodeURIComponent("Long words")}`,
    ];
    for (const path of paths) {
      expect((await b.page.goto(path))?.status(), path).toBe(200);
      expect(await b.page.getByText(LONG_WORD).first().isVisible(), path).toBe(true);
      expect(await overflow(b.page), path).toBeLessThanOrEqual(0);
    }
    // The check is not vacuous: a word that cannot break does widen the page.
    await b.page.evaluate(() => {
      const span = document.createElement("span");
      span.style.whiteSpace = "nowrap";
      span.style.overflowWrap = "normal";
      span.textContent = "x".repeat(200);
      document.querySelector("main")!.appendChild(span);
    });
    expect(await overflow(b.page)).toBeGreaterThan(0);
  });

  it("makes the history diff a labelled scroll region that the keyboard reaches and scrolls", async () => {
    await b.page.setViewportSize({ width: 390, height: 844 });
    await b.page.goto(`/algorithms/${publicId}/history?from=1&to=2`);
    const region = b.page.getByRole("region", { name: "Changes from version 1 to version 2, by field" });
    expect(await region.getAttribute("tabindex")).toBe("0");
    // Reached by the keyboard: tabbing from the version picker's button lands on the region.
    await b.page.getByRole("button", { name: "Compare", exact: true }).focus();
    await b.page.keyboard.press("Tab");
    expect(await region.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it("labels every table region on the reviewer dashboard with its caption", async () => {
    const session = await openBrowser();
    try {
      await session.page.setViewportSize({ width: 390, height: 844 });
      await login(session.page, "reviewer@oversight.example");
      await session.page.goto("/dashboard");
      const wraps = await session.page.locator(".table-wrap").all();
      expect(wraps.length).toBeGreaterThan(0);
      for (const wrap of wraps) {
        const name = await wrap.evaluate((el) => document.getElementById(el.getAttribute("aria-labelledby") ?? "")?.textContent ?? "");
        expect(name).toBe(await wrap.locator("caption").textContent());
        expect(await wrap.getAttribute("role")).toBe("region");
        expect(await wrap.getAttribute("tabindex")).toBe("0");
      }
    } finally {
      await session.close();
    }
  });

  it("lists every section of the entry page under 'On this page' and offers 'Ask a question' before them", async () => {
    await b.page.setViewportSize({ width: 390, height: 844 });
    await b.page.goto(`/algorithms/${publicId}`);
    const toc = b.page.getByRole("navigation", { name: "On this page" });
    const targets = await toc.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")!.slice(1)));
    const headings = await b.page.locator("article.entry-page section[aria-labelledby] > h2").evaluateAll((hs) => hs.map((h) => h.id));
    expect(headings).toContain("feedback-title");
    expect(targets).toEqual(headings);
    expect(await toc.getByRole("link", { name: "Questions and responses" }).isVisible()).toBe(true);

    const ask = b.page.getByRole("link", { name: "Ask a question", exact: true });
    const askTop = (await ask.boundingBox())!.y;
    expect(askTop).toBeLessThan((await toc.boundingBox())!.y);
    expect(askTop).toBeLessThan((await b.page.locator("#general").boundingBox())!.y);
    await ask.click();
    await b.page.waitForURL(`**/algorithms/${publicId}/feedback`);
  });
});
