import { resolve } from "node:path";
import type { Plugin } from "vite";
import { catalogueEn } from "./app/i18n/catalogue.en";
import { type CataloguePart, cataloguePart } from "./app/i18n/catalogue-parts";
import { catalogueNl } from "./app/i18n/catalogue.nl";
import type { Language } from "./app/i18n/languages.mjs";
import { precompileMessages } from "./app/i18n/precompile";

/**
 * In the browser build, app/i18n/catalogues.ts (both languages' catalogues, for the server) becomes
 * catalogues.browser.ts, which loads only the page's language (issue 20: JavaScript on a public page),
 * and the staff-only groups (app/i18n/catalogue-parts.ts) only for a signed-in person. This plugin
 * also makes the modules it loads, `virtual:catalogue-part/<language>/<public|staff>`: in a build,
 * those groups as data with every ICU message already parsed (app/i18n/precompile.ts), and FormatJS's
 * ICU parser replaced by its parser-less build; on the development server, a module that picks the
 * groups from catalogue.<language>.ts itself, so that edits to the catalogue show at once.
 */
export function browserCatalogues(): Plugin {
  const server = resolve(import.meta.dirname, "app/i18n/catalogues.ts");
  const browser = resolve(import.meta.dirname, "app/i18n/catalogues.browser.ts");
  const noParser = resolve(import.meta.dirname, "node_modules/@formatjs/icu-messageformat-parser/lib/no-parser.js");
  const PREFIX = "virtual:catalogue-part/";
  // A file-like name, so that the client manifest lists each chunk under it (app/i18n/catalogue-preload.server.ts).
  const idOf = (language: string, part: string) => resolve(import.meta.dirname, `app/i18n/catalogue-part.${language}.${part}.js`);
  const PART_ID = /\/app\/i18n\/catalogue-part\.(en|nl)\.(public|staff)\.js$/;
  const CATALOGUES = { en: catalogueEn, nl: catalogueNl };
  let building = false;
  return {
    name: "browser-catalogues",
    enforce: "pre",
    configResolved(config) {
      building = config.command === "build";
    },
    async resolveId(source, importer, options) {
      // The parts also resolve outside the browser build, for the unit tests of catalogues.browser.ts (vitest.config.ts).
      if (source.startsWith(PREFIX)) {
        const [language, part] = source.slice(PREFIX.length).split("/");
        return idOf(language, part);
      }
      if (options?.ssr || !importer) return null;
      if (building && source === "@formatjs/icu-messageformat-parser") return noParser;
      if (!source.endsWith("catalogues")) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === server ? browser : null;
    },
    load(id) {
      const match = PART_ID.exec(id);
      if (!match) return null;
      const [, language, part] = match as unknown as [string, Language, CataloguePart];
      if (building) return `export default ${JSON.stringify(precompileMessages(cataloguePart(CATALOGUES[language], part), language))};`;
      return [
        `import { catalogue${language === "en" ? "En" : "Nl"} as catalogue } from "/app/i18n/catalogue.${language}.ts";`,
        `import { cataloguePart } from "/app/i18n/catalogue-parts.ts";`,
        `export default cataloguePart(catalogue, ${JSON.stringify(part)});`,
      ].join("\n");
    },
  };
}
