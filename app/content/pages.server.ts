import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { renderMarkdown } from "~/utils/markdown.server";
import { setting } from "~/config/settings.mjs";
import type { Language } from "~/i18n/languages.mjs";
import { linkInLanguage } from "./content-links";

const SLUG = /^[a-z0-9-]+$/;

/** The language content pages are written in; translations live beside them in a folder per language (`pages/nl/about.md`). */
export const ORIGINAL_LANGUAGE: Language = "en";

export type ContentKind = "pages" | "decisions";

/** `language` is the language of the text: the one asked for, or English when the page has no translation yet. */
export type ContentPage = { slug: string; title: string; description: string; html: string; language: Language };

function parse(slug: string, markdown: string, textLanguage: Language, readerLanguage: Language): ContentPage {
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
  const html = renderMarkdown(body, { rewriteLink: (href) => linkInLanguage(readerLanguage, href) });
  return { slug, title, description, html, language: textLanguage };
}

function dir(kind: ContentKind, language: Language = ORIGINAL_LANGUAGE) {
  const base = resolve(setting("CONTENT_DIR"), kind);
  return language === ORIGINAL_LANGUAGE ? base : join(base, language);
}

/** The file that holds an existing page in a language: the translation, else the English original. */
function sourceOf(slug: string, kind: ContentKind, language: Language): { file: string; language: Language } {
  const translation = join(dir(kind, language), `${slug}.md`);
  return existsSync(translation) ? { file: translation, language } : { file: join(dir(kind), `${slug}.md`), language: ORIGINAL_LANGUAGE };
}

/**
 * A markdown page from content/pages or content/decisions in the reader's language, or in English
 * when it has no translation yet (the page then says so); links inside keep the reader's language.
 * Null for unknown or unsafe slugs. The English files define which pages exist.
 */
export function loadContentPage(slug: string, kind: ContentKind = "pages", language: Language = ORIGINAL_LANGUAGE): ContentPage | null {
  if (!SLUG.test(slug) || !existsSync(join(dir(kind), `${slug}.md`))) return null;
  const source = sourceOf(slug, kind, language);
  return parse(slug, readFileSync(source.file, "utf8"), source.language, language);
}

export function listContentPages(kind: ContentKind = "pages", language: Language = ORIGINAL_LANGUAGE): Array<Omit<ContentPage, "html">> {
  if (!existsSync(dir(kind))) return [];
  return readdirSync(dir(kind))
    .filter((f) => f.endsWith(".md") && SLUG.test(f.slice(0, -3)))
    .sort()
    .map((f) => {
      const { html: _html, ...rest } = loadContentPage(f.slice(0, -3), kind, language)!;
      return rest;
    });
}
