import type { MetaArgs } from "@remix-run/node";
import type { Language } from "~/i18n/languages.mjs";
import { textFor, type Text } from "~/i18n/text";

/** The page's words in a `meta` function: the root loader's language (English when it has none, as on an error page). */
export function metaText(matches: MetaArgs["matches"]): Text {
  const root = matches.find((match) => match.id === "root")?.data as { language?: Language } | undefined;
  return textFor(root?.language ?? "en");
}
