// The browser build's catalogue parts (vite.browser-catalogues.ts), for the unit tests of app/i18n/catalogues.browser.ts.
import { browserCatalogues } from "./vite.browser-catalogues";
import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";
import { configDefaults } from "vitest/config";
import { excludedOnPostgres } from "./tests/postgres-exclusions.mjs";

// TEST_ENGINE=postgresql: the same files on a throwaway PostgreSQL cluster (tests/support/global-setup.ts),
// less those tests/postgres-exclusions.mjs lists with a reason.
const postgres = process.env.TEST_ENGINE === "postgresql";

export default defineConfig({
  plugins: [tsconfigPaths(), browserCatalogues()],
  test: {
    include: ["app/**/*.test.ts", "app/**/*.test.tsx", "tests/unit/**/*.test.ts", "content/**/*.test.ts", "scripts/**/*.test.ts"],
    exclude: [...configDefaults.exclude, ...(postgres ? excludedOnPostgres() : [])],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/worker-setup.ts"],
    pool: "forks",
    testTimeout: 20000,
    hookTimeout: 60000,
  },
});
