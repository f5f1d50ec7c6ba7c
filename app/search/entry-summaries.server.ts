/** What a result list shows of each entry, read from its current published version only. */
import { parseStoredDocument } from "~/entries/document-upgrades";
import { readOrSkip } from "~/entries/documents.server";
import { languageTag } from "~/entries/translations";
import type { Language } from "~/i18n/languages.mjs";
import type { SummaryRow } from "./search-store";
import { searchStore } from "./search-store.server";

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

type Row = SummaryRow;

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

/** The row's fields, read from the whole document when the database could not; null (logged) when it cannot be read. */
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
  const rows = await searchStore().summaryRows(ids, page);
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
