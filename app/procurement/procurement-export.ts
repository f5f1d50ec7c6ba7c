/**
 * Procurement in exports (JSON API, CSV, Dutch standard). Pure functions; load the supplier records
 * first with `suppliersById(ids)` from ./suppliers.server. Stable interface for the exports module:
 *
 *   PROCUREMENT_CSV_COLUMNS: readonly column names, in order
 *   procurementForExport(doc, suppliersById) => { csv: Record<ProcurementCsvColumn, string>, json: ProcurementJson | null }
 *   providerName(doc, suppliersById) => string | null   // the Dutch standard `provider`
 *   supplierIdsOf(doc) => string[]                      // the supplier ids an export may look up
 *
 * Everything is built from `publicProcurement`: a withheld field is empty in the CSV and null in the
 * JSON, and is named (with reason and legal ground) in `withheld_fields` / `withheld`.
 */
import { PROCUREMENT_METHODS, SUPPLIER_ROLES } from "~content/vocabularies/procurement";
import { IN_HOUSE_PROVIDER } from "~/entries/nl-standard";
import type { EntryDocument, EntryDraft } from "~/entries/entry-schema";
import { LIMITS } from "~/entries/standard";
import { publicProcurement, type PublicProcurement } from "./public-procurement";

type ExportSupplier = { name: string; slug: string; scheme: string; identifier: string; country?: string | null };
export type SuppliersById = Readonly<Record<string, ExportSupplier>>;

export const PROCUREMENT_CSV_COLUMNS = [
  "procurement_in_house",
  "supplier_names",
  "supplier_identifiers",
  "supplier_roles",
  "procurement_procedure",
  "ocid",
  "tender_url",
  "contract_reference",
  "contract_start",
  "contract_end",
  "contract_value",
  "contract_currency",
  "model_ownership",
  "data_ownership",
  "supplier_data_access",
  "source_availability",
  "licence",
  "contract_clauses",
  "withheld_fields",
] as const;

export type ProcurementCsvColumn = (typeof PROCUREMENT_CSV_COLUMNS)[number];

export type ProcurementJson = {
  inHouse: boolean;
  /** Null when the supplier list is withheld. */
  suppliers: Array<{
    slug: string | null;
    name: string | null;
    scheme: string | null;
    identifier: string | null;
    role: string | null;
    roleLabel: string | null;
  }> | null;
  procedure: { code: string; ocdsMethod: string; label: string } | null;
  ocid: string | null;
  tenderUrl: string | null;
  contractReference: string | null;
  contractStart: string | null;
  contractEnd: string | null;
  contractValue: { amount: number | string; currency: string | null } | null;
  modelOwnership: string | null;
  dataOwnership: string | null;
  supplierDataAccess: string | null;
  sourceAvailability: string | null;
  licence: string | null;
  contractClauses: string | null;
  withheld: Array<{ field: string; reason: string; legalGround: string }>;
};

type Doc = EntryDraft | EntryDocument;

const orNull = <T>(v: T | undefined | null) => (v === undefined || v === null || v === "" ? null : v);
const cell = (v: unknown) => (v === undefined || v === null ? "" : String(v));

/** Supplier ids named in the public part of a document. */
export function supplierIdsOf(doc: Doc): string[] {
  return (publicProcurement(doc.procurement)?.suppliers ?? []).map((s) => s.supplierId).filter((id): id is string => Boolean(id));
}

function procurementJson(p: PublicProcurement | null, suppliers: SuppliersById): ProcurementJson | null {
  if (!p) return null;
  const method = PROCUREMENT_METHODS.find((m) => m.slug === p.procedure);
  const hasValue = p.contractValue !== undefined && p.contractValue !== "";
  return {
    inHouse: p.inHouse !== false,
    suppliers: p.suppliers
      ? p.suppliers.map((s) => {
          const record = s.supplierId ? suppliers[s.supplierId] : undefined;
          return {
            slug: record?.slug ?? null,
            name: record?.name ?? null,
            scheme: record?.scheme ?? null,
            identifier: record?.identifier ?? null,
            role: s.role ?? null,
            roleLabel: SUPPLIER_ROLES.find((r) => r.slug === s.role)?.label.en ?? null,
          };
        })
      : p.withheld.some((w) => w.field === "suppliers")
        ? null
        : [],
    procedure: method ? { code: method.slug, ocdsMethod: method.ocds, label: method.label.en } : null,
    ocid: orNull(p.ocid),
    tenderUrl: orNull(p.tenderUrl),
    contractReference: orNull(p.contractReference),
    contractStart: orNull(p.contractStart),
    contractEnd: orNull(p.contractEnd),
    contractValue: hasValue ? { amount: p.contractValue!, currency: orNull(p.currency) } : null,
    modelOwnership: orNull(p.modelOwnership),
    dataOwnership: orNull(p.dataOwnership),
    supplierDataAccess: orNull(p.supplierDataAccess),
    sourceAvailability: orNull(p.sourceAvailability),
    licence: orNull(p.licence),
    contractClauses: orNull(p.contractClauses),
    withheld: p.withheld,
  };
}

function procurementCsv(json: ProcurementJson | null, currency: string | undefined): Record<ProcurementCsvColumn, string> {
  const list = (values: Array<string | null>) => values.map((v) => v ?? "").join("; ");
  const s = json?.suppliers ?? [];
  return {
    procurement_in_house: json ? (json.inHouse ? "yes" : "no") : "",
    supplier_names: list(s.map((x) => x.name)),
    supplier_identifiers: list(s.map((x) => (x.scheme && x.identifier ? `${x.scheme} ${x.identifier}` : null))),
    supplier_roles: list(s.map((x) => x.role)),
    procurement_procedure: cell(json?.procedure?.code),
    ocid: cell(json?.ocid),
    tender_url: cell(json?.tenderUrl),
    contract_reference: cell(json?.contractReference),
    contract_start: cell(json?.contractStart),
    contract_end: cell(json?.contractEnd),
    contract_value: cell(json?.contractValue?.amount),
    contract_currency: cell(currency),
    model_ownership: cell(json?.modelOwnership),
    data_ownership: cell(json?.dataOwnership),
    supplier_data_access: cell(json?.supplierDataAccess),
    source_availability: cell(json?.sourceAvailability),
    licence: cell(json?.licence),
    contract_clauses: cell(json?.contractClauses),
    withheld_fields: (json?.withheld ?? []).map((w) => w.field).join("; "),
  };
}

/** The procurement block of one entry as CSV cells and as JSON, with withheld fields left out. */
export function procurementForExport(doc: Doc, suppliersById: SuppliersById) {
  const p = publicProcurement(doc.procurement);
  const json = procurementJson(p, suppliersById);
  return { csv: procurementCsv(json, p?.currency), json };
}

/** The Dutch standard `provider`: "Intern ontwikkeld" when built in-house, else the supplier names; null when unknown or withheld. */
export function providerName(doc: Doc, suppliersById: SuppliersById): string | null {
  const p = publicProcurement(doc.procurement);
  if (!p) return null;
  if (p.inHouse !== false) return IN_HOUSE_PROVIDER;
  const names = [...new Set((p.suppliers ?? []).map((s) => (s.supplierId ? suppliersById[s.supplierId]?.name : undefined)).filter(Boolean))];
  return names.length ? names.join(", ").slice(0, LIMITS.provider) : null;
}
