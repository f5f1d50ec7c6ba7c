import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { renderMarkdown } from "~/utils/markdown.server";
import { setting } from "~/config/settings.mjs";

const SLUG = /^[a-z0-9-]+$/;

export type ContentPage = { slug: string; title: string; description: string; html: string };

function parse(slug: string, markdown: string): ContentPage {
  const lines = markdown.replace(/\r\n/g, "\n").split("\n");
  const titleLine = lines.findIndex((l) => l.startsWith("# "));
  const title = titleLine >= 0 ? lines[titleLine].slice(2).trim() : slug;
  const body = titleLine >= 0 ? lines.slice(titleLine + 1).join("\n") : markdown;
  const description =
    body
      .trim()
      .split(/\n\s*\n/)[0]
      ?.replace(/[#*_`>[\]]/g, "")
      .replace(/\(([^)]*)\)/g, "")
      .trim() ?? "";
  return { slug, title, description, html: renderMarkdown(body) };
}

function dir(kind: "pages" | "decisions") {
  return resolve(setting("CONTENT_DIR"), kind);
}

/** A markdown page from content/pages or content/decisions; null for unknown or unsafe slugs. */
export function loadContentPage(slug: string, kind: "pages" | "decisions" = "pages"): ContentPage | null {
  if (!SLUG.test(slug)) return null;
  const file = join(dir(kind), `${slug}.md`);
  if (!existsSync(file)) return null;
  return parse(slug, readFileSync(file, "utf8"));
}

export function listContentPages(kind: "pages" | "decisions" = "pages"): Array<Omit<ContentPage, "html">> {
  if (!existsSync(dir(kind))) return [];
  return readdirSync(dir(kind))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => {
      const { html: _html, ...rest } = parse(f.slice(0, -3), readFileSync(join(dir(kind), f), "utf8"));
      return rest;
    });
}
