import type { FieldErrors } from "~/components/forms";
import type { EntryFormValues } from "~/entries/entry-schema";

/** The procurement section of the filing form (inputs named `procurement.*`). Filled in by the procurement module. */
export function ProcurementFields(_props: { defaults: EntryFormValues; errors: FieldErrors; supplierOptions: Array<{ value: string; label: string }> }) {
  return <p className="muted">Procurement details can be added here.</p>;
}
