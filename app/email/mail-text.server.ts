/**
 * Mails in their recipient's language: the text from that language's catalogue, links to the pages
 * in that language (`/nl/…`), dates written as that language writes them. A citizen's mails use the
 * language they wrote in; staff mails the deployment's DEFAULT_LANGUAGE (staff have no language of
 * their own yet).
 */
import { publicOrigin, setting } from "~/config/settings.mjs";
import { localePath, type Language } from "~/i18n/languages.mjs";
import { textFor, type Text } from "~/i18n/text";
import type { MessageValues } from "~/i18n/text-types";
import type { Mail } from "./email.server";

export type MailKind = keyof Text["notifications"]["mail"];

/** The language of mails to staff. */
export const staffLanguage = (): Language => setting("DEFAULT_LANGUAGE");

/** A mail's subject and text in a language. */
export function mailText(language: Language, kind: MailKind, values: MessageValues): Omit<Mail, "to"> {
  const mail = textFor(language).notifications.mail[kind];
  return { subject: mail.subject(values), text: mail.text(values) };
}

/** The absolute address of a page in a language: `/feedback/1` → `https://register.example/nl/feedback/1`. */
export const mailLink = (language: Language, path: string) => `${publicOrigin()}${localePath(language, path)}`;

const LOCALES: Record<Language, string> = { en: "en-GB", nl: "nl-NL" };
const dayFormats = new Map<Language, Intl.DateTimeFormat>();

/** A day as the language writes it in full ("2 December 2026", "2 december 2026"), in UTC like the pages. */
export function mailDay(value: Date, language: Language): string {
  let format = dayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    dayFormats.set(language, format);
  }
  return format.format(value);
}
