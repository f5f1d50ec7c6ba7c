import { isLanguage, languageInPath, type Language } from "./languages.mjs";
import { textFor } from "./text";
import type { Text } from "./text-types";

type Match = { id: string; data?: unknown } | undefined;
type MetaArgs = { matches: ReadonlyArray<Match>; location: { pathname: string } };

/** The page's language in a `meta` function: the root loader's choice, or (on an error page without it) the address's prefix. */
export function metaLanguage(args: MetaArgs | ReadonlyArray<Match>): Language {
  const matches = "matches" in args ? args.matches : args;
  const language = (matches.find((m) => m?.id === "root")?.data as { language?: unknown } | undefined)?.language;
  if (isLanguage(language)) return language;
  return ("location" in args ? languageInPath(args.location.pathname) : null) ?? "en";
}

/** The page's words in a route's `meta` (pass the meta arguments, or their `matches`). */
export const metaText = (args: MetaArgs | ReadonlyArray<Match>): Text => textFor(metaLanguage(args));
