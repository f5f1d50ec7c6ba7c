// The register's languages and how a request picks one. Plain JavaScript so server.mjs (page cache
// keys, the language cookie) and the app read the same rule. Decision record 010 explains the URLs.
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";

/** Every language the register speaks; a new one is a catalogue file plus its translations. */
export const LANGUAGES = /** @type {const} */ (["en", "nl"]);

/** The cookie that remembers a visitor's last chosen language for addresses without a prefix. */
export const LANGUAGE_COOKIE = "lang";

/** @typedef {(typeof LANGUAGES)[number]} Language */

/**
 * @param {unknown} value
 * @returns {value is Language}
 */
export function isLanguage(value) {
  return typeof value === "string" && /** @type {readonly string[]} */ (LANGUAGES).includes(value);
}

/**
 * The language a path names with its first segment (`/nl/algorithms` → "nl"), if any.
 * @param {string} pathname
 * @returns {Language | null}
 */
export function languageInPath(pathname) {
  const first = pathname.split("/")[1];
  return isLanguage(first) ? first : null;
}

/**
 * The path without its language prefix (`/nl/algorithms` → `/algorithms`, `/nl` → `/`).
 * @param {string} pathname
 */
export function pathWithoutLanguage(pathname) {
  const lang = languageInPath(pathname);
  if (!lang) return pathname;
  return pathname.slice(lang.length + 1) || "/";
}

/**
 * The same page in a language: `/algorithms?q=x` → `/nl/algorithms?q=x`.
 * @param {Language} language
 * @param {string} to a path starting with "/", with or without query and fragment
 */
export function localePath(language, to) {
  const url = new URL(to, "http://x");
  const path = pathWithoutLanguage(url.pathname);
  return `/${language}${path === "/" ? "" : path}${url.search}${url.hash}`;
}

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
