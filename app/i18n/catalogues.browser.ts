/**
 * The browser's catalogues: only the languages and groups a page needs, each its own chunk, loaded
 * with a dynamic import. entry.client.tsx loads the page's language before it hydrates (the server
 * links that chunk with a modulepreload, see catalogue-preload.server.ts); the other language is
 * loaded only when something asks for it. The staff-only groups (catalogue-parts.ts) are loaded only
 * for a signed-in person: by entry.client.tsx, or by the root's clientLoader after a sign-in without
 * a page load. vite.config.ts puts this module in place of catalogues.ts in the browser build and
 * makes the `virtual:catalogue-part/…` modules.
 */
import type { Catalogue } from "./catalogue.en";
import type { CataloguePart } from "./catalogue-parts";
import type { Language } from "./languages.mjs";
import type { CatalogueShape } from "./translator";

type Groups = Record<string, unknown>;

const parts: Record<CataloguePart, Partial<Record<Language, Groups>>> = { public: {}, staff: {} };
const loading = new Map<string, Promise<void>>();
const merged: Partial<Record<Language, CatalogueShape<Catalogue>>> = {};

// Each import names its module literally, so that the build makes each its own chunk.
const IMPORTS: Record<`${Language}/${CataloguePart}`, () => Promise<{ default: Groups }>> = {
  "en/public": () => import("virtual:catalogue-part/en/public"),
  "en/staff": () => import("virtual:catalogue-part/en/staff"),
  "nl/public": () => import("virtual:catalogue-part/nl/public"),
  "nl/staff": () => import("virtual:catalogue-part/nl/staff"),
};

/**
 * The catalogue of `language` as far as it is loaded: its public groups, and its staff groups once
 * they are loaded (a new object then, so that text.ts makes a new translator).
 */
export function loadedCatalogue(language: Language): CatalogueShape<Catalogue> | undefined {
  return merged[language];
}

function loadPart(language: Language, part: CataloguePart): Promise<void> {
  if (parts[part][language]) return Promise.resolve();
  const key = `${language}/${part}` as const;
  let promise = loading.get(key);
  if (!promise) {
    promise = IMPORTS[key]().then((module) => {
      parts[part][language] = module.default;
    });
    loading.set(key, promise);
  }
  return promise;
}

/** Loads `language`'s public groups, and its staff groups too if `staff`. */
export async function loadCatalogue(language: Language, staff = false): Promise<void> {
  await Promise.all([loadPart(language, "public"), staff ? loadPart(language, "staff") : undefined]);
  const publicGroups = parts.public[language];
  const staffGroups = parts.staff[language];
  const current = merged[language] as Groups | undefined;
  // Only a catalogue with more groups replaces the one there (a later call for the public part alone keeps the staff part).
  if (!current || (staffGroups && !(Object.keys(staffGroups)[0] in current))) {
    merged[language] = { ...publicGroups, ...staffGroups } as unknown as CatalogueShape<Catalogue>;
  }
}
