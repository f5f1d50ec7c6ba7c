import type { LoaderFunctionArgs } from "@remix-run/node";
import { originOf } from "~/api/json-response.server";
import { downloadResponse } from "~/exports/download.server";
import { jsonArray, versionJson } from "~/exports/entries-json";
import { allSuppliers, allVersionRows } from "~/exports/export-rows.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const [rows, suppliers] = await Promise.all([allVersionRows(), allSuppliers()]);
  const origin = originOf(request);
  return downloadResponse(request, jsonArray(rows, (r) => versionJson(r, origin, suppliers)), "application/json; charset=utf-8", "algorithm-register-versions.json");
}
