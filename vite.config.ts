import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";
import { defineLocalizedRoutes } from "./app/i18n/localized-routes";
import { browserCatalogues } from "./vite.browser-catalogues";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
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
