/**
 * The register's words in a language: `textFor("nl")` on the server, `useT()` in components.
 * The server has both languages' catalogues; the browser loads only the page's language before it
 * hydrates (catalogues.browser.ts). Each is turned into functions once.
 */
import { UNSAFE_DataRouterStateContext, UNSAFE_LocationContext } from "react-router-dom";
import { useContext } from "react";
import type { Catalogue } from "./catalogue.en";
import { loadCatalogue, loadedCatalogue } from "./catalogues";
import { LANGUAGES, languageInPath, type Language } from "./languages.mjs";
import { createTranslator } from "./translator";

export type { Text } from "./text-types";
import type { Text } from "./text-types";

// Keyed by the catalogue object: in the browser a language's catalogue is replaced by a fuller one
// when its staff-only groups arrive (catalogues.browser.ts), and then gets a new translator.
const translators = new Map<Language, { catalogue: object; text: Text }>();

export { loadCatalogue };

function translatorOf(language: Language): Text | undefined {
  const catalogue = loadedCatalogue(language);
  if (!catalogue) return undefined;
  let entry = translators.get(language);
  if (entry?.catalogue !== catalogue) {
    entry = { catalogue, text: createTranslator<Catalogue>(language, catalogue) };
    translators.set(language, entry);
  }
  return entry.text;
}

export function textFor(language: Language): Text {
  const text = translatorOf(language);
  if (text) return text;
  // Only in the browser, for a language other than the page's (or before hydration, a module's
  // top-level `textFor`): start loading it, and meanwhile read from whichever language is loaded.
  void loadCatalogue(language);
  const now = () => translatorOf(language) ?? LANGUAGES.map(translatorOf).find(Boolean);
  return new Proxy({} as Text, {
    get: (_target, key) => {
      const loadedText = now();
      if (!loadedText) throw new Error(`No message catalogue loaded (asked for "${language}")`);
      return loadedText[key as keyof Text];
    },
  });
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
