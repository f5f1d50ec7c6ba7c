import type { LoaderFunctionArgs } from "@remix-run/node";
import { cacheableResponse } from "~/api/json-response.server";
import { sitemapXml } from "~/exports/sitemap.server";
import { publicOrigin } from "~/config/settings.mjs";

export async function loader({ request }: LoaderFunctionArgs) {
  return cacheableResponse(request, await sitemapXml(publicOrigin()), "application/xml; charset=utf-8");
}
