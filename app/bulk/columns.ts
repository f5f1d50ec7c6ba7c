/**
 * The columns of the bulk-filing spreadsheet, derived from the standard's fields (FIELDS): every field
 * a cell can hold — plain texts, numbers, yes/no answers and choices from a vocabulary. Fields that are
 * lists of structured rows (links, suppliers, withheld details, data declarations) are filed in the form.
 * Headings are the fields' labels in the template's language; a cell of a choice holds an option's
 * label (in either language) or its code.
 */
import { FIELDS, LIMITS, type FieldKey } from "~/entries/standard";
import type { Text } from "~/i18n/text";
import { ALGORITHM_TYPES, ANNEX_III_AREAS, LANGUAGES, LIFECYCLE_STATUSES, PUBLICATION_CATEGORIES } from "~content/vocabularies/entry-enums";
import { LIFE_EVENTS } from "~content/vocabularies/life-events";
import type { Language, Localized } from "~content/vocabularies/localized";
import { OWNERSHIP_OPTIONS, PROCUREMENT_METHODS, SUPPLIER_DATA_ACCESS } from "~content/vocabularies/procurement";
import { RISK_IMPACTS, RISK_LIKELIHOODS } from "~content/vocabularies/risk-matrix";
import { THEMES } from "~content/vocabularies/themes";

export type Option = { value: string; label: Localized };

/** text: as typed; number: a number; yes-no: a boolean; choice: one option; choices: options separated by ";"; words: search words separated by "," or ";". */
export type ColumnKind = "text" | "number" | "yes-no" | "choice" | "choices" | "words";

export type Column = { key: FieldKey; kind: ColumnKind; options?: readonly Option[] };

const bySlug = (list: readonly { slug: string; label: Localized }[]): Option[] => list.map((item) => ({ value: item.slug, label: item.label }));

const CHOICES: Partial<Record<FieldKey, readonly Option[]>> = {
  "lifecycle.status": bySlug(LIFECYCLE_STATUSES),
  publicationCategory: bySlug(PUBLICATION_CATEGORIES),
  language: LANGUAGES.map((l) => ({ value: l.code, label: l.label })),
  algorithmType: bySlug(ALGORITHM_TYPES),
  "risk.likelihood": bySlug(RISK_LIKELIHOODS),
  "risk.impact": bySlug(RISK_IMPACTS),
  "euAiAct.annexIIIArea": bySlug(ANNEX_III_AREAS),
  "procurement.procedure": bySlug(PROCUREMENT_METHODS),
  "procurement.modelOwnership": bySlug(OWNERSHIP_OPTIONS),
  "procurement.dataOwnership": bySlug(OWNERSHIP_OPTIONS),
  "procurement.supplierDataAccess": bySlug(SUPPLIER_DATA_ACCESS),
};

const MULTIPLE: Partial<Record<FieldKey, readonly Option[]>> = {
  themes: bySlug(THEMES),
  lifeEvents: bySlug(LIFE_EVENTS),
};

const YES_NO = new Set<FieldKey>(["selfLearning", "euAiAct.highRisk", "euAiAct.restrictedSection", "procurement.inHouse"]);

/** Procurement fields that hold one value, and are not marked so in FIELDS (their inputs are built by hand). */
const PROCUREMENT_TEXT = new Set<FieldKey>([
  "procurement.ocid",
  "procurement.tenderUrl",
  "procurement.contractReference",
  "procurement.contractStart",
  "procurement.contractEnd",
  "procurement.currency",
  "procurement.sourceAvailability",
  "procurement.licence",
  "procurement.contractClauses",
]);

function kindOf(key: FieldKey): Pick<Column, "kind" | "options"> | null {
  const meta = FIELDS[key];
  if (CHOICES[key]) return { kind: "choice", options: CHOICES[key] };
  if (MULTIPLE[key]) return { kind: "choices", options: MULTIPLE[key] };
  if (YES_NO.has(key)) return { kind: "yes-no" };
  if (key === "tags") return { kind: "words" };
  if (key === "procurement.contractValue" || meta.input === "count") return { kind: "number" };
  if (meta.input || PROCUREMENT_TEXT.has(key) || key.startsWith("charter.")) return { kind: "text" };
  return null;
}

/** The spreadsheet's columns: the organisation's own id of the entry first (it decides create or update), then the standard's order. */
export const COLUMNS: readonly Column[] = (() => {
  const keys = (Object.keys(FIELDS) as FieldKey[]).filter((key) => key !== "sourceId");
  const columns = keys.flatMap((key) => {
    const kind = kindOf(key);
    return kind ? [{ key, ...kind }] : [];
  });
  return [{ key: "sourceId", kind: "text" } as Column, ...columns];
})();

/** The one column every row must fill, besides the name: the entry's id in the organisation's own records. */
export const SOURCE_ID_KEY = "source_id";

export const REQUIRED_COLUMNS: readonly FieldKey[] = ["sourceId", "name"];

/** A column's heading in a language: the field's label, with its section's title when another column has the same label. */
export function heading(t: Text, column: Column): string {
  const label = t.standard.fields[column.key].label;
  const shared = COLUMNS.some((other) => other.key !== column.key && t.standard.fields[other.key].label === label);
  if (column.key === "sourceId") return `${label} (${SOURCE_ID_KEY})`;
  return shared ? `${label} (${t.standard.sections[FIELDS[column.key].section].title})` : label;
}

export const MAX_CHOICES: Partial<Record<FieldKey, number>> = { themes: LIMITS.maxThemes };

/** How to normalise what people type for comparing: case, accents and spacing do not matter. */
export function fold(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** The option a cell names: its code, or its label in any language. */
export function findOption(options: readonly Option[], cell: string): Option | undefined {
  const wanted = fold(cell);
  return options.find((o) => fold(o.value) === wanted || Object.values(o.label).some((label) => fold(label) === wanted));
}

export const optionLabels = (options: readonly Option[], language: Language) => options.map((o) => o.label[language]);
