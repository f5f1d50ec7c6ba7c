import type { ProcurementDraft } from "~/entries/procurement-schema";

export type PublicProcurement = Omit<ProcurementDraft, "withheld"> & {
  withheld: Array<{ field: string; reason: string; legalGround: string }>;
};

/**
 * The procurement block as the public may see it: every field listed as withheld is removed
 * (only its reason and legal ground remain). Used by the entry page, the API and all exports.
 */
export function publicProcurement(p: ProcurementDraft | undefined | null): PublicProcurement | null {
  if (!p) return null;
  const { withheld: listed, ...fields } = p;
  // Most entries withhold nothing: skip rebuilding the object (exports call this 50,000 times).
  if (!listed?.length) return { ...fields, withheld: [] };
  const withheld = listed.filter((w) => w.field);
  const hidden = new Set(withheld.map((w) => w.field as string));
  const visible = Object.fromEntries(Object.entries(fields).filter(([key]) => !hidden.has(key)));
  return { ...visible, withheld: withheld.map((w) => ({ field: w.field!, reason: w.reason ?? "", legalGround: w.legalGround ?? "" })) };
}
