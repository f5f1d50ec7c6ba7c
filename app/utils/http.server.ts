/**
 * One-line guards that turn missing records and refused access into proper HTTP answers. A message may be
 * a catalogue reference (`problem(...)`): the error page shows it in the page's language.
 */
import { problem } from "~/i18n/problem";

export function notFound(message = "Not found"): never {
  throw new Response(message, { status: 404, statusText: "Not Found" });
}

export function forbidden(message = problem("errors.forbiddenBody")): never {
  throw new Response(message, { status: 403, statusText: "Forbidden" });
}

export function badRequest(message = problem("errors.badRequestBody")): never {
  throw new Response(message, { status: 400, statusText: "Bad Request" });
}

export function invariantResponse<T>(value: T, message = "Not found", status = 404): asserts value {
  if (!value) throw new Response(message, { status });
}

// Any fixed origin will do: a target is safe when resolving it against an origin keeps that origin.
const SELF = "http://register.invalid";

/**
 * A redirect target from a query or form value: only a path on this site, resolved by the URL parser
 * as a browser would (which drops tabs and newlines and reads `\\` as `/`, so `/<TAB>/evil.example`
 * is `//evil.example`). The answer is the parser's serialisation, which is always valid in a Location
 * header; anything else is the fallback.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/dashboard") {
  if (!to || typeof to !== "string" || !to.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(to, SELF);
  } catch {
    return fallback;
  }
  // A path that serialises as `//host` (from `/..//host`) would leave the site when sent as a Location.
  if (url.origin !== SELF || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
