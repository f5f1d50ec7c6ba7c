import type { LoaderFunctionArgs } from "@remix-run/node";
import { jsonResponse } from "~/api/json-response.server";
import { OPENAPI_DOCUMENT } from "~/api/openapi";
import { publicOrigin } from "~/config/settings.mjs";

export { apiAction as action } from "~/api/json-response.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return jsonResponse(request, { ...OPENAPI_DOCUMENT, servers: [{ url: publicOrigin() }] });
}
