import type { LoaderFunctionArgs } from "@remix-run/node";
import { cacheableResponse, originOf } from "~/api/json-response.server";
import { sitemapXml } from "~/exports/sitemap.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return cacheableResponse(request, await sitemapXml(originOf(request)), "application/xml; charset=utf-8");
}
