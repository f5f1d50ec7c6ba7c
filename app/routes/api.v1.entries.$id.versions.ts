import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiVersions } from "~/api/api-entries.server";
import { jsonError, jsonResponse } from "~/api/json-response.server";
import { publicOrigin } from "~/config/settings.mjs";

export { apiAction as action } from "~/api/json-response.server";

/** Every published version of an entry, newest first: versions are immutable. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const versions = /^\d{1,20}$/.test(params.id ?? "") ? await apiVersions(publicOrigin(), params.id!) : null;
  if (!versions) return jsonError(404, "No published entry has this id.");
  return jsonResponse(request, versions);
}
