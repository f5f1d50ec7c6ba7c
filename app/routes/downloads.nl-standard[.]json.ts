import type { LoaderFunctionArgs } from "@remix-run/node";
import { originOf } from "~/api/json-response.server";
import { downloadResponse } from "~/exports/download.server";
import { jsonArray, nlStandardJson } from "~/exports/entries-json";
import { allSuppliers, currentVersionRows } from "~/exports/export-rows.server";

/** Every current entry in the Dutch publication standard 1.0. */
export async function loader({ request }: LoaderFunctionArgs) {
  const build = async () => {
    const [rows, suppliers, origin] = [await currentVersionRows(), await allSuppliers(), originOf(request)];
    return jsonArray(rows, (r) => nlStandardJson(r, origin, suppliers));
  };
  return downloadResponse(request, build, "application/json; charset=utf-8", "algorithm-register-nl-standard-1.0.json");
}
