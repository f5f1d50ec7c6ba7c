import { languageInPath, type Language } from "./languages.mjs";
import { textFor } from "./text";
import type { Text } from "./text-types";

type MetaArgs = { matches: ReadonlyArray<{ id: string; data?: unknown } | undefined>; location: { pathname: string } };

/** The page's words in a route's `meta`: the root loader's language, or (on an error page without it) the address's prefix. */
export function metaText({ matches, location }: MetaArgs): Text {
  const root = matches.find((m) => m?.id === "root")?.data as { language?: Language } | undefined;
  return textFor(root?.language ?? languageInPath(location.pathname) ?? "en");
}
