// How a request without a language prefix picks one: server-only (the browser never negotiates), so
// the negotiation libraries stay out of the pages' JavaScript. Plain JavaScript for server.mjs.
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { isLanguage, LANGUAGE_COOKIE, LANGUAGES, languageInPath } from "./languages.mjs";

/** @typedef {import("./languages.mjs").Language} Language */

/**
 * @param {string | null | undefined} cookieHeader
 * @returns {Language | null}
 */
function languageCookie(cookieHeader) {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === LANGUAGE_COOKIE && isLanguage(value)) return value;
  }
  return null;
}

/**
 * The browser's preferred language among ours (`Accept-Language`), or null when it names none of them.
 * @param {string | null | undefined} acceptLanguage
 * @returns {Language | null}
 */
export function acceptedLanguage(acceptLanguage) {
  if (!acceptLanguage) return null;
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages();
  if (requested.length === 0 || requested[0] === "*") return null;
  try {
    const found = match(requested, /** @type {string[]} */ ([...LANGUAGES]), "und", { algorithm: "best fit" });
    return isLanguage(found) ? found : null;
  } catch {
    return null; // a tag Intl cannot read
  }
}

/**
 * The language of a request: the path's prefix; else the visitor's last choice (cookie); else the
 * browser's `Accept-Language`; else the deployment's default.
 * @param {{ pathname: string; cookie?: string | null; acceptLanguage?: string | null; fallback: Language }} request
 * @returns {Language}
 */
export function negotiateLanguage({ pathname, cookie, acceptLanguage, fallback }) {
  return languageInPath(pathname) ?? languageCookie(cookie) ?? acceptedLanguage(acceptLanguage) ?? fallback;
}
