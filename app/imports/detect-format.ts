/**
 * Tells which import format a file is from its content, so that choosing the wrong format refuses the whole
 * file with one message instead of failing every record. Decided by the shape each source's `records()` reads
 * (the Dutch listing's `algoritmes`, the UK listing's `records`, otherwise Dutch standard 1.0 objects), and for
 * a bare object or list by the fields its records carry.
 */
import { nlStandardSchema } from "~/entries/nl-standard";
import { textFor, type Text } from "~/i18n/text";
import type { ImportFormat } from "./formats";
import { isPlainObject } from "./text";

export type Detection = { format: ImportFormat } | { format: null; found: string };

/** The chosen format does not fit the file: `detected` is the format it looks like, or null with what was found. */
export type FormatMismatch = { chosen: ImportFormat; detected: ImportFormat | null; found?: string };

type RecordKind = ImportFormat;

const LISTING_KEYS = ["id", "title", "organisatie", "status", "doel", "juridische_basis", "impactassessment", "geregistreerd", "toegevoegd", "url"];
const UK_KEYS = ["publishing_body", "tool_name", "title", "url", "published", "description", "listed_organisations"];
const STANDARD_KEYS = [...Object.keys(nlStandardSchema.shape), "publication_dt"];

/** Only the keys one kind of record has count: `url`, `status` and `title` are in more than one. */
const DISTINCT: Record<RecordKind, Set<string>> = (() => {
  const all = { "nl-1.0": STANDARD_KEYS, "nl-listing": LISTING_KEYS, "uk-atrs-listing": UK_KEYS };
  const others = (kind: RecordKind) => Object.entries(all).flatMap(([k, keys]) => (k === kind ? [] : keys));
  return Object.fromEntries(Object.entries(all).map(([kind, keys]) => [kind, new Set(keys.filter((k) => !others(kind as RecordKind).includes(k)))])) as Record<
    RecordKind,
    Set<string>
  >;
})();

/** The kind of record whose own fields the items carry most, or null when they carry none. */
function recordKind(items: unknown[]): RecordKind | null {
  const score: Record<RecordKind, number> = { "nl-1.0": 0, "nl-listing": 0, "uk-atrs-listing": 0 };
  for (const item of items) {
    if (!isPlainObject(item)) continue;
    for (const key of Object.keys(item)) for (const kind of Object.keys(score) as RecordKind[]) if (DISTINCT[kind].has(key)) score[kind]++;
  }
  const [best, points] = Object.entries(score).sort((a, b) => b[1] - a[1])[0];
  return points > 0 ? (best as RecordKind) : null;
}

/** The most common fields of the items, for saying what a file holds. */
function commonKeys(items: unknown[], max = 8): string[] {
  const counts = new Map<string, number>();
  for (const item of items) if (isPlainObject(item)) for (const key of Object.keys(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([key]) => key);
}

function describe(json: unknown, t: Text): string {
  const f = t.imports.found;
  if (Array.isArray(json)) {
    if (!json.length) return f.emptyList;
    const kind = recordKind(json);
    // Records of a listing without the object around them: say so, since the fix is in the file.
    if (kind && kind !== "nl-1.0")
      return f.bareListingRecords({ count: json.length, source: t.imports.sources[kind], key: kind === "nl-listing" ? "algoritmes" : "records" });
    const keys = commonKeys(json);
    return keys.length ? f.listOfObjects({ count: json.length, keys: keys.join(", ") }) : f.listOfValues({ count: json.length });
  }
  if (isPlainObject(json)) {
    const keys = Object.keys(json);
    return keys.length ? f.object({ keys: keys.slice(0, 8).join(", ") }) : f.emptyObject;
  }
  return f.value({ type: json === null ? "null" : typeof json });
}

/** Which format the parsed JSON of a file is in, or what it holds (in `t`'s language) when it is in none. */
export function detectImportFormat(json: unknown, t: Text = textFor("en")): Detection {
  if (isPlainObject(json) && Array.isArray(json.algoritmes)) return { format: "nl-listing" };
  if (isPlainObject(json) && Array.isArray(json.records)) return { format: "uk-atrs-listing" };
  const items = Array.isArray(json) ? json : isPlainObject(json) ? [json] : [];
  if (recordKind(items) === "nl-1.0") return { format: "nl-1.0" };
  return { format: null, found: describe(json, t) };
}

/** Why the file cannot be imported as the chosen format, or null when it fits. */
export function formatMismatch(chosen: ImportFormat, json: unknown, t: Text = textFor("en")): FormatMismatch | null {
  // An empty list is an empty Dutch standard 1.0 file: nothing to import, nothing to refuse.
  if (chosen === "nl-1.0" && Array.isArray(json) && json.length === 0) return null;
  const detection = detectImportFormat(json, t);
  if (detection.format === chosen) return null;
  return detection.format ? { chosen, detected: detection.format } : { chosen, detected: null, found: detection.found };
}

/** The column names when the text is CSV (a first line of two or more separated names), else null. */
export function csvColumns(text: string): string[] | null {
  const first = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/, 1)[0]
    .trim();
  if (!first || first.startsWith("{") || first.startsWith("[")) return null;
  const separator = [",", ";", "\t"].find((s) => first.includes(s));
  if (!separator) return null;
  const columns = first.split(separator).map((c) => c.trim().replace(/^"(.*)"$/, "$1"));
  return columns.length >= 2 && columns.every((c) => c.length > 0 && c.length <= 100) ? columns : null;
}

/**
 * The one message for a mismatch, in `t`'s language. `choice` names how to choose a format where the message
 * is read: the option's label on the admin page, `--format …` on the command line.
 */
export function mismatchMessage(mismatch: FormatMismatch, choice: (format: ImportFormat) => string, t: Text = textFor("en")): string {
  const { sources } = t.imports;
  if (mismatch.detected)
    return t.imports.looksLike({ detected: sources[mismatch.detected], chosen: sources[mismatch.chosen], choice: choice(mismatch.detected) });
  return t.imports.noSupportedFormat({ found: mismatch.found ?? "" });
}
