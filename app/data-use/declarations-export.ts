/** Data declarations in the open-data formats: the JSON API, the CSV file and the Dutch standard. */
import type { EntryDraft } from "~/entries/entry-schema";
import { findCategory, isSensitive, personalDataLabel, sourceLabel, dataUseLabel } from "./vocabulary";

type Declaration = NonNullable<EntryDraft["dataDeclarations"]>[number];
type Grounds = NonNullable<Declaration["legalGrounds"]>;

const groundOf = (d: Declaration, slug: string) => d.legalGrounds?.[slug as keyof Grounds]?.trim() || null;
const sensitiveSlugs = (d: Declaration) =>
  (d.categories ?? []).filter((slug) => {
    const c = findCategory(slug);
    return c ? isSensitive(c) : false;
  });

export type ApiDataDeclaration = {
  name: string | null;
  source: string | null;
  source_detail: string | null;
  personal_data: string | null;
  categories: Array<{ slug: string; label: string; special: boolean; criminal: boolean; legal_ground: string | null }>;
  retention: string | null;
  shared_with: string | null;
  use: string | null;
};

/**
 * The data sets of a published document for the JSON API. `null` when the entry states
 * none: "not stated" is not the same as "uses no data".
 */
export function declarationsForApi(doc: EntryDraft): ApiDataDeclaration[] | null {
  const list = doc.dataDeclarations ?? [];
  if (list.length === 0) return null;
  return list.map((d) => ({
    name: d.name ?? null,
    source: d.source ?? null,
    source_detail: d.sourceDetail ?? null,
    personal_data: d.personalData ?? null,
    categories: (d.categories ?? []).flatMap((slug) => {
      const c = findCategory(slug);
      return c ? [{ slug: c.slug, label: c.label.en, special: c.special, criminal: c.criminal, legal_ground: isSensitive(c) ? groundOf(d, slug) : null }] : [];
    }),
    retention: d.retention ?? null,
    shared_with: d.sharedWith ?? null,
    use: d.use ?? null,
  }));
}

export const CSV_COLUMNS = [
  "public_id",
  "entry_url",
  "organisation",
  "dataset_name",
  "source",
  "personal_data",
  "categories",
  "special_categories",
  "legal_grounds",
  "retention",
  "shared_with",
  "use",
] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/** One CSV row per data set of the entry; none when the entry states no data sets. */
export function declarationCsvRows(doc: EntryDraft, entry: { publicId: string; url: string; organisation: string }): CsvRow[] {
  return (doc.dataDeclarations ?? []).map((d) => ({
    public_id: entry.publicId,
    entry_url: entry.url,
    organisation: entry.organisation,
    dataset_name: d.name ?? "",
    source: d.source ?? "",
    personal_data: d.personalData ?? "",
    categories: (d.categories ?? []).join(";"),
    special_categories: sensitiveSlugs(d).join(";"),
    legal_grounds: sensitiveSlugs(d)
      .map((slug) => `${slug}: ${groundOf(d, slug) ?? ""}`)
      .join("; "),
    retention: d.retention ?? "",
    shared_with: d.sharedWith ?? "",
    use: d.use ?? "",
  }));
}

function describe(d: Declaration): string {
  const source = [sourceLabel(d.source), d.sourceDetail].filter(Boolean).join(": ");
  const categories = (d.categories ?? []).map((slug) => findCategory(slug)?.label.en ?? slug);
  const parts = [
    source ? `source: ${source}` : null,
    d.personalData ? `personal data: ${personalDataLabel(d.personalData)?.toLowerCase()}` : null,
    categories.length ? `kinds of personal data: ${categories.join(", ").toLowerCase()}` : null,
    d.use ? `used for: ${dataUseLabel(d.use)?.toLowerCase()}` : null,
  ].filter(Boolean);
  return `${d.name ?? "Data set"}${parts.length ? ` (${parts.join("; ")})` : ""}`;
}

type NlLink = { title: string; link: string };

/**
 * `source_data` and `source_data_grouping` of the Dutch standard. The editor's own text wins
 * (so imports round-trip); without it the data declarations are written out as text.
 */
export function toNlSourceData(doc: EntryDraft): { source_data: string | null; source_data_grouping: NlLink[] } {
  const grouping = (doc.dataSourceLinks ?? []).map((l) => ({ title: l.title ?? "", link: l.link ?? "" }));
  const own = doc.dataSourcesText?.trim();
  if (own) return { source_data: doc.dataSourcesText!, source_data_grouping: grouping };
  const declarations = doc.dataDeclarations ?? [];
  return {
    source_data: declarations.length ? declarations.map((d) => `- ${describe(d)}`).join("\n") : null,
    source_data_grouping: grouping,
  };
}
