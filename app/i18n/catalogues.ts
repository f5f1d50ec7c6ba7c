/**
 * The catalogues the server renders with: both languages, always there. The browser build uses
 * catalogues.browser.ts instead (swapped by the `browser-catalogues` plugin in vite.config.ts), which
 * loads only the page's language.
 */
import { type Catalogue, catalogueEn } from "./catalogue.en";
import { catalogueNl } from "./catalogue.nl";
import type { Language } from "./languages.mjs";
import type { CatalogueShape } from "./translator";

const CATALOGUES: Record<Language, CatalogueShape<Catalogue>> = { en: catalogueEn, nl: catalogueNl };

/** The catalogue of `language` if it is loaded (here: always). */
export function loadedCatalogue(language: Language): CatalogueShape<Catalogue> | undefined {
  return CATALOGUES[language];
}

/** Loads the catalogue of `language`, with its staff-only groups if `staff` (here: nothing to do). */
export async function loadCatalogue(_language: Language, _staff = false): Promise<void> {}
