import { isRefusal, type RefusalReason } from "./refusals";
import { findProvider, oidcProviders } from "./providers.server";
import { localPasswordsAllowed } from "./local-passwords.server";

export type SignInOptions = {
  providers: { id: string; name: string }[];
  localPasswords: boolean;
  refused: { reason: RefusalReason; provider: string } | null;
};

/** What the login page offers: the deployment's providers, whether passwords are used, and why the last attempt was refused. */
export function signInOptions(url: URL): SignInOptions {
  const reason = url.searchParams.get("refused");
  const providerId = url.searchParams.get("provider") ?? "";
  return {
    providers: oidcProviders().map(({ id, name }) => ({ id, name })),
    localPasswords: localPasswordsAllowed(),
    refused: isRefusal(reason) ? { reason, provider: findProvider(providerId)?.name ?? providerId.slice(0, 40) } : null,
  };
}
