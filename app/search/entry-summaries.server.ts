/** What a result list shows of each entry, read from its current published version only. */
import { CURRENT_SCHEMA_VERSION, parseStoredDocument } from "~/entries/document-upgrades";
import { readOrSkip } from "~/entries/documents.server";
import { languageTag } from "~/entries/translations";
import { stmt } from "./read-db.server";

export type EntrySummary = {
  publicId: string;
  name: string;
  descriptionShort: string;
  /** The language tag of the entry's texts (`nl`, `en`), for their `lang` attribute; null when not stated. */
  language: string | null;
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
const field = (path: string) => `CASE WHEN ${READY} THEN json_extract(v.data, '${path}') END`;
const SQL = `SELECT e.id AS id, e.publicId AS publicId, e.state AS state, o.slug AS orgSlug, o.name AS orgName,
  v.number AS number, v.publishedAt AS publishedAt, v.schemaVersion AS schemaVersion,
  ${field("$.name")} AS name, ${field("$.descriptionShort")} AS descriptionShort, ${field("$.language")} AS language,
  ${field("$.publicationCategory")} AS category, ${field("$.lifecycle.status")} AS lifecycle,
  ${field("$.themes")} AS themes, CASE WHEN ${READY} THEN NULL ELSE v.data END AS raw
  FROM json_each(?) j CROSS JOIN Entry e ON e.id = j.value
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
function fieldsOf(r: Row): (Pick<Row, "name" | "descriptionShort" | "language" | "category" | "lifecycle"> & { themes: string[] }) | null {
  if (r.raw === null)
    return {
      name: r.name,
      descriptionShort: r.descriptionShort,
      language: r.language,
      category: r.category,
      lifecycle: r.lifecycle,
      themes: themesOf(r.themes),
    };
  const doc = readOrSkip(() => parseStoredDocument({ data: r.raw!, schemaVersion: r.schemaVersion }, { entryId: r.id, version: Number(r.number) }));
  if (!doc) return null;
  const lifecycle = doc.lifecycle as { status?: unknown } | undefined;
  return {
    name: doc.name,
    descriptionShort: doc.descriptionShort,
    language: doc.language,
    category: doc.publicationCategory,
    lifecycle: lifecycle?.status,
    themes: listOf(doc.themes),
  };
}

/** Summaries in the order of `ids` (Entry.id values). */
export async function entrySummaries(ids: string[]): Promise<EntrySummary[]> {
  if (!ids.length) return [];
  const rows = stmt(SQL).all(JSON.stringify(ids)) as Row[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    const f = r && fieldsOf(r);
    if (!r || !f) return [];
    return [
      {
        publicId: r.publicId,
        name: text(f.name),
        descriptionShort: text(f.descriptionShort),
        language: languageTag(orNull(f.language)),
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
