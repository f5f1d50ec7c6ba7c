import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { createElement, type ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { Outlet } from "react-router-dom";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { listContentPages, loadContentPage } from "~/content/pages.server";
import { catalogueEn } from "~/i18n/catalogue.en";
import { textFor } from "~/i18n/text";
import { renderMarkdown } from "~/utils/markdown.server";
import AboutPage, { loader as aboutLoader, meta as aboutMeta } from "~/routes/about.$slug";
import About, { loader as aboutIndexLoader } from "~/routes/about._index";
import DecisionPage, { loader as decisionLoader } from "~/routes/about.decisions.$slug";
import { loader as decisionsLoader } from "~/routes/about.decisions._index";
import { call } from "../support/requests";
import { ROOT, TMP } from "../support/paths";

const nl = textFor("nl");
const CONTENT = resolve(ROOT, "content");

/** Runs the route's real loader under a root route that chose `language`, and renders its component as the server would. */
async function render(path: string, routePath: string, loader: (args: never) => unknown, Component: ComponentType) {
  const language = path.startsWith("/nl") ? "nl" : "en";
  const routes = [
    {
      id: "root",
      path: "/",
      loader: () => ({ language }),
      element: createElement(Outlet),
      children: [{ id: "page", path: routePath.slice(1), loader: loader as never, element: createElement(Component) }],
    },
  ];
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(`http://localhost${path}`));
  if (context instanceof Response) throw new Error(`unexpected response ${context.status}`);
  return renderToString(createElement(StaticRouterProvider, { router: createStaticRouter(handler.dataRoutes, context), context }));
}

/** A content folder of its own, with pages that exist in English only. */
function scratchContent(pages: Record<string, string>, translations: Record<string, string> = {}) {
  const dir = resolve(TMP, `content-languages-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(resolve(dir, "pages/nl"), { recursive: true });
  mkdirSync(resolve(dir, "decisions"), { recursive: true });
  for (const [slug, text] of Object.entries(pages)) writeFileSync(resolve(dir, "pages", `${slug}.md`), text);
  for (const [slug, text] of Object.entries(translations)) writeFileSync(resolve(dir, "pages/nl", `${slug}.md`), text);
  process.env.CONTENT_DIR = dir;
}

afterEach(() => {
  process.env.CONTENT_DIR = CONTENT;
});

describe("content pages in Dutch", () => {
  it("serves the Dutch page at /nl/ and for a browser that asks for Dutch, the English one otherwise", async () => {
    const dutch = (await call(aboutLoader, new Request("http://localhost/nl/about/privacy"), { slug: "privacy" })).result!;
    expect(dutch.page.language).toBe("nl");
    expect(dutch.page.title).toBe("Privacyverklaring");
    expect(dutch.page.html).not.toContain("personal data");

    const negotiated = (
      await call(aboutLoader, new Request("http://localhost/about/privacy", { headers: { "Accept-Language": "nl-NL,nl;q=0.9" } }), { slug: "privacy" })
    ).result!;
    expect(negotiated.page.title).toBe("Privacyverklaring");

    const english = (await call(aboutLoader, new Request("http://localhost/en/about/privacy"), { slug: "privacy" })).result!;
    expect(english.page).toMatchObject({ language: "en", title: "Privacy statement" });
  });

  it("gives the page title and description in Dutch", async () => {
    const { result } = await call(aboutLoader, new Request("http://localhost/nl/about/accessibility"), { slug: "accessibility" });
    const tags = aboutMeta({ data: result } as never) as Array<{ title?: string; name?: string; content?: string }>;
    expect(tags[0].title).toBe(`Toegankelijkheidsverklaring – ${nl.site.name}`);
    expect(tags[1].content).toMatch(/^Wij willen dat iedereen/);
  });

  it("lists the about pages and decision records with Dutch titles, linking within /nl/", async () => {
    const { result } = await call(aboutIndexLoader, new Request("http://localhost/nl/about"));
    expect(result!.pages.every((p) => p.language === "nl")).toBe(true);
    const html = await render("/nl/about", "/nl/about", aboutIndexLoader, About);
    expect(html).toContain("Privacyverklaring");
    expect(html).toContain('href="/nl/about/privacy"');
    expect(html).toContain('href="/nl/about/decisions"');
    expect(html).toContain(nl.content.decisionsCard);
    expect(html).not.toContain(catalogueEn.content.decisionsCard);
    expect(html).not.toContain("lang=");

    const decisions = (await call(decisionsLoader, new Request("http://localhost/nl/about/decisions"))).result!;
    expect(decisions.decisions.find((d) => d.slug === "001-prisma-6-and-sqlite")).toMatchObject({ language: "nl", title: "001 Prisma 6 en SQLite" });
  });

  it("says a Dutch decision record is a translation and links to the English original", async () => {
    const html = await render("/nl/about/decisions/004-sessions-in-the-database", "/nl/about/decisions/:slug", decisionLoader, DecisionPage);
    expect(html).toContain(nl.content.translatedDecision);
    expect(html).toContain('href="/en/about/decisions/004-sessions-in-the-database"');
    expect(html).toContain('href="/nl/about/decisions"');
    expect(html).not.toContain(nl.content.untranslated);
    const english = await render("/en/about/decisions/004-sessions-in-the-database", "/en/about/decisions/:slug", decisionLoader, DecisionPage);
    expect(english).not.toContain(catalogueEn.content.translatedDecision);
  });

  it("shows a page without a Dutch version in English, under a Dutch notice, marked lang=en", async () => {
    scratchContent({ fresh: "# Fresh page\n\nOnly in English so far, see [the list](/algorithms).\n" });
    const page = loadContentPage("fresh", "pages", "nl")!;
    expect(page).toMatchObject({ language: "en", title: "Fresh page" });

    const html = await render("/nl/about/fresh", "/nl/about/:slug", aboutLoader, AboutPage);
    expect(html).toContain(`<p class="notice">${nl.content.untranslated}</p>`);
    expect(html).toMatch(/<div lang="en"><h1>Fresh page<\/h1>/);
    expect(html).toContain('href="/nl/algorithms"');
    expect(html).not.toContain(catalogueEn.content.untranslated);

    const index = await render("/nl/about", "/nl/about", aboutIndexLoader, About);
    expect(index).toMatch(/<li class="card" lang="en"><h2><a href="\/nl\/about\/fresh">Fresh page<\/a>/);

    const english = await render("/en/about/fresh", "/en/about/:slug", aboutLoader, AboutPage);
    expect(english).not.toContain("notice");
    expect(english).not.toContain('lang="en"');
  });

  it("keeps root-relative links in the page's language, and leaves files, the API and other sites alone", () => {
    scratchContent(
      { links: "# Links\n\n[search](/algorithms?q=x) [csv](/downloads/entries.csv) [api](/api/v1/entries) [site](https://example.org) [en](/en/about)\n" },
      { links: "# Koppelingen\n\n[zoeken](/algorithms?q=x) [csv](/downloads/entries.csv)\n" },
    );
    const dutch = loadContentPage("links", "pages", "nl")!;
    expect(dutch.title).toBe("Koppelingen");
    expect(dutch.html).toContain('href="/nl/algorithms?q=x"');
    expect(dutch.html).toContain('href="/downloads/entries.csv"');
    const english = loadContentPage("links", "pages", "en")!.html;
    expect(english).toContain('href="/en/algorithms?q=x"');
    for (const href of ["/downloads/entries.csv", "/api/v1/entries", "https://example.org", "/en/about"]) expect(english).toContain(`href="${href}"`);
  });

  it("still sanitizes a rewritten link", () => {
    const html = renderMarkdown("[x](/a) [y](https://example.org)", { rewriteLink: () => "javascript:alert(1)" });
    expect(html).not.toContain("javascript:");
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it("links from the real Dutch about page stay in Dutch", () => {
    const html = loadContentPage("about", "pages", "nl")!.html;
    const internal = [...html.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1]);
    expect(internal.length).toBeGreaterThan(0);
    for (const href of internal) expect(href).toMatch(/^\/nl\//);
  });

  it("has a Dutch version of every content page and decision record", () => {
    for (const kind of ["pages", "decisions"] as const) {
      const english = listContentPages(kind, "en");
      const dutch = listContentPages(kind, "nl");
      expect(english.length).toBeGreaterThan(4);
      for (const page of dutch) {
        expect(page.language, `content/${kind}/nl/${page.slug}.md is missing`).toBe("nl");
        expect(page.title, `content/${kind}/nl/${page.slug}.md has the English title`).not.toBe(english.find((e) => e.slug === page.slug)!.title);
      }
      // No Dutch file without its English original (a renamed page would leave one behind).
      const originals = new Set(english.map((p) => `${p.slug}.md`));
      for (const file of readdirSync(resolve(CONTENT, kind, "nl"))) expect(originals, `content/${kind}/nl/${file}`).toContain(file);
    }
  });
});
