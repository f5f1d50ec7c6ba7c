/**
 * The browser's catalogues: only the languages a page needs, each its own chunk, loaded with a
 * dynamic import. entry.client.tsx loads the page's language before it hydrates (the server links
 * that chunk with a modulepreload, see catalogue-preload.server.ts); the other language is loaded
 * only when something asks for it. vite.config.ts puts this module in place of catalogues.ts in the
 * browser build.
 */
import type { Catalogue } from "./catalogue.en";
import type { Language } from "./languages.mjs";
import type { CatalogueShape } from "./translator";

const loaded: Partial<Record<Language, CatalogueShape<Catalogue>>> = {};
const loading: Partial<Record<Language, Promise<void>>> = {};

export function loadedCatalogue(language: Language): CatalogueShape<Catalogue> | undefined {
  return loaded[language];
}

export function loadCatalogue(language: Language): Promise<void> {
  if (loaded[language]) return Promise.resolve();
  return (loading[language] ??= (
    language === "nl" ? import("./catalogue.nl").then((m) => m.catalogueNl) : import("./catalogue.en").then((m) => m.catalogueEn)
  ).then((catalogue) => {
    loaded[language] = catalogue;
  }));
}
