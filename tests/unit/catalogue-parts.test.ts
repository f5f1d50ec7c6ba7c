import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { catalogueEn } from "~/i18n/catalogue.en";
import { catalogueNl } from "~/i18n/catalogue.nl";
import { cataloguePart, STAFF_GROUPS } from "~/i18n/catalogue-parts";
import { precompileMessages } from "~/i18n/precompile";
import { createTranslator, PRECOMPILED } from "~/i18n/translator";
import { checkRouteSource, functionCallsGuard, guardFunctions, moduleFile, withWrappers } from "../support/guard-check";
import { ROOT } from "../support/paths";

// Public pages load only the public groups of the catalogue; the groups in STAFF_GROUPS reach the
// browser only for a signed-in person (app/i18n/catalogue-parts.ts). A public page that read one of
// them would show nothing (or fail) where its words should be, and only in the browser, after a
// client-side navigation — so this test follows every public route module's imports (the code the
// browser gets for it) and fails if any of them reads a staff-only group.

const APP = join(ROOT, "app");
const ROUTES = join(APP, "routes");
const parse = (file: string) =>
  ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

function serverModules(dir = APP): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === "generated" || f === "routes" ? [] : serverModules(p);
    return /\.server\.tsx?$/.test(f) ? [p] : [];
  });
}

const GUARDS = withWrappers(
  new Set([...guardFunctions(readFileSync(join(APP, "auth/guards.server.ts"), "utf8")), "requireApiClient"]),
  serverModules().map((fileName) => ({ fileName, source: readFileSync(fileName, "utf8") })),
);

/** Route modules with a page that someone not signed in may open: a component, and a loader without a guard (or none). */
function publicPageRoutes(): string[] {
  return readdirSync(ROUTES)
    .filter((f) => /\.tsx$/.test(f) && !f.includes(".test."))
    .map((f) => join(ROUTES, f))
    .filter((file) => {
      const source = readFileSync(file, "utf8");
      if (!/export\s+default\s/.test(source)) return false;
      const loader = checkRouteSource(source, file, GUARDS, ({ from, name }) => {
        const target = moduleFile(APP, from, file);
        return !!target && functionCallsGuard(target, name, GUARDS);
      }).find((h) => h.handler === "loader");
      return !loader?.guarded;
    });
}

/** `file` and every module of the app it imports, directly or not, that the browser gets: no `.server` modules, no type-only imports. */
function browserModules(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const statement of parse(file).statements) {
    const from =
      (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) || (ts.isExportDeclaration(statement) && !statement.isTypeOnly)
        ? statement.moduleSpecifier
        : undefined;
    if (!from || !ts.isStringLiteral(from) || !/^(~\/|\.)/.test(from.text) || /\.server(\.|$)/.test(from.text)) continue;
    const target = moduleFile(APP, from.text, file);
    if (target && /\.(ts|tsx)$/.test(target)) browserModules(target, seen);
  }
  return seen;
}

/** Where `file` reads a staff-only group (`t.bulk`, `textFor(l).dashboard`, `const { imports } = t`), as "file:line group". */
function staffGroupReads(file: string): string[] {
  const staff = new Set<string>(STAFF_GROUPS);
  const source = parse(file);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    // A group is read from the words themselves (`t.bulk`, `useT().bulk`), not from one of their groups (`t.nav.dashboard`).
    const name = ts.isPropertyAccessExpression(node)
      ? ts.isPropertyAccessExpression(node.expression)
        ? undefined
        : node.name.text
      : ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)
        ? (node.propertyName ?? node.name).getText(source)
        : undefined;
    if (name && staff.has(name)) found.push(`${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${name}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the catalogue's staff-only groups", () => {
  const routes = publicPageRoutes();

  it("finds the public pages, and not the staff pages", () => {
    const names = routes.map((f) => relative(ROUTES, f));
    expect(names).toEqual(expect.arrayContaining(["_index.tsx", "algorithms.$id.tsx", "algorithms._index.tsx", "login.tsx"]));
    expect(names).not.toContain("dashboard.tsx");
    expect(names).not.toContain("entries.bulk.tsx");
  });

  it("are read by no public page nor anything it imports (the root layout included)", () => {
    const modules = new Set([...routes, join(APP, "root.tsx")].flatMap((route) => [...browserModules(route)]));
    expect(modules.size).toBeGreaterThan(routes.length);
    expect([...modules].flatMap(staffGroupReads)).toEqual([]);
  });

  it("are found where a staff page reads them", () => {
    expect(staffGroupReads(join(ROUTES, "dashboard.tsx"))).toEqual(expect.arrayContaining([expect.stringMatching(/dashboard\.tsx:\d+ dashboard$/)]));
    expect([...browserModules(join(ROUTES, "entries.bulk.tsx"))].flatMap(staffGroupReads)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^app\/bulk\/.*:\d+ bulk$/)]),
    );
  });

  it("and the public groups together make up each language's whole catalogue", () => {
    for (const catalogue of [catalogueEn, catalogueNl]) {
      const publicGroups = cataloguePart(catalogue, "public");
      const staffGroups = cataloguePart(catalogue, "staff");
      expect(Object.keys(staffGroups).sort()).toEqual([...STAFF_GROUPS].sort());
      expect(Object.keys(publicGroups).some((group) => group in staffGroups)).toBe(false);
      expect({ ...publicGroups, ...staffGroups }).toEqual(catalogue);
    }
  });
});

describe("messages parsed at build time", () => {
  it("format as the same messages parsed in the browser would, in both languages", () => {
    for (const [language, catalogue] of [
      ["en", catalogueEn],
      ["nl", catalogueNl],
    ] as const) {
      const message = catalogue.discovery.search.results;
      const precompiled = precompileMessages({ message, plain: "no arguments" }, language) as Record<string, unknown>;
      expect(precompiled.plain).toBe("no arguments");
      expect(precompiled.message).toEqual({ [PRECOMPILED]: expect.any(Array) });
      const fromAst = createTranslator(language, precompiled as { message: string }) as unknown as { message: (v: object) => string };
      const fromString = createTranslator(language, { message }) as unknown as { message: (v: object) => string };
      for (const count of [0, 1, 2, 1234]) expect(fromAst.message({ count })).toBe(fromString.message({ count }));
      expect(fromAst.message({ count: 2 })).toMatch(/2/);
    }
  });
});
