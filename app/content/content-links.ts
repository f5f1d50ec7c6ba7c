import { languageInPath, localePath, type Language } from "~/i18n/languages.mjs";

/** Addresses that are not pages and so have no language prefix (decision record 010); files are told by their extension. */
const UNPREFIXED = /^\/(api|healthz|readyz|logout)(\/|$)/;

/**
 * A link inside a content page, as the reader of a page in `language` should follow it: a root-relative
 * link to a page gets the language prefix (`/algorithms` → `/nl/algorithms`), so the markdown is written
 * once, without prefixes. External links, anchors, links that already name a language, the API and
 * files (`/downloads/entries.csv`, `/feed.atom`) stay as written.
 */
export function linkInLanguage(language: Language, href: string): string {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  const path = href.split(/[?#]/)[0];
  if (languageInPath(path) || UNPREFIXED.test(path) || /\.[a-z0-9]+$/i.test(path)) return href;
  return localePath(language, href);
}
