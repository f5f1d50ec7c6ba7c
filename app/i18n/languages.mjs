// The register's languages and their addresses. Plain JavaScript so server.mjs (page cache keys) and
// the app read the same rule. Decision record 010 explains the URLs; negotiate-language.server.mjs
// picks a language for an address without a prefix.

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
