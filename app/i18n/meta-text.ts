import type { MetaArgs } from "@remix-run/node";
import { isLanguage, type Language } from "./languages.mjs";
import { textFor, type Text } from "./text";

/** The page's language in a `meta` function: the root loader's choice (also on error pages, where the route has no data). */
export function metaLanguage(matches: MetaArgs["matches"]): Language {
  const language = (matches.find((m) => m.id === "root")?.data as { language?: unknown } | undefined)?.language;
  return isLanguage(language) ? language : "en";
}

export const metaText = (matches: MetaArgs["matches"]): Text => textFor(metaLanguage(matches));
