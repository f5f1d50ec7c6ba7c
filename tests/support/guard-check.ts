import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import ts from "typescript";

type RouteHandler = "loader" | "action";
export type HandlerCheck = { handler: RouteHandler; guarded: boolean };

const parse = (source: string, fileName: string) =>
  ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The names of the functions a piece of code calls directly (`f()`, `await f()`, `x.f()` counts as `f`). */
function calledNames(node: ts.Node): Set<string> {
  const names = new Set<string>();
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      if (ts.isIdentifier(callee)) names.add(callee.text);
      else if (ts.isPropertyAccessExpression(callee)) names.add(callee.name.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return names;
}

/** Top-level functions of a module by name: `function f() {}` and `const f = () => {}` / `= function () {}`. */
function functionsOf(file: ts.SourceFile): Map<string, { node: ts.Node; exported: boolean }> {
  const out = new Map<string, { node: ts.Node; exported: boolean }>();
  for (const st of file.statements) {
    if (ts.isFunctionDeclaration(st) && st.name) out.set(st.name.text, { node: st, exported: isExported(st) });
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) {
          out.set(d.name.text, { node: d.initializer, exported: isExported(st) });
        }
      }
    }
  }
  return out;
}

/** The guard functions: everything guards.server.ts exports whose name says it throws (require…, assert…). */
export function guardFunctions(guardsSource: string): Set<string> {
  const names = [...functionsOf(parse(guardsSource, "guards.server.ts"))]
    .filter(([name, f]) => f.exported && /^(require|assert)[A-Z]/.test(name))
    .map(([name]) => name);
  return new Set(names);
}

/** Adds the exported functions of other modules that call a guard themselves (requireEditableEntry and the like), until nothing changes. */
export function withWrappers(guards: Set<string>, modules: Array<{ source: string; fileName: string }>): Set<string> {
  const all = new Set(guards);
  const exported = modules.flatMap(({ source, fileName }) => [...functionsOf(parse(source, fileName))].filter(([, f]) => f.exported));
  for (let grown = true; grown;) {
    grown = false;
    for (const [name, f] of exported) {
      if (all.has(name)) continue;
      if ([...calledNames(f.node)].some((n) => all.has(n))) {
        all.add(name);
        grown = true;
      }
    }
  }
  return all;
}

type ReExport = { handler: RouteHandler; from: string; name: string };

/**
 * Which of a route module's exported loader and action call a guard, directly or through a function
 * of the same module. `resolveReExport` answers for `export { x as loader } from "…"`.
 */
export function checkRouteSource(source: string, fileName: string, guards: Set<string>, resolveReExport?: (r: ReExport) => boolean): HandlerCheck[] {
  const file = parse(source, fileName);
  const local = functionsOf(file);
  const guardedLocal = new Map<string, boolean>();
  const callsGuard = (node: ts.Node, seen: Set<string>): boolean =>
    [...calledNames(node)].some((n) => guards.has(n) || (local.has(n) && !seen.has(n) && callsGuard(local.get(n)!.node, new Set([...seen, n]))));
  const results: HandlerCheck[] = [];
  for (const handler of ["loader", "action"] as const) {
    const fn = local.get(handler);
    if (fn?.exported) {
      guardedLocal.set(handler, callsGuard(fn.node, new Set([handler])));
      results.push({ handler, guarded: guardedLocal.get(handler)! });
    }
  }
  for (const st of file.statements) {
    if (!ts.isExportDeclaration(st) || !st.exportClause || !ts.isNamedExports(st.exportClause)) continue;
    for (const el of st.exportClause.elements) {
      const handler = el.name.text;
      if (handler !== "loader" && handler !== "action") continue;
      const name = (el.propertyName ?? el.name).text;
      if (st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
        results.push({ handler, guarded: resolveReExport?.({ handler, from: st.moduleSpecifier.text, name }) ?? false });
      } else {
        const fn = local.get(name);
        results.push({ handler, guarded: !!fn && callsGuard(fn.node, new Set([name])) });
      }
    }
  }
  return results;
}

/** Resolves "~/x/y" (and relative paths) to a file under app/, for following re-exports. */
export function moduleFile(appDir: string, from: string, importer: string): string | null {
  const base = from.startsWith("~/") ? join(appDir, from.slice(2)) : resolve(dirname(importer), from);
  return [`${base}.ts`, `${base}.tsx`, base].find((p) => existsSync(p) && statSync(p).isFile()) ?? null;
}

export function functionCallsGuard(file: string, name: string, guards: Set<string>): boolean {
  const f = functionsOf(parse(readFileSync(file, "utf8"), file)).get(name);
  return !!f && [...calledNames(f.node)].some((n) => guards.has(n));
}
