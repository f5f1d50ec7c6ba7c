import * as client from "openid-client";
import { readSessionId } from "~/auth/session.server";
import { db } from "~/utils/db.server";
import { findProvider, postLogoutRedirectUri, providerConfiguration } from "./providers.server";

/**
 * For a session that came from a provider: the provider's end-session address (RP-initiated logout,
 * with id_token_hint and post_logout_redirect_uri), so that signing out here signs out there too.
 * Null for a password session, or when the provider offers no end-session endpoint or cannot be reached.
 */
export async function providerLogoutUrl(request: Request): Promise<string | null> {
  const id = await readSessionId(request);
  const session = id ? await db.session.findUnique({ where: { id }, select: { identityProvider: true, idToken: true } }) : null;
  const provider = session?.identityProvider ? findProvider(session.identityProvider) : undefined;
  if (!provider || !session?.idToken) return null;
  try {
    const config = await providerConfiguration(provider);
    if (!config.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(config, { id_token_hint: session.idToken, post_logout_redirect_uri: postLogoutRedirectUri() }).href;
  } catch {
    return null;
  }
}
