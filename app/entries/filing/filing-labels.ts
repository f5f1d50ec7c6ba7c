import { FIELDS, fieldsInSection, ITEM_FIELDS, LIMITS, SECTIONS, type FieldKey } from "~/entries/standard";
import { textFor } from "~/i18n/text";

const en = textFor("en");

type Rows = { max: number; items: Readonly<Record<string, { label: string }>>; row: (label: string, n: number) => string };

const linkRow = (label: string, n: number) => `${label}, link ${n}`;

/** Repeated rows of the form: the inputs of each row, in the order they appear, and the row's name as its legend gives it. */
const ROWS: Partial<Record<FieldKey, Rows>> = {
  lawfulBasisLinks: { max: LIMITS.maxLinks, items: ITEM_FIELDS.link, row: linkRow },
  assessmentLinks: { max: LIMITS.maxLinks, items: ITEM_FIELDS.link, row: linkRow },
  dataSourceLinks: { max: LIMITS.maxLinks, items: ITEM_FIELDS.link, row: linkRow },
  "procurement.suppliers": { max: LIMITS.maxSuppliers, items: ITEM_FIELDS.supplier, row: (_, n) => en.procurement.fields.supplierRow({ n }) },
  "procurement.withheld": { max: LIMITS.maxWithheld, items: ITEM_FIELDS.withheld, row: (_, n) => en.procurement.fields.withheldRow({ n }) },
  dataDeclarations: { max: LIMITS.maxDataDeclarations, items: ITEM_FIELDS.dataDeclaration, row: (_, n) => en.dataUse.fields.dataset({ n }) },
};

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** A field and, for repeated rows, each input of each row ("Supplier 2, role"), so the summary names and orders them as the form does. */
function labelsOf(key: FieldKey): Array<[string, string]> {
  const label = FIELDS[key].label;
  const rows = ROWS[key];
  if (!rows) return [[key, label]];
  const inRows = Array.from({ length: rows.max }, (_, i) => {
    const row = rows.row(label, i + 1);
    return [[`${key}.${i}`, row], ...Object.entries(rows.items).map(([item, meta]) => [`${key}.${i}.${item}`, `${row}, ${lowerFirst(meta.label)}`])];
  });
  return [[key, label], ...(inRows.flat() as Array<[string, string]>)];
}

/** The filing form's field labels in the order of its sections (and of the inputs in each row), for the error summary. */
export const FILING_LABELS: Readonly<Record<string, string>> = Object.fromEntries(SECTIONS.flatMap((s) => fieldsInSection(s.id)).flatMap(labelsOf));
