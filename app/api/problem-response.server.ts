/** RFC 9457 problem details: the API's error answers. */
import { CORS_HEADERS } from "./json-response.server";

export type ProblemDetails = { type?: string; title: string; status: number; detail?: string; [extension: string]: unknown };

export function problemResponse(problem: ProblemDetails, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ type: "about:blank", ...problem }), {
    status: problem.status,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Expose-Headers": "ETag, Link, WWW-Authenticate, Retry-After",
      "Content-Type": "application/problem+json; charset=utf-8",
      "Cache-Control": "no-store",
      ...headers,
    },
  });
}
