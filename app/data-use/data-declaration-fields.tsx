import type { FieldErrors } from "~/components/forms";
import type { EntryFormValues } from "~/entries/entry-schema";

/** The data section of the filing form (inputs named `dataDeclarations.N.*`, `lifeEvents`). Filled in by the data-use module. */
export function DataDeclarationFields(_props: { defaults: EntryFormValues; errors: FieldErrors }) {
  return <p className="muted">Data declarations can be added here.</p>;
}
