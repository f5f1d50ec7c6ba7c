// Which requests may be answered from the server's HTML cache (server/html-cache.mjs). Plain
// JavaScript so server.mjs can import it directly and the root loader (which must leave the CSRF
// token out of such pages) uses the very same rule.

import { pathWithoutLanguage } from "../i18n/languages.mjs";

const SLUG = "[a-z0-9][a-z0-9-]*";
const CACHEABLE_PATHS = [
  "/",
  "/algorithms",
  "/algorithms/\\d{8}",
  "/algorithms/\\d{8}/history",
  "/organisations",
  `/organisations/${SLUG}`,
  "/suppliers",
  `/suppliers/(?!new$)${SLUG}`,
  "/your-data",
  `/your-data/categories/${SLUG}`,
  `/your-data/life-events/${SLUG}`,
  "/statistics",
  "/downloads",
  "/about",
  `/about/(?!decisions$)${SLUG}`,
  "/about/decisions",
  `/about/decisions/${SLUG}`,
].map((p) => new RegExp(`^${p}$`));

/** The name of the session cookie: any request carrying it is a signed-in visitor's. */
export const SESSION_COOKIE = "__session";

/**
 * Public read-only pages whose HTML is the same for every anonymous visitor.
 * @param {string} pathname
 * @returns {boolean}
 */
export function isCacheablePath(pathname) {
  const path = pathWithoutLanguage(pathname);
  return CACHEABLE_PATHS.some((re) => re.test(path));
}

/** @param {string | null | undefined} cookieHeader */
function hasSessionCookie(cookieHeader) {
  if (!cookieHeader) return false;
  return cookieHeader.split(";").some((part) => part.trim().startsWith(`${SESSION_COOKIE}=`));
}

/**
 * An anonymous GET of a cacheable path without a query string. `url` is the request path with
 * its query (as in Express's `req.originalUrl`) or an absolute URL.
 * @param {{ method: string | undefined; url: string; cookie: string | null | undefined }} request
 * @returns {boolean}
 */
export function isCacheableRequest({ method, url, cookie }) {
  if (method !== "GET") return false;
  let parsed;
  try {
    parsed = new URL(url, "http://localhost");
  } catch {
    return false; // a request target no URL parser accepts is never a cached page
  }
  return parsed.search === "" && isCacheablePath(parsed.pathname) && !hasSessionCookie(cookie);
}
