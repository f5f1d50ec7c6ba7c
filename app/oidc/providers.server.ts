import * as client from "openid-client";
import { publicOrigin, setting } from "~/config/settings.mjs";

export type OidcProvider = ReturnType<typeof setting<"OIDC_PROVIDERS">>[number];

export function oidcProviders(): OidcProvider[] {
  return setting("OIDC_PROVIDERS");
}

export function findProvider(id: string): OidcProvider | undefined {
  return oidcProviders().find((p) => p.id === id);
}

/** Where the provider sends the browser back: register it at the provider exactly so. */
export function redirectUri(provider: OidcProvider): string {
  return `${publicOrigin()}/auth/oidc/${provider.id}/callback`;
}

/** Where the provider sends the browser after signing out: register it at the provider as a post-logout redirect URI. */
export function postLogoutRedirectUri(): string {
  return `${publicOrigin()}/login?loggedOut=1`;
}

const configurations = new Map<string, Promise<client.Configuration>>();

/** The provider's discovered metadata and client, fetched once per process (a failed discovery is tried again next time). */
export function providerConfiguration(provider: OidcProvider): Promise<client.Configuration> {
  const key = JSON.stringify(provider);
  let found = configurations.get(key);
  if (!found) {
    // Plain http is accepted by the settings only for a provider on this machine (tests, development).
    const insecure = new URL(provider.issuer).protocol === "http:";
    found = client.discovery(new URL(provider.issuer), provider.clientId, provider.clientSecret, undefined, {
      execute: insecure ? [client.allowInsecureRequests] : [],
      timeout: 10,
    });
    found.catch(() => configurations.delete(key));
    configurations.set(key, found);
  }
  return found;
}
