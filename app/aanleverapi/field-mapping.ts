/**
 * Between the Dutch filing API's algorithm objects (AlgorithmIn, v1_0__Algorithm, AlgorithmSummary of
 * content/aanleverapi/openapi-v1_0.json) and this register's entries. Built on the standard's single field
 * declaration (app/entries/standard.ts: each field's `nl` key) through the Dutch standard 1.0 import and
 * export (app/entries/nl-standard.ts), which read the same declaration: no second list of fields here.
 * What this profile adds: `lars` is always this register's 8-digit public id, the organisation name comes
 * from the register, and fields the register cannot store are reported, never guessed.
 */
import document from "~content/aanleverapi/openapi-v1_0.json";
import { fromNlStandard, IN_HOUSE_PROVIDER, toNlStandard } from "~/entries/nl-standard";
import type { EntryDraft } from "~/entries/entry-schema";
import { FIELDS, missingMessage, type FieldKey } from "~/entries/standard";
import type { EntryState } from "~/entries/workflow";
import { problem } from "~/i18n/problem";

export const AANLEVERAPI_DOCUMENT = document;

type Schemas = typeof document.components.schemas;
const schemas = document.components.schemas as Schemas;

/** The keys of AlgorithmIn, from the document. */
export const ALGORITHM_IN_KEYS = Object.keys(schemas.AlgorithmIn.properties);
/** The keys AlgorithmIn requires, from the document. */
export const REQUIRED_KEYS = schemas.AlgorithmIn.required;
/** The languages the document allows for `lang`. */
const ALLOWED_LANGS: readonly string[] = schemas.v1_0__EnumLang.enum;

/** The values the document allows for a key of AlgorithmIn that is an enum (or a list of one), read from the document. */
function allowedValues(key: string): string[] {
  const property = (schemas.AlgorithmIn.properties as Record<string, { $ref?: string; anyOf?: { $ref?: string; items?: { $ref?: string } }[] }>)[key];
  const ref = property?.$ref ?? property?.anyOf?.map((a) => a.$ref ?? a.items?.$ref).find(Boolean);
  const name = ref?.split("/").pop();
  return name ? ((schemas as Record<string, { enum?: string[] }>)[name]?.enum ?? []) : [];
}

/**
 * A problem the Dutch standard import reports (in English, for import reports) in the web form's words as a
 * catalogue reference, so that it is shown in the request's language; a problem it has no words for stays as it is.
 */
function inFormWords(key: string, text: string): string {
  if (text.includes("is not a value the standard allows") || text.includes("is not 1.0") || text.includes("is not a language code")) {
    const allowed = key === "standard_version" ? ["1.0"] : allowedValues(key);
    return problem("aanleverApi.notAllowed", { allowed: allowed.join(", ") });
  }
  if (text.includes("is not a web address")) return problem("standard.validation.webAddress");
  if (text.includes("is not a month written as YYYY-MM")) return problem("standard.validation.month");
  const longer = text.match(/is longer than (\d+) characters/);
  if (longer) return problem("forms.validation.tooLong", { max: Number(longer[1]) });
  const themes = text.match(/more than (\d+) themes/);
  if (themes) return problem("standard.validation.chooseOrAddAtMost", { max: Number(themes[1]) });
  return text;
}

/**
 * Keys of the document this register does not store from a request: `organization` (the register has the
 * organisation's name), `lars` (the register assigns it), `publication_dt` (set when published) and
 * `standard_version` (always 1.0). `provider` is not stored when it names an outside supplier: suppliers
 * are records of their own in this register, and a name alone is not one.
 */
const NEVER_STORED = ["organization", "lars", "publication_dt", "standard_version"] as const;

/** The entry field whose Dutch key is `nl` (the first part of a field path). */
const FIELD_OF_NL = new Map((Object.keys(FIELDS) as FieldKey[]).flatMap((key) => (FIELDS[key].nl ? [[FIELDS[key].nl!, key] as const] : [])));
/** Entry fields with a Dutch key, longest first: a field path's longest declared prefix names its Dutch key. */
const NL_OF_FIELD = (Object.keys(FIELDS) as FieldKey[]).filter((k) => FIELDS[k].nl).sort((a, b) => b.length - a.length);

/** A problem's place in a request body as the document's `loc`: an entry field path → ["body", dutch key, …rest]. */
export function locOfField(field: string): (string | number)[] {
  // The publish step's change note, sent as `change_note` as in /api/v1.
  if (field === "changeNote") return ["body", "change_note"];
  const hit = NL_OF_FIELD.find((k) => field === k || field.startsWith(`${k}.`));
  const rest = hit ? field.slice(hit.length).split(".").filter(Boolean) : field.split(".");
  const head = hit ? [FIELDS[hit].nl!] : [];
  return ["body", ...head, ...rest.map((part) => (/^\d+$/.test(part) ? Number(part) : part))];
}

export type FieldError = { loc: (string | number)[]; msg: string; type: string };

const hasValue = (v: unknown) => v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0);

/**
 * An AlgorithmIn as an entry document. `errors` are in the document's ValidationError shape with catalogue
 * references as `msg` where the web form has the words; `notStored` names the keys given that are not kept.
 */
export function fromAlgorithmIn(body: unknown): { doc: EntryDraft; errors: FieldError[]; notStored: string[] } {
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    return { doc: {}, errors: [{ loc: ["body"], msg: problem("aanleverApi.notAnObject"), type: "model_attributes_type" }], notStored: [] };
  }
  const given = body as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const key of REQUIRED_KEYS) {
    if (hasValue(given[key])) continue;
    const field = FIELD_OF_NL.get(key);
    errors.push({ loc: ["body", key], msg: field && FIELDS[field].missing ? missingMessage(field) : problem("aanleverApi.required"), type: "missing" });
  }
  if (typeof given.lang === "string" && !ALLOWED_LANGS.includes(given.lang)) {
    errors.push({ loc: ["body", "lang"], msg: problem("aanleverApi.notAllowed", { allowed: ALLOWED_LANGS.join(", ") }), type: "enum" });
  }
  // `lars` is this register's id (see the module comment): it is not read into the document.
  const { lars: _lars, ...rest } = given;
  const read = fromNlStandard(rest);
  const missing = new Set(errors.map((e) => e.loc[1]));
  for (const line of read.errors) {
    const at = line.indexOf(": ");
    const path = at > 0 ? line.slice(0, at) : "";
    const key = path.split(".")[0];
    if (missing.has(key) || (key === "lang" && errors.some((e) => e.loc[1] === "lang"))) continue;
    if (line.endsWith("required by the standard, but missing")) continue;
    errors.push({
      loc: ["body", ...path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p))],
      msg: inFormWords(key, at > 0 ? line.slice(at + 2) : line),
      type: "value_error",
    });
  }
  const notStored = NEVER_STORED.filter((key) => hasValue(given[key])) as string[];
  if (read.providerName) notStored.push("provider");
  return { doc: read.doc, errors, notStored };
}

/** The document's State of an entry in this register's workflow. */
export function stateOf(state: string): "STATE_1" | "STATE_2" | "PUBLISHED" | "ARCHIVED" {
  const byState: Record<EntryState, "STATE_1" | "STATE_2" | "PUBLISHED" | "ARCHIVED"> = {
    draft: "STATE_1",
    changes_requested: "STATE_1",
    submitted: "STATE_2",
    published: "PUBLISHED",
    archived: "ARCHIVED",
  };
  return byState[state as EntryState] ?? "STATE_1";
}

type Link = { title: string | null; link: string | null };
const drop = <T extends Record<string, unknown>>(obj: T) =>
  Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;

/** A v1_0__Algorithm: the Dutch standard export of the document, with this register's id as `lars`. */
export function toAlgorithm(
  doc: EntryDraft,
  entry: { publicId: string; state: string; createdAt: Date; publishedAt?: Date | null },
  organisationName: string,
  providerName?: string,
) {
  const nl = toNlStandard(doc, { organisationName, publicId: entry.publicId, lars: entry.publicId, providerName });
  // Links the document requires both parts of (title and link; impact assessments need a title).
  const both = (list: Link[]) => list.filter((l) => l.title && l.link).map((l) => ({ title: l.title!, link: l.link! }));
  const titled = (list: Link[]) => list.filter((l) => l.title).map((l) => drop({ title: l.title!, link: l.link }));
  return {
    ...drop({ ...nl, source_id: doc.sourceId ?? null, url: doc.sourceRegisterUrl ?? null }),
    name: nl.name ?? "",
    description_short: nl.description_short ?? "",
    organization: organisationName,
    status: nl.status ?? "",
    contact_email: nl.contact_email ?? "",
    publication_category: nl.publication_category ?? "",
    lang: nl.lang ?? "",
    lawful_basis_grouping: both(nl.lawful_basis_grouping),
    impacttoetsen_grouping: titled(nl.impacttoetsen_grouping),
    source_data_grouping: both(nl.source_data_grouping),
    lars: entry.publicId,
    ...(entry.publishedAt ? { publication_dt: entry.publishedAt.toISOString() } : {}),
    create_dt: entry.createdAt.toISOString(),
    language: "NLD" as const,
    state: stateOf(entry.state),
  };
}

/** An AlgorithmSummary of an entry of the organisation. */
export function toSummary(entry: { publicId: string; name: string; state: string; updatedAt: Date; currentVersionId: string | null }, sourceId: string | null) {
  return {
    name: entry.name || null,
    schema_version: "1.0",
    last_update_dt: entry.updatedAt.toISOString(),
    lars: entry.publicId,
    source_id: sourceId,
    // A version is public from the first publication until the entry is retired, also while a new draft is in progress.
    published: entry.currentVersionId !== null && entry.state !== "archived",
    current_version_released: entry.state === "submitted",
    current_version_published: entry.state === "published",
    last_update_by: null,
  };
}

export { IN_HOUSE_PROVIDER };
