import { getCsrfToken } from "~/utils/csrf.server";

export const BASE = "http://localhost";

/** A CSRF cookie and its token, as a browser would hold them after loading any page. */
export async function csrfPair() {
  const { token, setCookie } = await getCsrfToken(new Request(BASE));
  return { token, cookie: setCookie!.split(";")[0] };
}

export function joinCookies(...cookies: Array<string | undefined | null>) {
  return cookies.filter(Boolean).join("; ");
}

type Fields = Record<string, string | string[]>;

/** A form post like a browser without JavaScript sends, with a valid CSRF token unless told otherwise. */
export async function formRequest(path: string, fields: Fields, opts: { cookie?: string; csrf?: "valid" | "missing" | "forged" } = {}) {
  const csrf = await csrfPair();
  const body = new URLSearchParams();
  if ((opts.csrf ?? "valid") === "valid") body.append("csrf", csrf.token);
  if (opts.csrf === "forged") body.append("csrf", "x".repeat(43));
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
  return new Request(`${BASE}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: joinCookies(csrf.cookie, opts.cookie) },
    body,
  });
}

export function getRequest(path: string, cookie?: string) {
  return new Request(`${BASE}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}

/** Runs a loader or action and returns what it returned or threw (Remix treats both as responses). */
export async function call<T>(
  fn: (args: never) => Promise<T>,
  request: Request,
  params: Record<string, string> = {},
  context: Record<string, unknown> = { clientIp: "127.0.0.1" },
) {
  try {
    return { result: await fn({ request, params, context } as never), thrown: null as unknown };
  } catch (thrown) {
    return { result: null as T | null, thrown };
  }
}

/** Status of a returned or thrown Response, or of Remix's `data()` result. */
export function statusOf(value: unknown): number | undefined {
  if (value instanceof Response) return value.status;
  const init = (value as { init?: { status?: number } } | null)?.init;
  if (value && typeof value === "object" && "type" in value && (value as { type: string }).type === "DataWithResponseInit") return init?.status ?? 200;
  return undefined;
}

export function dataOf<T = unknown>(value: unknown): T {
  if (value && typeof value === "object" && "type" in value && (value as { type: string }).type === "DataWithResponseInit")
    return (value as unknown as { data: T }).data;
  return value as T;
}
