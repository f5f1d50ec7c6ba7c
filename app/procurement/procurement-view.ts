/** The procurement block as shown on a public entry page, built only from what the public may see. */
import { OWNERSHIP_OPTIONS, PROCUREMENT_METHODS, SUPPLIER_DATA_ACCESS, SUPPLIER_ROLES } from "~content/vocabularies/procurement";
import type { ProcurementDraft } from "~/entries/procurement-schema";
import { FIELDS, type FieldKey } from "~/entries/standard";
import { fieldLabel as standardFieldLabel } from "~/entries/standard-text";
import { inLanguage, type VocabularyLabel } from "~/i18n/in-language";
import type { Language } from "~/i18n/languages.mjs";
import { textFor } from "~/i18n/text";
import { formatDay, formatMoney } from "~/utils/format";
import { publicProcurement } from "./public-procurement";
import type { SupplierSummary } from "./suppliers.server";

type Withheld = { reason: string; legalGround: string };

type ProcurementDetail = { field: string; label: string; value?: string; href?: string; withheld?: Withheld };

export type ProcurementView = {
  inHouse: boolean;
  /** Null when the supplier list is withheld. */
  suppliers: Array<{ name: string; slug: string | null; scheme: string | null; identifier: string | null; role: string | null }> | null;
  suppliersWithheld: Withheld | null;
  details: ProcurementDetail[];
};

/** A vocabulary label in the page's language (English until the vocabulary has both). */
function labelOf(list: readonly { slug: string; label: VocabularyLabel }[], slug: unknown, language: Language) {
  const found = list.find((x) => x.slug === slug);
  return found ? inLanguage(found.label, language) : undefined;
}
/** The standard's label of a procurement field (t.standard.fields) in a language. */
const fieldLabel = (field: string, language: Language) => {
  const key = `procurement.${field}`;
  return key in FIELDS ? standardFieldLabel(textFor(language), key as FieldKey) : field;
};

function money(value: unknown, currency: unknown, language: Language): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "number" && typeof currency === "string") return formatMoney(value, currency, language);
  return [String(value), typeof currency === "string" ? currency : ""].filter(Boolean).join(" ");
}

/** Fields in page order; `contractValue` carries the currency with it. */
const DETAIL_FIELDS = [
  "procedure",
  "ocid",
  "tenderUrl",
  "contractReference",
  "contractStart",
  "contractEnd",
  "contractValue",
  "modelOwnership",
  "dataOwnership",
  "supplierDataAccess",
  "sourceAvailability",
  "licence",
  "contractClauses",
] as const;

export function procurementView(
  p: ProcurementDraft | undefined | null,
  suppliers: Record<string, SupplierSummary>,
  language: Language = "en",
): ProcurementView | null {
  const pub = publicProcurement(p);
  if (!pub) return null;
  const withheld = new Map(pub.withheld.map((w) => [w.field, { reason: w.reason, legalGround: w.legalGround }]));
  const values: Record<(typeof DETAIL_FIELDS)[number], string | undefined> = {
    procedure: labelOf(PROCUREMENT_METHODS, pub.procedure, language),
    ocid: pub.ocid,
    tenderUrl: pub.tenderUrl,
    contractReference: pub.contractReference,
    contractStart: pub.contractStart && (formatDay(pub.contractStart, language) || pub.contractStart),
    contractEnd: pub.contractEnd && (formatDay(pub.contractEnd, language) || pub.contractEnd),
    contractValue: money(pub.contractValue, pub.currency, language),
    modelOwnership: labelOf(OWNERSHIP_OPTIONS, pub.modelOwnership, language),
    dataOwnership: labelOf(OWNERSHIP_OPTIONS, pub.dataOwnership, language),
    supplierDataAccess: labelOf(SUPPLIER_DATA_ACCESS, pub.supplierDataAccess, language),
    sourceAvailability: pub.sourceAvailability,
    licence: pub.licence,
    contractClauses: pub.contractClauses,
  };
  const details: ProcurementDetail[] = [];
  for (const field of DETAIL_FIELDS) {
    const hidden = withheld.get(field) ?? (field === "contractValue" ? withheld.get("currency") : undefined);
    if (hidden) details.push({ field, label: fieldLabel(field, language), withheld: hidden });
    else if (values[field])
      details.push({ field, label: fieldLabel(field, language), value: values[field], ...(field === "tenderUrl" ? { href: values[field] } : {}) });
  }
  return {
    inHouse: pub.inHouse !== false,
    suppliers: withheld.has("suppliers")
      ? null
      : (pub.suppliers ?? []).map((s) => {
          const record = s.supplierId ? suppliers[s.supplierId] : undefined;
          return {
            name: record?.name ?? textFor(language).procurement.block.unknownSupplier,
            slug: record?.slug ?? null,
            scheme: record?.scheme ?? null,
            identifier: record?.identifier ?? null,
            role: labelOf(SUPPLIER_ROLES, s.role, language) ?? null,
          };
        }),
    suppliersWithheld: withheld.get("suppliers") ?? null,
    details,
  };
}
