import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";
import { browserCatalogues } from "./vite.browser-catalogues";

export default defineConfig({
  plugins: [tsconfigPaths(), browserCatalogues()],
  test: {
    include: ["app/**/*.test.ts", "app/**/*.test.tsx", "tests/unit/**/*.test.ts", "content/**/*.test.ts", "scripts/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/worker-setup.ts"],
    pool: "forks",
    testTimeout: 20000,
    hookTimeout: 60000,
  },
});
