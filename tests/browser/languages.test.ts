import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textFor } from "~/i18n/text";
import { axeFailures } from "./support/axe";
import { login, openBrowser, type Page } from "./support/browser";
import { englishIn, englishOnlyTexts } from "./support/english-only";
import { A11Y_PUBLIC_PAGES, A11Y_STAFF_PAGES, resolveDynamicPages } from "./support/pages";

const nl = textFor("nl");
const dutch = (path: string) => (path === "/" ? "/nl" : `/nl${path}`);
const NOT_FOUND = (path: string) => path.endsWith("/does-not-exist") || path.includes("/account/set-password/");

/** What a visitor reads on the page, leaving out parts marked as another language (an entry filed in English). */
async function dutchText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const other of body.querySelectorAll('[lang]:not([lang="nl"]):not([lang^="nl-"]), script, style, template')) other.remove();
    const labels = [...body.querySelectorAll("[aria-label], [title], [placeholder]")].map(
      (el) => `${el.getAttribute("aria-label") ?? ""} ${el.getAttribute("title") ?? ""} ${el.getAttribute("placeholder") ?? ""}`,
    );
    return `${document.title}\n${body.innerText}\n${labels.join("\n")}`;
  });
}

// The outbox shows the mails as they were sent, each in its recipient's language: data, not the page's words.
const SHOWS_STORED_MAIL = (path: string) => path === "/admin/outbox";

async function englishOnPages(page: Page, paths: string[]) {
  const englishOnly = englishOnlyTexts();
  const found: string[] = [];
  for (const path of paths.filter((p) => !SHOWS_STORED_MAIL(p))) {
    const res = await page.goto(dutch(path));
    expect(res?.status(), path).toBe(NOT_FOUND(path) ? 404 : 200);
    expect(await page.getAttribute("html", "lang"), path).toBe("nl");
    for (const phrase of englishIn(await dutchText(page), englishOnly)) found.push(`${dutch(path)}: "${phrase}"`);
  }
  return found;
}

const STAFF = [
  ["editor", "editor@lindewaard.example"],
  ["approver", "approver@lindewaard.example"],
  ["reviewer", "reviewer@oversight.example"],
  ["admin", "admin@register.example"],
] as const;

describe("the register in Dutch", () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => b?.close());

  it("the check finds English: an English page shows English-only catalogue text", async () => {
    await b.page.goto("/en/about/privacy");
    const englishOnly = englishOnlyTexts();
    expect(englishOnly.length).toBeGreaterThan(20);
    expect(englishIn(await dutchText(b.page), englishOnly)).not.toEqual([]);
  });

  it("every public page under /nl/ says nothing that only the English catalogue says", async () => {
    expect(await englishOnPages(b.page, await resolveDynamicPages(A11Y_PUBLIC_PAGES))).toEqual([]);
  }, 240_000);

  for (const [role, email] of STAFF) {
    it(`every ${role} page under /nl/ says nothing that only the English catalogue says`, async () => {
      const session = await openBrowser();
      try {
        await login(session.page, email);
        expect(await englishOnPages(session.page, await resolveDynamicPages(A11Y_STAFF_PAGES[role]))).toEqual([]);
      } finally {
        await session.close();
      }
    }, 240_000);
  }
});

describe("choosing a language", () => {
  it("the switch works without JavaScript, keeps the page and its query, and is remembered", async () => {
    const b = await openBrowser({ javaScriptEnabled: false, locale: "en-GB" });
    try {
      await b.page.goto("/algorithms?q=parking");
      expect(await b.page.getAttribute("html", "lang")).toBe("en");
      await b.page.getByRole("link", { name: "Nederlands" }).click();
      await b.page.waitForURL((url) => url.pathname === "/nl/algorithms");
      expect(new URL(b.page.url()).search).toBe("?q=parking");
      expect(await b.page.getAttribute("html", "lang")).toBe("nl");
      const nav = b.page.getByRole("navigation", { name: nl.site.primaryNav });
      await expect(nav.getByRole("link", { name: nl.nav.organisations }).getAttribute("href")).resolves.toBe("/nl/organisations");

      // An address without a prefix now opens in the chosen language, though the browser asks for English.
      await b.page.goto("/about");
      expect(await b.page.getAttribute("html", "lang")).toBe("nl");

      await b.page.getByRole("link", { name: "English" }).click();
      await b.page.waitForURL((url) => url.pathname === "/en/about");
      expect(await b.page.getAttribute("html", "lang")).toBe("en");
    } finally {
      await b.close();
    }
  });

  it("a first visit follows the browser's language, and the page names its other languages for search engines", async () => {
    const b = await openBrowser({ locale: "nl-NL" });
    try {
      await b.page.goto("/organisations");
      expect(await b.page.getAttribute("html", "lang")).toBe("nl");
      const alternates = await b.page.$$eval('link[rel="alternate"][hreflang]', (links) =>
        links.map((l) => `${l.getAttribute("hreflang")} ${new URL(l.getAttribute("href")!).pathname}`),
      );
      expect(alternates.sort()).toEqual(["en /en/organisations", "nl /nl/organisations", "x-default /organisations"]);
    } finally {
      await b.close();
    }
  });
});

describe("accessibility in Dutch (axe-core)", () => {
  it("public pages under /nl/ have no serious or critical violations", async () => {
    const b = await openBrowser();
    try {
      const pages = (await resolveDynamicPages(A11Y_PUBLIC_PAGES)).map(dutch);
      const failures = await axeFailures(b.page, pages, (path, status) => expect(status, path).toBe(NOT_FOUND(path) ? 404 : 200));
      expect(failures).toEqual([]);
    } finally {
      await b.close();
    }
  }, 480_000);

  it("editor pages under /nl/ have no serious or critical violations", async () => {
    const b = await openBrowser();
    try {
      await login(b.page, "editor@lindewaard.example");
      const pages = (await resolveDynamicPages(A11Y_STAFF_PAGES.editor)).map(dutch);
      const failures = await axeFailures(b.page, pages, (path, status) => expect(status, path).toBeLessThan(400));
      expect(failures).toEqual([]);
    } finally {
      await b.close();
    }
  }, 480_000);
});
