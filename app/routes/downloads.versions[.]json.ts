import type { LoaderFunctionArgs } from "@remix-run/node";

import { downloadResponse } from "~/exports/download.server";
import { jsonArray, versionJson } from "~/exports/entries-json";
import { allSuppliers, allVersionRows } from "~/exports/export-rows.server";
import { publicOrigin } from "~/config/settings.mjs";

export async function loader({ request }: LoaderFunctionArgs) {
  const build = async () => {
    const [rows, suppliers, origin] = [await allVersionRows(), await allSuppliers(), publicOrigin()];
    return jsonArray(rows, (r) => versionJson(r, origin, suppliers));
  };
  return downloadResponse(request, build, "application/json; charset=utf-8", "algorithm-register-versions.json");
}
