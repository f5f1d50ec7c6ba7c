import type { LoaderFunctionArgs } from "@remix-run/node";
import { cacheableResponse } from "~/api/json-response.server";
import { publicOrigin } from "~/config/settings.mjs";
import { changesAtomFeed } from "~/exports/atom";
import { latestChanges } from "~/exports/changes.server";
import { feedLanguage } from "~/exports/feed-language.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const xml = changesAtomFeed(publicOrigin(), await latestChanges(100), feedLanguage(request));
  return cacheableResponse(request, xml, "application/atom+xml; charset=utf-8");
}
