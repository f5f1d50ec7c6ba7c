import type { LoaderFunctionArgs } from "@remix-run/node";

import { jsonArrayChunks, nlStandardJson } from "~/exports/entries-json";
import { allSuppliers, currentVersionPages } from "~/exports/export-rows.server";
import { streamedDownloadResponse } from "~/exports/streamed-download.server";
import { publicOrigin } from "~/config/settings.mjs";

/** Every current entry in the Dutch publication standard 1.0. */
export async function loader({ request }: LoaderFunctionArgs) {
  const [origin, suppliers] = [publicOrigin(), await allSuppliers()];
  return streamedDownloadResponse(
    request,
    () => jsonArrayChunks(currentVersionPages(), (r) => nlStandardJson(r, origin, suppliers)),
    "application/json; charset=utf-8",
    "algorithm-register-nl-standard-1.0.json",
  );
}
