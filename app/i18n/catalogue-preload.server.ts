/**
 * The browser loads the page's catalogue (its public groups: catalogue-parts.ts) before it hydrates (app/i18n/catalogues.browser.ts); a
 * `<link rel="modulepreload">` to its chunk lets it download alongside the other scripts instead of
 * after them. The chunk's name comes from the client build's manifest (build.manifest in
 * vite.config.ts); without one (the development server) there is nothing to preload.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { setting } from "~/config/settings.mjs";
import { LANGUAGES, type Language } from "./languages.mjs";

let hrefs: Partial<Record<Language, string>> | undefined;

function readHrefs(): Partial<Record<Language, string>> {
  try {
    const manifest = JSON.parse(readFileSync(resolve(setting("BUILD_DIR"), ".vite/client-manifest.json"), "utf8")) as Record<string, { file?: string }>;
    return Object.fromEntries(
      LANGUAGES.flatMap((language) => {
        const file = manifest[`app/i18n/catalogue-part.${language}.public.js`]?.file;
        return file ? [[language, `/${file}`]] : [];
      }),
    );
  } catch {
    return {};
  }
}

/** The address of the chunk holding `language`'s catalogue (public groups) in the browser build, or null. */
export function catalogueChunk(language: Language): string | null {
  hrefs ??= readHrefs();
  return hrefs[language] ?? null;
}
