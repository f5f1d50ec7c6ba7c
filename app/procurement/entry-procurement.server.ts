import type { EntryDraft } from "~/entries/entry-schema";

/** What the public entry page shows of procurement (withheld fields removed). Filled in by the procurement module. */
export async function procurementForEntryPage(_doc: EntryDraft) {
  return null as null | Record<string, unknown>;
}
export type PublicProcurement = Awaited<ReturnType<typeof procurementForEntryPage>>;
