import { setting } from "~/config/settings.mjs";
import { textOf } from "~/i18n/language.server";

/** LOCAL_PASSWORDS=false: staff sign in only through a provider, and every password form refuses. */
export function localPasswordsAllowed(): boolean {
  return setting("LOCAL_PASSWORDS");
}

/** For an action that signs in with, sets or changes a password: 403 when local passwords are switched off. */
export function requireLocalPasswords(request: Request): void {
  if (localPasswordsAllowed()) return;
  throw new Response(textOf(request).signIn.localPasswordsOff, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
