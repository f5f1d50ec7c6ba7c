import { mkdirSync, copyFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { listContentPages, loadContentPage } from "~/content/pages.server";
import { loader as aboutLoader } from "~/routes/about.$slug";
import { renderMarkdown } from "~/utils/markdown.server";
import { call, getRequest, statusOf } from "../support/requests";
import { ROOT, TMP } from "../support/paths";

describe("content pages", () => {
  it("has every required page in content/pages", () => {
    const slugs = listContentPages().map((p) => p.slug);
    for (const slug of ["about", "charter-and-dutch-model", "how-to-file", "privacy", "accessibility"]) expect(slugs).toContain(slug);
  });

  it("renders a page with its title and description", async () => {
    const { result } = await call(aboutLoader, getRequest("/about/privacy"), { slug: "privacy" });
    const page = (result as { page: { title: string; description: string; html: string } }).page;
    expect(page.title).toBe("Privacy statement");
    expect(page.description.length).toBeGreaterThan(20);
    expect(page.html).toContain("<p>");
  });

  it("answers 404 for unknown or path-traversing slugs", async () => {
    for (const slug of ["nope", "../package", "..%2Fpackage"]) {
      const { thrown } = await call(aboutLoader, getRequest(`/about/${slug}`), { slug });
      expect(statusOf(thrown)).toBe(404);
    }
  });

  it("strips scripts, event handlers and javascript: links from markdown", () => {
    const dir = resolve(TMP, "content-evil/pages");
    mkdirSync(dir, { recursive: true });
    copyFileSync(resolve(ROOT, "tests/fixtures/evil.md"), resolve(dir, "evil.md"));
    process.env.CONTENT_DIR = resolve(TMP, "content-evil");
    try {
      const page = loadContentPage("evil")!;
      expect(page.title).toBe("Evil page");
      expect(page.html).not.toMatch(/<script/i);
      expect(page.html).not.toMatch(/onerror/i);
      expect(page.html).not.toMatch(/javascript:/i);
      expect(page.html).toContain('href="https://example.org"');
    } finally {
      process.env.CONTENT_DIR = resolve(ROOT, "content");
    }
  });

  it("demotes h1 in user markdown so the page keeps one h1", () => {
    expect(renderMarkdown("# Heading")).toBe("<h2>Heading</h2>\n");
  });
});
