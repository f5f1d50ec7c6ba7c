import { isLanguage, languageInPath } from "./languages.mjs";
import { textFor } from "./text";
import type { Text } from "./text-types";

type MetaArgs = { matches?: ReadonlyArray<{ id: string; data?: unknown } | undefined>; location?: { pathname: string } };

/** The page's words in a route's `meta` (which has no request): the root loader's language, else the address's prefix. */
export function metaText({ matches, location }: MetaArgs): Text {
  const root = matches?.find((m) => m?.id === "root")?.data as { language?: unknown } | undefined;
  const language = isLanguage(root?.language) ? root.language : location ? languageInPath(location.pathname) : null;
  return textFor(language ?? "en");
}
