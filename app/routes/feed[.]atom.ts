import type { LoaderFunctionArgs } from "@remix-run/node";
import { cacheableResponse, originOf } from "~/api/json-response.server";
import { changesAtomFeed } from "~/exports/atom";
import { latestChanges } from "~/exports/changes.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const xml = changesAtomFeed(originOf(request), await latestChanges(100));
  return cacheableResponse(request, xml, "application/atom+xml; charset=utf-8");
}
