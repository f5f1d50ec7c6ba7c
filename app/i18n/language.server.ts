import { setting } from "~/config/settings.mjs";
import { LANGUAGE_COOKIE, languageInPath, localePath, type Language } from "./languages.mjs";
import { negotiateLanguage } from "./negotiate-language.server.mjs";
import { textFor, type Text } from "./text";

/** The language a request is answered in (decision record 010). */
export function languageOf(request: Request): Language {
  return negotiateLanguage({
    pathname: new URL(request.url).pathname,
    cookie: request.headers.get("Cookie"),
    acceptLanguage: request.headers.get("Accept-Language"),
    fallback: setting("DEFAULT_LANGUAGE"),
  });
}

export function textOf(request: Request): Text {
  return textFor(languageOf(request));
}

/** A path in the request's language, for redirects: `/entries/1` → `/nl/entries/1`. */
export function pathIn(request: Request, to: string): string {
  return localePath(languageOf(request), to);
}

/**
 * Remembers a language chosen by address (`/nl/…`) for the addresses without a prefix (mail links,
 * redirects): a Set-Cookie value, or null when the cookie already says so or the address has no prefix.
 */
export function languageCookieFor(request: Request): string | null {
  const chosen = languageInPath(new URL(request.url).pathname);
  if (!chosen) return null;
  const current = request.headers.get("Cookie") ?? "";
  if (current.split(";").some((part) => part.trim() === `${LANGUAGE_COOKIE}=${chosen}`)) return null;
  return `${LANGUAGE_COOKIE}=${chosen}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
