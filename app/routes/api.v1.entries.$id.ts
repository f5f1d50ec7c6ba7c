import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiEntry } from "~/api/api-entries.server";
import { jsonError, jsonResponse } from "~/api/json-response.server";
import { publicOrigin } from "~/config/settings.mjs";

export { apiAction as action } from "~/api/json-response.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const entry = /^\d{1,20}$/.test(params.id ?? "") ? await apiEntry(publicOrigin(), params.id!) : null;
  if (!entry) return jsonError(404, "No published entry has this id.");
  return jsonResponse(request, entry);
}
