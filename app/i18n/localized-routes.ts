/**
 * Every page of the register under each language prefix (`/nl/algorithms`, `/en/algorithms`), using
 * the same route modules as the unprefixed addresses. Static prefixes rather than an optional
 * `($lang)` segment: a dynamic first segment would compete with `/organisations/:slug` and the
 * like. Files, downloads, feeds and the API have no language prefix (decision record 010).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { LANGUAGES } from "./languages.mjs";

type DefineRoute = (path: string | undefined, file: string, options: { id: string }) => void;

/** Route files that answer with data, not a page: no language prefix. */
export function isPageRoute(file: string): boolean {
  if (!file.endsWith(".tsx") || file.includes(".test.")) return false;
  const name = file.replace(/\.tsx$/, "");
  return !name.includes("[.") && !name.startsWith("api.") && name !== "logout";
}

/** The URL path of a flat route file name (`algorithms.$id_.history` → `algorithms/:id/history`); undefined for an index. */
export function routePath(name: string): string | undefined {
  const segments: string[] = [];
  let current = "";
  let escaped = false;
  for (const ch of name) {
    if (ch === "[") escaped = true;
    else if (ch === "]") escaped = false;
    else if (ch === "." && !escaped) {
      segments.push(current);
      current = "";
    } else current += ch;
  }
  segments.push(current);
  const parts = segments
    .filter((s) => s !== "_index")
    .map((s) => s.replace(/_$/, ""))
    .map((s) => (s === "$" ? "*" : s.startsWith("$") ? `:${s.slice(1)}` : s));
  return parts.length ? parts.join("/") : undefined;
}

export function defineLocalizedRoutes(route: DefineRoute, routesDir: string): void {
  const files = readdirSync(routesDir).filter(isPageRoute).sort();
  for (const language of LANGUAGES) {
    for (const file of files) {
      const name = file.replace(/\.tsx$/, "");
      const path = routePath(name);
      route(path ? `${language}/${path}` : language, join("routes", file), { id: `${language}/${name}` });
    }
  }
}
