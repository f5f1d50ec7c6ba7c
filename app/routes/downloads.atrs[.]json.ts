import type { LoaderFunctionArgs } from "@remix-run/node";

import { toAtrs } from "~/exports/atrs";
import { jsonArrayChunks } from "~/exports/entries-json";
import { allSuppliers, currentVersionPages, type ExportRow } from "~/exports/export-rows.server";
import { streamedDownloadResponse } from "~/exports/streamed-download.server";
import { publicOrigin } from "~/config/settings.mjs";

/** Every current entry shaped like a UK ATRS record (tier 1 and tier 2). */
export async function loader({ request }: LoaderFunctionArgs) {
  const [origin, suppliers] = [publicOrigin(), await allSuppliers()];
  const toItem = (r: ExportRow) =>
    toAtrs(r.doc, { publicId: r.publicId, url: `${origin}/algorithms/${r.publicId}`, organisationName: r.organisation.name, suppliers });
  return streamedDownloadResponse(
    request,
    () => jsonArrayChunks(currentVersionPages(), toItem),
    "application/json; charset=utf-8",
    "algorithm-register-atrs.json",
  );
}
