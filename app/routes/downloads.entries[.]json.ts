import type { LoaderFunctionArgs } from "@remix-run/node";
import { originOf } from "~/api/json-response.server";
import { downloadResponse } from "~/exports/download.server";
import { entryJson, jsonArray } from "~/exports/entries-json";
import { allSuppliers, currentVersionRows } from "~/exports/export-rows.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const [rows, suppliers] = await Promise.all([currentVersionRows(), allSuppliers()]);
  const origin = originOf(request);
  return downloadResponse(request, jsonArray(rows, (r) => entryJson(r, origin, suppliers)), "application/json; charset=utf-8", "algorithm-register-entries.json");
}
