import { fieldsInSection, LIMITS, SECTIONS, type FieldKey } from "~/entries/standard";
import { fieldLabel } from "~/entries/standard-text";
import type { Text } from "~/i18n/text-types";

type Rows = { max: number; items: Readonly<Record<string, { label: string }>>; row: (label: string, n: number) => string };

/** Repeated rows of the form: the inputs of each row, in the order they appear, and the row's name as its legend gives it. */
function rowsOf(t: Text): Partial<Record<FieldKey, Rows>> {
  const items = t.standard.items;
  const linkRow = (label: string, n: number) => t.entries.filing.linkRow({ label, n });
  return {
    lawfulBasisLinks: { max: LIMITS.maxLinks, items: items.link, row: linkRow },
    assessmentLinks: { max: LIMITS.maxLinks, items: items.link, row: linkRow },
    dataSourceLinks: { max: LIMITS.maxLinks, items: items.link, row: linkRow },
    "procurement.suppliers": { max: LIMITS.maxSuppliers, items: items.supplier, row: (_, n) => t.procurement.fields.supplierRow({ n }) },
    "procurement.withheld": { max: LIMITS.maxWithheld, items: items.withheld, row: (_, n) => t.procurement.fields.withheldRow({ n }) },
    dataDeclarations: { max: LIMITS.maxDataDeclarations, items: items.dataDeclaration, row: (_, n) => t.dataUse.fields.dataset({ n }) },
  };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** A field and, for repeated rows, each input of each row ("Supplier 2, role"), so the summary names and orders them as the form does. */
function labelsOf(t: Text, rows: Partial<Record<FieldKey, Rows>>, key: FieldKey): Array<[string, string]> {
  const label = fieldLabel(t, key);
  const inRow = rows[key];
  if (!inRow) return [[key, label]];
  const inRows = Array.from({ length: inRow.max }, (_, i) => {
    const row = inRow.row(label, i + 1);
    return [[`${key}.${i}`, row], ...Object.entries(inRow.items).map(([item, meta]) => [`${key}.${i}.${item}`, `${row}, ${lowerFirst(meta.label)}`])];
  });
  return [[key, label], ...(inRows.flat() as Array<[string, string]>)];
}

const byLanguage = new WeakMap<Text, Readonly<Record<string, string>>>();

/** The filing form's field labels in the page's language, in the order of its sections (and of the inputs in each row), for the error summary. */
export function filingLabels(t: Text): Readonly<Record<string, string>> {
  let labels = byLanguage.get(t);
  if (!labels) {
    const rows = rowsOf(t);
    labels = Object.fromEntries(SECTIONS.flatMap((s) => fieldsInSection(s.id)).flatMap((key) => labelsOf(t, rows, key)));
    byLanguage.set(t, labels);
  }
  return labels;
}
