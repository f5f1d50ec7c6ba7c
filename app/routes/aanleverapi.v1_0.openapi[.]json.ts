import type { LoaderFunctionArgs } from "@remix-run/node";
import { servedDocument } from "~/aanleverapi/document";
import { jsonResponse } from "~/api/json-response.server";

export { apiAction as action } from "~/api/json-response.server";

/** The Dutch filing API's OpenAPI document (aanleverapi v1.0) with this server's address: public, like /api/openapi.json. */
export async function loader({ request }: LoaderFunctionArgs) {
  return jsonResponse(request, servedDocument());
}
