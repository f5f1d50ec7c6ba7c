import type { LoaderFunctionArgs } from "@remix-run/node";
import { paginate, publicSuppliers } from "~/api/api-directory.server";
import { jsonResponse } from "~/api/json-response.server";
import { parseSearchParams } from "~/search/search-params";
import { publicOrigin } from "~/config/settings.mjs";

export { apiAction as action } from "~/api/json-response.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { page, perPage } = parseSearchParams(new URL(request.url).searchParams, { allowPerPage: true });
  return jsonResponse(request, paginate(request, await publicSuppliers(publicOrigin()), page, perPage));
}
