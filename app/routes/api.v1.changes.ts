import type { LoaderFunctionArgs } from "@remix-run/node";
import { jsonError, jsonResponse } from "~/api/json-response.server";
import { changesSince } from "~/exports/changes.server";
import { parseSearchParams } from "~/search/search-params";
import { publicOrigin } from "~/config/settings.mjs";

export { apiAction as action } from "~/api/json-response.server";

/** Incremental sync: versions published after `since`, oldest first, followed page by page with `cursor`. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const sinceText = url.searchParams.get("since");
  const since = sinceText ? new Date(sinceText) : null;
  if (sinceText && (Number.isNaN(since!.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(sinceText))) {
    return jsonError(400, "`since` must be an ISO 8601 date or date-time, for example 2026-01-31 or 2026-01-31T12:00:00Z.");
  }
  const { perPage } = parseSearchParams(url.searchParams, { allowPerPage: true });
  const origin = publicOrigin();
  const { changes, nextCursor } = await changesSince({ since, cursor: url.searchParams.get("cursor"), limit: perPage });
  const next = new URL(url);
  if (nextCursor) next.searchParams.set("cursor", nextCursor);
  return jsonResponse(request, {
    data: changes.map((c) => ({
      kind: c.kind,
      id: c.publicId,
      name: c.name,
      organisation: c.organisation,
      version: c.version,
      published_at: c.publishedAt.toISOString(),
      change_note: c.changeNote,
      url: `${origin}/algorithms/${c.publicId}`,
      api_url: `${origin}/api/v1/entries/${c.publicId}`,
      diff_url: c.diffPath ? `${origin}${c.diffPath}` : null,
      cursor: c.cursor,
    })),
    next_cursor: nextCursor,
    links: { self: url.toString(), next: nextCursor ? next.toString() : null },
  });
}
