/**
 * Field builders shared by the entry, procurement and data-declaration schemas.
 * One shape is written once and built three ways:
 *  - loose: types only, used to sanitize drafts (nothing valid is ever lost);
 *  - draft: types and maximum lengths, reported as warnings on a draft;
 *  - submit: formats and rules as well, required before review.
 * Number fields accept the raw string in drafts so a mistyped value is kept.
 */
import { z } from "zod";
import { problem } from "~/i18n/problem";
import { LIMITS, type FieldMeta } from "./standard";

export type Num = z.ZodNumber | z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;

export type Kit<N extends Num> = {
  mode: "loose" | "draft" | "submit";
  text: (max: number) => z.ZodOptional<z.ZodString>;
  url: () => z.ZodOptional<z.ZodString>;
  month: () => z.ZodOptional<z.ZodString>;
  day: () => z.ZodOptional<z.ZodString>;
  count: () => z.ZodOptional<N>;
  amount: () => z.ZodOptional<N>;
  list: <T extends z.ZodType>(item: T, max: number) => z.ZodOptional<z.ZodArray<T>>;
};

export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === "https:" || u.protocol === "http:";
  } catch {
    return false;
  }
}

// A host name with at least one dot (example.org, www.example.org:8080), then a path, query or nothing.
const BARE_HOST = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?([/?#]|$)/u;

/** A web address typed without its scheme (`example.org/x`) gets `https://`; anything else is left as it is. */
export function withScheme(value: string): string {
  const trimmed = value.trim();
  if (trimmed.startsWith("//")) return `https:${trimmed}`;
  return BARE_HOST.test(trimmed) && !/\s/.test(trimmed) ? `https://${trimmed}` : value;
}

export function isValidDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function isValidMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

const tooLong = (max: number) => problem("forms.validation.tooLong", { max });
const numOrRaw = () => z.union([z.number(), z.string()]);

export const looseKit: Kit<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>> = {
  mode: "loose",
  text: () => z.string().optional(),
  url: () => z.string().overwrite(withScheme).optional(),
  month: () => z.string().optional(),
  day: () => z.string().optional(),
  count: () => numOrRaw().optional(),
  amount: () => numOrRaw().optional(),
  list: (item) => z.array(item).optional(),
};

export const draftKit: Kit<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>> = {
  mode: "draft",
  text: (max) => z.string().max(max, tooLong(max)).optional(),
  url: () => z.string().overwrite(withScheme).max(LIMITS.url, tooLong(LIMITS.url)).optional(),
  month: () => z.string().max(20).optional(),
  day: () => z.string().max(20).optional(),
  count: () => numOrRaw().optional(),
  amount: () => numOrRaw().optional(),
  list: (item, max) => z.array(item).max(max, problem("standard.validation.chooseOrAddAtMost", { max })).optional(),
};

const numberError = { error: problem("standard.validation.number") };

export const submitKit: Kit<z.ZodNumber> = {
  mode: "submit",
  text: (max) => z.string().trim().max(max, tooLong(max)).optional(),
  url: () =>
    z.string().trim().overwrite(withScheme).max(LIMITS.url, tooLong(LIMITS.url)).refine(isHttpUrl, problem("standard.validation.webAddress")).optional(),
  month: () => z.string().trim().refine(isValidMonth, problem("standard.validation.month")).optional(),
  day: () => z.string().trim().refine(isValidDay, problem("standard.validation.day")).optional(),
  count: () => z.number(numberError).int(problem("standard.validation.wholeNumber")).min(0, problem("standard.validation.notNegative")).optional(),
  amount: () => z.number(numberError).min(0, problem("standard.validation.notNegative")).optional(),
  list: (item, max) => z.array(item).max(max, problem("standard.validation.chooseOrAddAtMost", { max })).optional(),
};

/** The schema of a plain field of the standard (one with an `input` kind), built with a kit. */
export function plainLeaf<N extends Num>(k: Kit<N>, meta: FieldMeta): z.ZodOptional<z.ZodString> | z.ZodOptional<N> {
  switch (meta.input) {
    case "line":
    case "paragraph":
      return k.text(meta.max ?? LIMITS.longText);
    case "url":
      return k.url();
    case "month":
      return k.month();
    case "day":
      return k.day();
    case "count":
      return k.count();
    default:
      throw new Error(`A field of section "${meta.section}" without an input kind is not a plain field`);
  }
}

/** The slugs of a vocabulary list, as a tuple for `z.enum`. */
export const slugsOf = <T extends readonly { slug: string }[]>(list: T) => list.map((x) => x.slug) as unknown as [T[number]["slug"], ...T[number]["slug"][]];

export type Dropped = { path: string; message: string };

const DROP = Symbol("drop");

/**
 * Parse `input` with a types-only schema, removing each value that has the
 * wrong type (and nothing else). Returns the parsed data and what was removed.
 */
export function parseDroppingInvalid<T>(schema: z.ZodType<T>, input: unknown): { data: T; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  const seen = new Set<string>();
  let value: unknown = stripNulls(input);
  for (let attempt = 0; attempt < 10; attempt++) {
    const result = schema.safeParse(value);
    if (result.success) return { data: result.data, dropped };
    for (const issue of expandKeyIssues(result.error.issues)) {
      const path = issue.path.map(String);
      if (path.length === 0) {
        dropped.push({ path: "", message: issue.message });
        value = {};
        break;
      }
      // A path that fails again (e.g. a required key) takes its parent with it.
      const target = seen.has(path.join(".")) ? issue.path.slice(0, -1) : issue.path;
      if (target.length === 0) {
        value = {};
        break;
      }
      seen.add(path.join("."));
      dropped.push({ path: target.map(String).join("."), message: issue.message });
      markDropped(value, target);
    }
    value = compact(value);
  }
  throw new Error("Could not sanitize the value");
}

// An unknown record key is reported on the record itself: point at the key so only it goes.
function expandKeyIssues(issues: readonly z.core.$ZodIssue[]): { path: PropertyKey[]; message: string }[] {
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: [...issue.path, key], message: problem("forms.validation.unknownOption") }))
      : [{ path: issue.path, message: issue.message }],
  );
}

function markDropped(root: unknown, path: readonly PropertyKey[]): void {
  let node = root as Record<PropertyKey, unknown>;
  for (const key of path.slice(0, -1)) {
    if (node == null || typeof node !== "object") return;
    node = node[key] as Record<PropertyKey, unknown>;
  }
  if (node != null && typeof node === "object") node[path[path.length - 1]] = DROP;
}

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== DROP).map(compact);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== DROP) out[k] = compact(v);
    return out;
  }
  return value;
}

/** JSON null means "not filled in"; drafts store that as a missing key. */
export function stripNulls(value: unknown): unknown {
  if (value === null) return undefined;
  if (Array.isArray(value)) return value.filter((v) => v !== null).map(stripNulls);
  if (typeof value === "object" && value !== undefined) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = stripNulls(v);
    return out;
  }
  return value;
}
