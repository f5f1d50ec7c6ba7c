import type { Language } from "~/i18n/languages.mjs";

const names = new Map<Language, Intl.DisplayNames>();

/**
 * The name of an ISO 3166-1 alpha-2 code in a language (`NL` → "Netherlands" / "Nederland"), or the
 * code itself when unknown. The English one is `countryName` in content/vocabularies/countries.ts.
 */
export function countryNameIn(code: string, language: Language): string {
  let display = names.get(language);
  if (!display) {
    display = new Intl.DisplayNames([language], { type: "region", fallback: "code" });
    names.set(language, display);
  }
  return display.of(code) ?? code;
}
