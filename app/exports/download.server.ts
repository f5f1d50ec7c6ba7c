import { cacheableResponse } from "~/api/json-response.server";
import { cachedExport } from "./export-cache.server";
import { publicOrigin } from "~/config/settings.mjs";

/**
 * A bulk download: built once per change of the register (keyed by its path and origin, as
 * rows carry absolute URLs), cacheable like the API, saved under `filename` by browsers.
 */
export async function downloadResponse(request: Request, build: () => Promise<string>, contentType: string, filename: string) {
  const { body, etag } = await cachedExport(`${publicOrigin()}${new URL(request.url).pathname}`, build);
  return cacheableResponse(request, body, contentType, { "Content-Disposition": `attachment; filename="${filename}"` }, etag);
}
