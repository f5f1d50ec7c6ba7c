import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/paths";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("the message catalogues", () => {
  it("reach pages, loaders and server modules only through the language of the request (useT, textOf, textFor)", () => {
    const direct = [...sourceFiles(join(ROOT, "app")), ...sourceFiles(join(ROOT, "scripts"))]
      .map((path) => relative(ROOT, path))
      .filter((path) => !path.startsWith("app/i18n/"))
      // A type (the catalogue's shape) may be imported; text may not.
      .filter((path) => /^import (?!type )[^;]*from "~\/i18n\/(en|[\w-]+\.(en|nl))"/m.test(readFileSync(join(ROOT, path), "utf8")));
    expect(direct).toEqual([]);
  });
});

describe("choosing a language", () => {
  it("keeps the negotiation libraries out of modules the browser loads (only *.server modules import them)", () => {
    const importers = sourceFiles(join(ROOT, "app"))
      .map((path) => relative(ROOT, path))
      .filter((path) => /^import [^;]*from "(negotiator|@formatjs\/intl-localematcher)"/m.test(readFileSync(join(ROOT, path), "utf8")));
    expect(importers).toEqual(["app/i18n/negotiate-language.server.mjs"]);
  });
});
