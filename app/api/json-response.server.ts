/**
 * Every public JSON answer goes through here: open CORS for reading, a strong
 * ETag over the exact body, one minute of public caching, and 304 when the
 * client already holds this body.
 */
import { createHash } from "node:crypto";

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match, Accept",
  "Access-Control-Expose-Headers": "ETag, Link",
};

export function etagOf(body: string | Uint8Array) {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

function matches(ifNoneMatch: string | null, etag: string) {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** A cacheable response for `body` (already serialised) with the given content type. */
export function cacheableResponse(request: Request, body: string, contentType: string, extra: Record<string, string> = {}, knownEtag?: string) {
  const etag = knownEtag ?? etagOf(body);
  const headers = { ...CORS_HEADERS, "Cache-Control": "public, max-age=60", ETag: etag, Vary: "Accept-Encoding", ...extra };
  if (matches(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": contentType } });
}

export function jsonResponse(request: Request, value: unknown, extra: Record<string, string> = {}) {
  return cacheableResponse(request, JSON.stringify(value), "application/json; charset=utf-8", extra);
}

/** Errors are JSON too, with CORS so browser clients can read them, and never cached. */
export function jsonError(status: number, message: string) {
  return new Response(JSON.stringify({ error: { status, message } }), {
    status,
    headers: { ...CORS_HEADERS, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** The `action` of every API route: answers CORS preflight, refuses writes. */
export async function apiAction({ request }: { request: Request }) {
  if (request.method === "OPTIONS") return new Response(null, { status: 204, headers: { ...CORS_HEADERS, "Access-Control-Max-Age": "86400" } });
  return new Response(JSON.stringify({ error: { status: 405, message: "This API is read-only. Use GET." } }), {
    status: 405,
    headers: { ...CORS_HEADERS, Allow: "GET, HEAD, OPTIONS", "Content-Type": "application/json; charset=utf-8" },
  });
}
