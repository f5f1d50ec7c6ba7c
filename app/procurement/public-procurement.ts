import type { ProcurementDraft } from "~/entries/procurement-schema";

/**
 * The procurement block as the public may see it: every field listed as withheld is removed
 * (only its reason and legal ground remain). Used by the entry page, the API and all exports.
 */
export function publicProcurement(p: ProcurementDraft | undefined | null) {
  if (!p) return null;
  const withheld = (p.withheld ?? []).filter((w) => w.field);
  const hidden = new Set(withheld.map((w) => w.field as string));
  const visible = Object.fromEntries(Object.entries(p).filter(([key]) => key !== "withheld" && !hidden.has(key)));
  return { ...visible, withheld: withheld.map((w) => ({ field: w.field!, reason: w.reason ?? "", legalGround: w.legalGround ?? "" })) } as Omit<ProcurementDraft, "withheld"> & {
    withheld: Array<{ field: string; reason: string; legalGround: string }>;
  };
}
