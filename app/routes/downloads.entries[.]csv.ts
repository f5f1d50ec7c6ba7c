import type { LoaderFunctionArgs } from "@remix-run/node";
import { originOf } from "~/api/json-response.server";
import { downloadResponse } from "~/exports/download.server";
import { entriesCsv } from "~/exports/entries-csv";
import { allSuppliers, currentVersionRows } from "~/exports/export-rows.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const build = async () => entriesCsv(await currentVersionRows(), originOf(request), await allSuppliers());
  return downloadResponse(request, build, "text/csv; charset=utf-8", "algorithm-register-entries.csv");
}
