import type { PublicProcurement } from "./entry-procurement.server";

/** The public procurement block on an entry page. */
export function ProcurementBlock({ procurement }: { procurement: PublicProcurement }) {
  if (!procurement) return null;
  return null;
}
