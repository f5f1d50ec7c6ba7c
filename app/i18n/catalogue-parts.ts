/**
 * The browser gets the message catalogue in two parts (issue 20: JavaScript on a public page): the
 * public part, loaded on every page, and the staff part, loaded only for a signed-in person
 * (catalogues.browser.ts). catalogue.en.ts / catalogue.nl.ts stay the one source people edit; the
 * split is by top-level group name, declared here once. The server always has everything.
 *
 * A group belongs here only if no page an anonymous visitor can open reads it: a public page would
 * otherwise miss those words. tests/unit/catalogue-parts.test.ts follows every public route
 * module's imports and fails if one of them reads a group from this list.
 */
import type { Catalogue } from "./catalogue.en";

export const STAFF_GROUPS = [
  "aanleverApi",
  "apiClients",
  "bulk",
  "dashboard",
  "filingApi",
  "imports",
  "notifications",
] as const satisfies readonly (keyof Catalogue)[];

export type CataloguePart = "public" | "staff";

const STAFF: ReadonlySet<string> = new Set(STAFF_GROUPS);

/** The groups of `catalogue` that are in `part`. */
export function cataloguePart<C extends object>(catalogue: C, part: CataloguePart): Partial<C> {
  return Object.fromEntries(Object.entries(catalogue).filter(([group]) => STAFF.has(group) === (part === "staff"))) as Partial<C>;
}
