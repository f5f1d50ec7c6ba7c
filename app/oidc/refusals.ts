import { localePath, type Language } from "~/i18n/languages.mjs";
import type { Text } from "~/i18n/text";

/** Why a sign-in through a provider was refused: fixed keys, each a message in the signIn catalogue. */
export const REFUSALS = ["noMapping", "noAccount", "accountConflict", "failed", "unknownProvider"] as const;
export type RefusalReason = (typeof REFUSALS)[number];

export function isRefusal(value: unknown): value is RefusalReason {
  return REFUSALS.includes(value as RefusalReason);
}

/** The login page, in the language the attempt started in, saying why. */
export function refusalPath(language: Language, reason: RefusalReason, providerId: string): string {
  return localePath(language, `/login?${new URLSearchParams({ refused: reason, provider: providerId })}`);
}

export function refusalMessage(t: Text, reason: RefusalReason, providerName: string): string {
  const message = t.signIn.refused[reason];
  return typeof message === "function" ? message({ provider: providerName }) : message;
}
