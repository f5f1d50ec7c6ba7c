/** Supplier registration identifiers: one rule per scheme, from the procurement vocabulary. */
import { SUPPLIER_ID_SCHEMES, type SupplierIdScheme } from "~content/vocabularies/procurement";
import type { Catalogue } from "~/i18n/catalogue.en";
import { problem } from "~/i18n/problem";

type SupplierSchemeDef = (typeof SUPPLIER_ID_SCHEMES)[number];

export const SUPPLIER_SCHEME_SLUGS = SUPPLIER_ID_SCHEMES.map((s) => s.scheme) as unknown as [SupplierIdScheme, ...SupplierIdScheme[]];

function supplierScheme(scheme: string): SupplierSchemeDef | undefined {
  return SUPPLIER_ID_SCHEMES.find((s) => s.scheme === scheme);
}

/** The stored form of an identifier: compact schemes lose spaces, dots and hyphens and are upper-cased. */
export function normaliseIdentifier(scheme: string, raw: string): string {
  const trimmed = raw.trim().replace(/\s+/g, " ");
  return supplierScheme(scheme)?.compact ? trimmed.replace(/[\s.-]/g, "").toUpperCase() : trimmed;
}

/** The catalogue's key for a scheme's rule: `NL-KVK` → `NL_KVK` (app/i18n/procurement.*.ts). */
const formatKey = (scheme: SupplierIdScheme) => scheme.replace(/-/g, "_") as keyof Catalogue["procurement"]["validation"]["identifierFormat"];

/**
 * What is wrong with an identifier in a scheme, as a catalogue reference (~/i18n/problem) naming the
 * scheme's rule and an example; null when valid.
 */
export function identifierProblem(scheme: string, raw: string): string | null {
  const def = supplierScheme(scheme);
  if (!def) return problem("procurement.validation.schemeRequired");
  const value = normaliseIdentifier(scheme, raw);
  if (!value) return problem("procurement.validation.identifierRequired", { scheme: def.scheme });
  if (new RegExp(def.pattern).test(value)) return null;
  return problem(`procurement.validation.identifierFormat.${formatKey(def.scheme)}`, { example: def.example });
}
