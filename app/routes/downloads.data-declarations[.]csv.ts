import type { LoaderFunctionArgs } from "@remix-run/node";
import { originOf } from "~/api/json-response.server";
import { declarationsCsv } from "~/data-use/declarations-csv.server";
import { downloadResponse } from "~/exports/download.server";

/** One row per entry and data set (built by the data-use module). */
export async function loader({ request }: LoaderFunctionArgs) {
  return downloadResponse(request, () => declarationsCsv(originOf(request)), "text/csv; charset=utf-8", "algorithm-register-data-declarations.csv");
}
