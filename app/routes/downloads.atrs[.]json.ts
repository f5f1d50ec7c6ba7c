import type { LoaderFunctionArgs } from "@remix-run/node";
import { originOf } from "~/api/json-response.server";
import { toAtrs } from "~/exports/atrs";
import { downloadResponse } from "~/exports/download.server";
import { jsonArray } from "~/exports/entries-json";
import { allSuppliers, currentVersionRows } from "~/exports/export-rows.server";

/** Every current entry shaped like a UK ATRS record (tier 1 and tier 2). */
export async function loader({ request }: LoaderFunctionArgs) {
  const build = async () => {
    const [rows, suppliers, origin] = [await currentVersionRows(), await allSuppliers(), originOf(request)];
    return jsonArray(rows, (r) => toAtrs(r.doc, { publicId: r.publicId, url: `${origin}/algorithms/${r.publicId}`, organisationName: r.organisation.name, suppliers }));
  };
  return downloadResponse(request, build, "application/json; charset=utf-8", "algorithm-register-atrs.json");
}
