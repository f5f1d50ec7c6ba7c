/** Supplier registration identifiers: one rule per scheme, from the procurement vocabulary. */
import { SUPPLIER_ID_SCHEMES, type SupplierIdScheme } from "~content/vocabularies/procurement";

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

/** What is wrong with an identifier in a scheme, as a message naming the scheme and an example; null when valid. */
export function identifierProblem(scheme: string, raw: string): string | null {
  const def = supplierScheme(scheme);
  if (!def) return "Choose the identifier scheme";
  const value = normaliseIdentifier(scheme, raw);
  if (!value) return `Enter the supplier’s ${def.label.en} (${def.scheme})`;
  if (new RegExp(def.pattern).test(value)) return null;
  return `A ${def.label.en} (${def.scheme}) ${def.rule.en}, for example ${def.example}`;
}
