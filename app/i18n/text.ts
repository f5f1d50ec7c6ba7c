/**
 * The register's words in a language: `textFor("nl")` on the server, `useT()` in components.
 * Both languages' catalogues are in the bundle (a page can switch without a round trip for text);
 * each is turned into functions once.
 */
import { useLocation, useRouteLoaderData } from "@remix-run/react";
import { type Catalogue, catalogueEn } from "./catalogue.en";
import { catalogueNl } from "./catalogue.nl";
import { languageInPath, type Language } from "./languages.mjs";
import { type CatalogueShape, createTranslator } from "./translator";

export type { Text } from "./text-types";
import type { Text } from "./text-types";

const CATALOGUES: Record<Language, CatalogueShape<Catalogue>> = { en: catalogueEn, nl: catalogueNl };
const translators = new Map<Language, Text>();

export function textFor(language: Language): Text {
  let text = translators.get(language);
  if (!text) {
    text = createTranslator<Catalogue>(language, CATALOGUES[language]);
    translators.set(language, text);
  }
  return text;
}

/**
 * The page's language: the root loader's choice, or (on an error page without it) the address's prefix.
 * A component rendered on its own, outside any router (a unit test of one component), gets English.
 */
export function useLanguage(): Language {
  let root: { language?: Language } | undefined;
  let pathname = "";
  // A component is always inside a data router or never, so these hooks run the same way on every render.
  try {
    // eslint-disable-next-line react-hooks/rules-of-hooks
    root = useRouteLoaderData<{ language?: Language }>("root");
    // eslint-disable-next-line react-hooks/rules-of-hooks
    pathname = useLocation().pathname;
  } catch {
    return "en";
  }
  return root?.language ?? languageInPath(pathname) ?? "en";
}

export function useT(): Text {
  return textFor(useLanguage());
}
