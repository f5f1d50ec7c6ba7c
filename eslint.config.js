// ESLint 9 flat config. Syntax-only typescript-eslint presets: the type-checked ones cost minutes
// on a small machine and `tsc --noEmit` already runs in `npm test`. Formatting is Prettier's job.
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["build/", "app/generated/", "tests/support/generated/", "node_modules/", "tests/.tmp/", "bench/.tmp/", "data/", ".cache/"] },
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { react, "react-hooks": reactHooks },
    languageOptions: { parserOptions: react.configs.flat.recommended.languageOptions.parserOptions },
    settings: { react: { version: "18.3" } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat["jsx-runtime"].rules,
      // The two classic hooks rules only: the plugin's React Compiler checks (its "recommended" set) found
      // nothing here but doubled the lint time, most of it compiling every component.
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  { files: ["**/*.tsx"], ...jsxA11y.flatConfigs.recommended },
  { files: ["**/*.{js,mjs}"], languageOptions: { globals: globals.node } },
  {
    rules: {
      // `_name` marks a value taken only to be left out: the code's convention for a property dropped
      // by destructuring with a rest, or a parameter Express needs to see (an error handler's `_next`).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
);
