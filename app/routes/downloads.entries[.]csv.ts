import type { LoaderFunctionArgs } from "@remix-run/node";

import { entriesCsvChunks } from "~/exports/entries-csv";
import { allSuppliers, currentVersionPages } from "~/exports/export-rows.server";
import { streamedDownloadResponse } from "~/exports/streamed-download.server";
import { publicOrigin } from "~/config/settings.mjs";

export async function loader({ request }: LoaderFunctionArgs) {
  const origin = publicOrigin();
  const suppliers = await allSuppliers();
  return streamedDownloadResponse(
    request,
    () => entriesCsvChunks(currentVersionPages(), origin, suppliers),
    "text/csv; charset=utf-8",
    "algorithm-register-entries.csv",
  );
}
