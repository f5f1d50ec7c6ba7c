import { languageInPath, localePath } from "~/i18n/languages.mjs";

/**
 * Where a redirect after an assessment form goes: in the language prefix of the address the form was
 * posted to (`/nl/assessments/1` → `/nl/…`), and without one when it had none, so that an unprefixed
 * address stays unprefixed (and keeps being answered in the negotiated language).
 */
export function redirectPath(request: Request, to: string): string {
  const language = languageInPath(new URL(request.url).pathname);
  return language ? localePath(language, to) : to;
}
