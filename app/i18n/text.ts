/**
 * The register's words in a language: `textFor("nl")` on the server, `useT()` in components.
 * Both languages' catalogues are in the bundle (a page can switch without a round trip for text);
 * each is turned into functions once.
 */
import { UNSAFE_DataRouterStateContext, UNSAFE_LocationContext } from "react-router-dom";
import { useContext } from "react";
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
 * Read from the router's contexts rather than its hooks, so that a component rendered on its own (a unit
 * test with renderToStaticMarkup, outside any router) is drawn in English instead of throwing.
 */
export function useLanguage(): Language {
  const state = useContext(UNSAFE_DataRouterStateContext);
  const location = useContext(UNSAFE_LocationContext);
  const root = state?.loaderData.root as { language?: Language } | undefined;
  const pathname = location?.location.pathname ?? "";
  return root?.language ?? languageInPath(pathname) ?? "en";
}

export function useT(): Text {
  return textFor(useLanguage());
}
