/**
 * Form posts to entry values: form values are strings, string lists and booleans under dotted
 * names; the document has numbers, booleans, nested objects and no empty strings.
 */
import { FIELDS, type FieldKey } from "./standard";

// Paths with array indices written as `*`.
const BOOLEAN_PATHS = new Set(["selfLearning", "euAiAct.highRisk", "euAiAct.restrictedSection", "procurement.inHouse"]);
const NUMBER_PATHS = new Set<string>([...(Object.keys(FIELDS) as FieldKey[]).filter((k) => FIELDS[k].input === "count"), "procurement.contractValue"]);
const LIST_PATHS = new Set(["themes", "tags", "lifeEvents", "dataDeclarations.*.categories"]);
const UNSAFE_KEYS = new Set(["__proto__", "prototype", "constructor"]);
const MAX_ROW_INDEX = 999;

const TRUE_VALUES = new Set(["on", "true", "1", "yes"]);
const FALSE_VALUES = new Set(["off", "false", "0", "no"]);

type Tree = { [key: string]: unknown };

/** Build the nested values of a form post; keys outside `allowedKeys` are ignored. */
export function formToValues(form: FormData | URLSearchParams, allowedKeys: readonly string[]): unknown {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue; // file uploads are not part of an entry
    grouped.set(key, [...(grouped.get(key) ?? []), value]);
  }
  const allowed = new Set(allowedKeys);
  const root: Tree = {};
  for (const [key, values] of grouped) {
    const segments = key.split(".");
    if (!allowed.has(segments[0]) || segments.some((s) => s === "" || UNSAFE_KEYS.has(s))) continue;
    if (segments.some((s) => /^\d+$/.test(s) && Number(s) > MAX_ROW_INDEX)) continue;
    setPath(root, segments, values.length === 1 ? values[0] : values);
  }
  return normalizeFormValues(root);
}

function setPath(root: Tree, segments: string[], value: unknown) {
  let node: Tree = root;
  segments.forEach((segment, i) => {
    if (i === segments.length - 1) {
      node[segment] = value;
      return;
    }
    const nextIsIndex = /^\d+$/.test(segments[i + 1]);
    if (node[segment] === undefined || typeof node[segment] !== "object") node[segment] = nextIsIndex ? [] : {};
    node = node[segment] as Tree;
  });
}

/**
 * Turn form values (from a form post or react-hook-form) into document values:
 * empty strings become missing, numbers and booleans are parsed, empty rows
 * are removed. A number that cannot be read is kept as typed, for the editor to fix.
 */
export function normalizeFormValues(values: unknown): unknown {
  return normalize(values, []);
}

function normalize(value: unknown, path: string[]): unknown {
  const pattern = path.map((s) => (/^\d+$/.test(s) ? "*" : s)).join(".");
  if (LIST_PATHS.has(pattern)) return toList(value, pattern === "tags");
  if (BOOLEAN_PATHS.has(pattern)) return toBoolean(value);
  if (NUMBER_PATHS.has(pattern)) return toNumber(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    // The same text input posted twice: the last one wins.
    if (value.every((v) => typeof v === "string")) return normalize(value.at(-1), path);
    const rows = value.flatMap((row, i) => {
      if (row === undefined) return []; // gaps left by skipped row numbers
      const normalized = normalize(row, [...path, String(i)]);
      return normalized === undefined ? [] : [normalized];
    });
    return rows.length ? rows : undefined;
  }
  if (value && typeof value === "object") {
    const out: Tree = {};
    for (const [key, v] of Object.entries(value)) {
      const normalized = normalize(v, [...path, key]);
      if (normalized !== undefined) out[key] = normalized;
    }
    return Object.keys(out).length === 0 && path.length > 0 ? undefined : out;
  }
  if (typeof value === "string") {
    const text = value.replace(/\r\n?/g, "\n"); // browsers post CRLF; limits count a line break once
    return text.trim() === "" ? undefined : text;
  }
  return value;
}

function toList(value: unknown, splitCommas: boolean): string[] | undefined {
  const raw = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
  const items = raw.flatMap((v) => (splitCommas ? v.split(/[,\n]/) : [v])).map((v) => v.trim());
  const unique = [...new Set(items.filter(Boolean))];
  return unique.length ? unique : undefined;
}

function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  const raw = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
  const answers = raw.map((v) => v.trim().toLowerCase()).filter((v) => TRUE_VALUES.has(v) || FALSE_VALUES.has(v));
  if (answers.length === 0) return undefined;
  return answers.some((v) => TRUE_VALUES.has(v));
}

function toNumber(value: unknown): number | string | undefined {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  const compact = trimmed.replace(/[\s_\u00a0]/g, "");
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : trimmed;
}
