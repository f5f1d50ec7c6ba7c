import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiSummary } from "~/api/api-entries.server";
import { jsonResponse } from "~/api/json-response.server";
import { entrySummaries } from "~/search/entry-summaries.server";
import { parseSearchParams, toQueryString } from "~/search/search-params";
import { search } from "~/search/search.server";
import { publicOrigin } from "~/config/settings.mjs";

export { apiAction as action } from "~/api/json-response.server";

/** Public entries with the same words, filters and sorting as /algorithms. */
export async function loader({ request }: LoaderFunctionArgs) {
  const origin = publicOrigin();
  const params = parseSearchParams(new URL(request.url).searchParams, { allowPerPage: true });
  const result = await search(params, { withFacets: false });
  const entries = await entrySummaries(result.ids);
  const link = (page: number) => `${origin}/api/v1/entries${toQueryString(params, { page }, { perPage: true }) || "?"}`.replace(/\?$/, "");
  return jsonResponse(request, {
    data: entries.map((e) => apiSummary(origin, e)),
    meta: { total: result.total, page: result.page, per_page: params.perPage, pages: result.pages },
    links: {
      self: link(result.page),
      first: link(1),
      last: link(result.pages),
      prev: result.page > 1 ? link(result.page - 1) : null,
      next: result.page < result.pages ? link(result.page + 1) : null,
    },
  });
}
