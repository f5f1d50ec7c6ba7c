/** What a result list shows of each entry, read from its current published version only. */
import { CURRENT_SCHEMA_VERSION, parseStoredDocument } from "~/entries/document-upgrades";
import { readOrSkip } from "~/entries/documents.server";
import { languageTag } from "~/entries/translations";
import type { Language } from "~/i18n/languages.mjs";
import { stmt } from "./read-db.server";

export type EntrySummary = {
  publicId: string;
  name: string;
  descriptionShort: string;
  /** The language tag the entry was written in (`nl`, `en`); null when not stated. */
  language: string | null;
  /** The language each shown text is in, for its `lang` attribute: the page's where the organisation translated it. */
  textLanguages: { name: string | null; descriptionShort: string | null };
  organisation: { slug: string; name: string };
  category: string | null;
  lifecycle: string | null;
  themes: string[];
  state: "published" | "archived";
  version: number;
  updatedAt: string;
};

type Row = {
  id: string;
  publicId: string;
  state: string;
  orgSlug: string;
  orgName: string;
  number: number;
  publishedAt: string | number;
  name: unknown;
  descriptionShort: unknown;
  language: unknown;
  nameTranslated: unknown;
  descriptionTranslated: unknown;
  category: unknown;
  lifecycle: unknown;
  themes: string | null;
  schemaVersion: number | null;
  /** The whole document, only when SQLite cannot take the fields from it (an older schema, or not a JSON object). */
  raw: string | null;
};

// SQLite pulls the few fields out of the (large) version document, so no whole document is parsed here.
// The paths are those of the current schema; other documents are read whole (see fieldsOf).
const READY = `CASE WHEN json_valid(v.data) THEN json_type(v.data) = 'object' AND v.schemaVersion IS ${CURRENT_SCHEMA_VERSION} ELSE 0 END`;
const field = (path: string) => `CASE WHEN ${READY} THEN json_extract(v.data, ${path.startsWith("@") ? path : `'${path}'`}) END`;
const SQL = `SELECT e.id AS id, e.publicId AS publicId, e.state AS state, o.slug AS orgSlug, o.name AS orgName,
  v.number AS number, v.publishedAt AS publishedAt, v.schemaVersion AS schemaVersion,
  ${field("$.name")} AS name, ${field("$.descriptionShort")} AS descriptionShort, ${field("$.language")} AS language,
  ${field("@namePath")} AS nameTranslated, ${field("@descriptionPath")} AS descriptionTranslated,
  ${field("$.publicationCategory")} AS category, ${field("$.lifecycle.status")} AS lifecycle,
  ${field("$.themes")} AS themes, CASE WHEN ${READY} THEN NULL ELSE v.data END AS raw
  FROM json_each(@ids) j CROSS JOIN Entry e ON e.id = j.value
  JOIN Organisation o ON o.id = e.organisationId
  JOIN EntryVersion v ON v.id = e.currentVersionId`;

const text = (v: unknown) => (typeof v === "string" ? v : "");
const orNull = (v: unknown) => (typeof v === "string" && v ? v : null);

function themesOf(raw: unknown): string[] {
  if (typeof raw !== "string" || !raw) return [];
  try {
    return listOf(JSON.parse(raw));
  } catch {
    return [];
  }
}

const listOf = (list: unknown) => (Array.isArray(list) ? list.filter((t): t is string => typeof t === "string") : []);

/** The row's fields, read from the whole document when SQLite could not; null (logged) when it cannot be read. */
type Fields = Pick<Row, "name" | "descriptionShort" | "language" | "nameTranslated" | "descriptionTranslated" | "category" | "lifecycle"> & {
  themes: string[];
};

function fieldsOf(r: Row, page: Language | undefined): Fields | null {
  if (r.raw === null)
    return {
      name: r.name,
      descriptionShort: r.descriptionShort,
      language: r.language,
      nameTranslated: r.nameTranslated,
      descriptionTranslated: r.descriptionTranslated,
      category: r.category,
      lifecycle: r.lifecycle,
      themes: themesOf(r.themes),
    };
  const doc = readOrSkip(() => parseStoredDocument({ data: r.raw!, schemaVersion: r.schemaVersion }, { entryId: r.id, version: Number(r.number) }));
  if (!doc) return null;
  const lifecycle = doc.lifecycle as { status?: unknown } | undefined;
  const translation = page ? (doc.translations as Record<string, Record<string, unknown> | undefined> | undefined)?.[page] : undefined;
  return {
    name: doc.name,
    descriptionShort: doc.descriptionShort,
    language: doc.language,
    nameTranslated: translation?.name,
    descriptionTranslated: translation?.descriptionShort,
    category: doc.publicationCategory,
    lifecycle: lifecycle?.status,
    themes: listOf(doc.themes),
  };
}

/**
 * Summaries in the order of `ids` (Entry.id values). With `page`, the name and short description are
 * the organisation's translation into that language where there is one (as on the entry's page).
 */
export async function entrySummaries(ids: string[], page?: Language): Promise<EntrySummary[]> {
  if (!ids.length) return [];
  // A path that names no key when no page language is asked for: the translated columns stay null.
  const translation = (field: string) => (page ? `$.translations.${page}.${field}` : "$.translations.none.none");
  const rows = stmt(SQL).all({ ids: JSON.stringify(ids), namePath: translation("name"), descriptionPath: translation("descriptionShort") }) as Row[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    const f = r && fieldsOf(r, page);
    if (!r || !f) return [];
    const language = languageTag(orNull(f.language));
    const translated = (own: unknown, translation: unknown) =>
      page && language && language !== page && orNull(translation)?.trim() ? { text: text(translation), lang: page } : { text: text(own), lang: language };
    const name = translated(f.name, f.nameTranslated);
    const descriptionShort = translated(f.descriptionShort, f.descriptionTranslated);
    return [
      {
        publicId: r.publicId,
        name: name.text,
        descriptionShort: descriptionShort.text,
        language,
        textLanguages: { name: name.lang, descriptionShort: descriptionShort.lang },
        organisation: { slug: r.orgSlug, name: r.orgName },
        category: orNull(f.category),
        lifecycle: orNull(f.lifecycle),
        themes: f.themes,
        state: r.state === "archived" ? "archived" : "published",
        version: Number(r.number),
        updatedAt: new Date(r.publishedAt).toISOString(),
      },
    ];
  });
}
