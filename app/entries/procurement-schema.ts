/** How an algorithm was procured: in-house or from suppliers, and the contract terms. */
import { z } from "zod";
import { OWNERSHIP_OPTIONS, PROCUREMENT_METHODS, SUPPLIER_DATA_ACCESS, SUPPLIER_ROLES } from "~content/vocabularies/procurement";
import { draftKit, looseKit, slugsOf, submitKit, type Kit } from "./schema-kit";
import { LIMITS } from "./standard";
import { problem } from "~/i18n/problem";

/** Procurement details that may be withheld from publication. */
export const WITHHOLDABLE_FIELDS = [
  "suppliers",
  "procedure",
  "ocid",
  "tenderUrl",
  "contractReference",
  "contractStart",
  "contractEnd",
  "contractValue",
  "currency",
  "modelOwnership",
  "dataOwnership",
  "supplierDataAccess",
  "sourceAvailability",
  "licence",
  "contractClauses",
] as const;

let currencies: Set<string> | undefined;
export function isCurrencyCode(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf("currency"));
  return currencies.has(code);
}

function procurementShape<N extends z.ZodNumber | z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>(k: Kit<N>) {
  const strict = k.mode === "submit";
  // Row fields are optional in every mode so a half-filled draft row survives; submit checks them below.
  const supplier = z.object({
    supplierId: k.text(LIMITS.supplierId),
    role: z.enum(slugsOf(SUPPLIER_ROLES), { error: problem("standard.validation.supplierRole") }).optional(),
  });
  const withheld = z.object({
    field: z.enum(WITHHOLDABLE_FIELDS, { error: problem("standard.validation.withheldField") }).optional(),
    reason: k.text(LIMITS.withheldReason),
    legalGround: k.text(LIMITS.legalGround),
  });
  const ownership = z.enum(slugsOf(OWNERSHIP_OPTIONS)).optional();
  return {
    inHouse: z.boolean().optional(),
    suppliers: k.list(supplier, LIMITS.maxSuppliers),
    procedure: z.enum(slugsOf(PROCUREMENT_METHODS)).optional(),
    ocid: strict
      ? k.text(LIMITS.ocid).refine((v) => v === undefined || /^ocds-[a-z0-9]{6}-\S+$/i.test(v), problem("standard.validation.ocid"))
      : k.text(LIMITS.ocid),
    tenderUrl: k.url(),
    contractReference: k.text(LIMITS.contractReference),
    contractStart: k.day(),
    contractEnd: k.day(),
    contractValue: k.amount(),
    currency: strict
      ? z.string().trim().toUpperCase().refine(isCurrencyCode, problem("standard.validation.currencyCode")).optional()
      : z.string().max(10).optional(),
    modelOwnership: ownership,
    dataOwnership: ownership,
    supplierDataAccess: z.enum(slugsOf(SUPPLIER_DATA_ACCESS)).optional(),
    sourceAvailability: k.text(LIMITS.shortText),
    licence: k.text(LIMITS.licence),
    contractClauses: k.text(LIMITS.longText),
    withheld: k.list(withheld, LIMITS.maxWithheld),
  };
}

export const procurementLooseSchema = z.object(procurementShape(looseKit));
export const procurementDraftSchema = z.object(procurementShape(draftKit));

export const procurementSchema = z
  .object({ ...procurementShape(submitKit), inHouse: z.boolean().default(true), suppliers: procurementShape(submitKit).suppliers.default([]) })
  .superRefine((p, ctx) => {
    if (p.contractStart && p.contractEnd && p.contractEnd <= p.contractStart) {
      ctx.addIssue({ code: "custom", path: ["contractEnd"], message: problem("standard.validation.contractEndBeforeStart") });
    }
    if (p.contractValue !== undefined && !p.currency) {
      ctx.addIssue({ code: "custom", path: ["currency"], message: problem("standard.validation.currencyMissing") });
    }
    const withheld = new Set((p.withheld ?? []).map((w) => w.field));
    if (!p.inHouse && p.suppliers.length === 0 && !withheld.has("suppliers")) {
      ctx.addIssue({ code: "custom", path: ["suppliers"], message: problem("standard.validation.supplierMissing") });
    }
    (p.withheld ?? []).forEach((w, i) => {
      if (!w.field) ctx.addIssue({ code: "custom", path: ["withheld", i, "field"], message: problem("standard.validation.withheldField") });
      if (!w.reason) ctx.addIssue({ code: "custom", path: ["withheld", i, "reason"], message: problem("standard.validation.withheldReason") });
    });
    p.suppliers.forEach((s, i) => {
      if (!s.supplierId) ctx.addIssue({ code: "custom", path: ["suppliers", i, "supplierId"], message: problem("standard.validation.supplierChoose") });
      if (!s.role) ctx.addIssue({ code: "custom", path: ["suppliers", i, "role"], message: problem("standard.validation.supplierRole") });
    });
  });

export type Procurement = z.output<typeof procurementSchema>;
export type ProcurementDraft = z.output<typeof procurementDraftSchema>;

export const defaultProcurement = (): Procurement => ({ inHouse: true, suppliers: [] });
