import { resolve } from "node:path";
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig, type Plugin } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";
import { defineLocalizedRoutes } from "./app/i18n/localized-routes";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

/**
 * In the browser build, app/i18n/catalogues.ts (both languages' catalogues, for the server) becomes
 * catalogues.browser.ts, which loads only the page's language (issue 20: JavaScript on a public page).
 */
function browserCatalogues(): Plugin {
  const server = resolve(import.meta.dirname, "app/i18n/catalogues.ts");
  const browser = resolve(import.meta.dirname, "app/i18n/catalogues.browser.ts");
  return {
    name: "browser-catalogues",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (options?.ssr || !importer || !source.endsWith("catalogues")) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === server ? browser : null;
    },
  };
}

export default defineConfig({
  plugins: [
    browserCatalogues(),
    remix({
      // BUILD_DIR lets parallel test runs build side by side; the default is ./build.
      buildDirectory: process.env.BUILD_DIR ?? "build",
      // Every page again under /en/ and /nl/ (decision record 010).
      routes: async (defineRoutes) => defineRoutes((route) => defineLocalizedRoutes(route, "app/routes")),
      ignoredRouteFiles: ["**/*.test.ts", "**/*.test.tsx", "**/*.server.ts"],
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
    tsconfigPaths(),
  ],
  // The manifest tells the server which chunk holds each language's catalogue, to preload it (app/i18n/catalogue-preload.server.ts).
  build: { target: "es2022", manifest: true },
});
