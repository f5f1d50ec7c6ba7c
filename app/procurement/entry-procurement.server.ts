import type { EntryDraft } from "~/entries/entry-schema";
import type { Language } from "~/i18n/languages.mjs";
import { publicProcurement } from "./public-procurement";
import { procurementView, type ProcurementView } from "./procurement-view";
import { suppliersById } from "./suppliers.server";

/** What the public entry page shows of procurement: supplier records resolved, withheld fields replaced by their reason. */
export async function procurementForEntryPage(doc: EntryDraft, language: Language = "en"): Promise<ProcurementView | null> {
  // Only suppliers the public may see are looked up.
  const visible = publicProcurement(doc.procurement)?.suppliers ?? [];
  const suppliers = await suppliersById(visible.map((s) => s.supplierId).filter((id): id is string => Boolean(id)));
  return procurementView(doc.procurement, suppliers, language);
}
export type PublicProcurement = Awaited<ReturnType<typeof procurementForEntryPage>>;
