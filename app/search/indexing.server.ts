import { publicView } from "~/entries/restricted";
import type { EntryDraft } from "~/entries/entry-schema";
import { entryRiskLevel } from "~/entries/risk";
import { publicProcurement } from "~/procurement/public-procurement";
import { translatedFields, translationTargets, type TranslatedFields } from "~/entries/translations";
import { SEARCH_COLUMNS, type IndexTx as Tx } from "./search-store";
import { searchStore } from "./search-store.server";
import { stemColumns, stemLanguagesOf, wordColumns, type StemLanguage } from "./stemming";

export { SEARCH_COLUMNS };

export type IndexContext = {
  entryId: string;
  state: string;
  organisation: { id: string; slug: string; name: string; type: string };
  supplierNames?: string[];
};

/** Facet rows of a published document: one row per (facet, value). */
export function facetsOf(doc: EntryDraft, ctx: IndexContext): Array<{ facet: string; value: string }> {
  const rows: Array<{ facet: string; value: string }> = [];
  const add = (facet: string, value: string | undefined | null) => {
    if (value !== undefined && value !== null && value !== "") rows.push({ facet, value: String(value) });
  };
  add("organisation", ctx.organisation.slug);
  add("organisation_type", ctx.organisation.type);
  add("state", ctx.state);
  for (const theme of doc.themes ?? []) add("theme", theme);
  add("lifecycle", doc.lifecycle?.status);
  add("category", doc.publicationCategory);
  add("risk_level", entryRiskLevel(doc));
  add("eu_high_risk", doc.euAiAct?.highRisk ? "yes" : "no");
  add("algorithm_type", doc.algorithmType);
  add("language", doc.language);
  // Only what the public may see: a withheld supplier or procedure is neither a filter nor searchable.
  const procurement = publicProcurement(doc.procurement);
  for (const s of procurement?.suppliers ?? []) add("supplier", s.supplierId);
  if (procurement?.inHouse) add("supplier", "in-house");
  if (procurement?.procedure) add("procedure", procurement.procedure);
  for (const d of doc.dataDeclarations ?? []) for (const c of d.categories ?? []) add("data_category", c);
  for (const e of doc.lifeEvents ?? []) add("life_event", e);
  // Not a filter: the published name as a sort key (Entry.name follows the working draft).
  add("sort_name", sortKey(doc.name));
  // the same value may come from several declarations
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(`${r.facet}\u0000${r.value}`) ? false : (seen.add(`${r.facet}\u0000${r.value}`), true)));
}

/** Lower case without accents, so "Één" sorts with "een". */
function sortKey(name: string | undefined) {
  const key = (name ?? "").normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim();
  return key ? key.slice(0, 200) : undefined;
}

/** Replaces the facet rows and the full-text row of one entry with those of its published document. */
export async function indexPublishedEntry(tx: Tx, fullDoc: EntryDraft, ctx: IndexContext) {
  const { facets, search, words } = indexRowsOf(fullDoc, ctx);
  await tx.entryFacet.deleteMany({ where: { entryId: ctx.entryId } });
  if (facets.length) await tx.entryFacet.createMany({ data: facets.map((f) => ({ entryId: ctx.entryId, ...f })) });
  await searchStore().writeText(tx, ctx.entryId, { values: search, words });
}

/** The facet rows and the full-text row (values in SEARCH_COLUMNS order) of an entry's published document. */
export function indexRowsOf(fullDoc: EntryDraft, ctx: IndexContext) {
  // Only what the public may see is searchable or filterable.
  const doc = publicView(fullDoc);
  const tags = (doc.tags ?? []).join(" ");
  // The entry's own words stemmed in its language (decision 009), and the organisation's translations in theirs,
  // so a visitor finds an entry by the words of the page they read: organisation and supplier names are not stemmed.
  const own = textsOf(doc);
  const translated = translationTargets(doc.language).flatMap((language) => {
    const fields = translatedFields(doc, language);
    return Object.keys(fields).length ? [{ language, texts: textsOf(fields) }] : [];
  });
  const perLanguage = (columns: typeof stemColumns) =>
    mergeStems([columns([own[0], own[1], own[2], tags, own[3]], stemLanguagesOf(doc.language)), ...translated.map((t) => columns(t.texts, [t.language]))]);
  const stems = perLanguage(stemColumns);
  // The same words unstemmed, for an engine that stems them itself (PostgreSQL).
  const words = perLanguage(wordColumns);
  const [name, description, goal, body] = own.map((text, i) => [text, ...translated.map((t) => t.texts[i])].filter(Boolean).join("\n"));
  const supplier = publicProcurement(doc.procurement)?.suppliers?.length ? (ctx.supplierNames ?? []).join(" ") : "";
  const search = [ctx.entryId, name, description, goal, ctx.organisation.name, supplier, tags, body, stems.nl, stems.en];
  return { facets: facetsOf(doc, ctx), search, words };
}

/** An entry's (or a translation's) searched texts: name, description, goal and body. */
function textsOf(doc: TranslatedFields): [string, string, string, string] {
  const body = [doc.humanIntervention, doc.lawfulBasis, doc.dataSourcesText, doc.technicalOperation, doc.affectedGroups].filter(Boolean).join("\n");
  return [doc.name ?? "", doc.descriptionShort ?? "", doc.goal ?? "", body];
}

/** The distinct stems of several stem columns, per language. */
function mergeStems(columns: Array<Record<StemLanguage, string>>): Record<StemLanguage, string> {
  const merged = (language: StemLanguage) => [...new Set(columns.flatMap((c) => c[language].split(" ").filter(Boolean)))].join(" ");
  return { nl: merged("nl"), en: merged("en") };
}
