import type { LoaderFunctionArgs } from "@remix-run/node";

import { declarationsCsv } from "~/data-use/declarations-csv.server";
import { downloadResponse } from "~/exports/download.server";
import { publicOrigin } from "~/config/settings.mjs";

/** One row per entry and data set (built by the data-use module). */
export async function loader({ request }: LoaderFunctionArgs) {
  return downloadResponse(request, () => declarationsCsv(publicOrigin()), "text/csv; charset=utf-8", "algorithm-register-data-declarations.csv");
}
