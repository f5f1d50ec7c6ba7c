/** Coming back to the filing form after registering a supplier: the new supplier is selected in the first free row. */
import type { EntryFormValues } from "~/entries/entry-form";
import { LIMITS } from "~/entries/standard";

/** The filing form's button value for "save the draft, then register a supplier". */
export const REGISTER_SUPPLIER_INTENT = "register_supplier";

/** The query parameter that names the supplier just registered. */
export const REGISTERED_SUPPLIER_PARAM = "supplier";

/** The form's values with `supplierId` selected; unchanged when it is not a known supplier, already chosen, or there is no room. */
export function withSupplierSelected(defaults: EntryFormValues, supplierId: string | null, known: readonly { value: string }[]): EntryFormValues {
  if (!supplierId || !known.some((o) => o.value === supplierId)) return defaults;
  const rows = defaults.procurement.suppliers;
  if (rows.some((r) => r.supplierId === supplierId)) return defaults;
  const free = rows.findIndex((r) => !r.supplierId);
  if (free === -1 && rows.length >= LIMITS.maxSuppliers) return defaults;
  const suppliers = free === -1 ? [...rows, { supplierId, role: "" }] : rows.map((r, i) => (i === free ? { ...r, supplierId } : r));
  return { ...defaults, procurement: { ...defaults.procurement, suppliers } };
}

/** Where the supplier form sends the editor back to: `returnTo` with the new supplier and the confirmation key. */
export function returnWithSupplier(returnTo: string, supplierId: string): string {
  const url = new URL(returnTo, "http://register.invalid");
  url.searchParams.set(REGISTERED_SUPPLIER_PARAM, supplierId);
  url.searchParams.set("done", "supplier_registered");
  return `${url.pathname}${url.search}${url.hash}`;
}
