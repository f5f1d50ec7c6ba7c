import type { LoaderFunctionArgs } from "@remix-run/node";

import { entryJson, jsonArrayChunks } from "~/exports/entries-json";
import { allSuppliers, currentVersionPages } from "~/exports/export-rows.server";
import { streamedDownloadResponse } from "~/exports/streamed-download.server";
import { publicOrigin } from "~/config/settings.mjs";

export async function loader({ request }: LoaderFunctionArgs) {
  const [origin, suppliers] = [publicOrigin(), await allSuppliers()];
  return streamedDownloadResponse(
    request,
    () => jsonArrayChunks(currentVersionPages(), (r) => entryJson(r, origin, suppliers)),
    "application/json; charset=utf-8",
    "algorithm-register-entries.json",
  );
}
