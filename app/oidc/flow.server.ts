import { createCookie } from "@remix-run/node";
import * as client from "openid-client";
import { setting } from "~/config/settings.mjs";
import { isLanguage, type Language } from "~/i18n/languages.mjs";
import { sessionSecret } from "~/utils/secret.server";
import type { SessionIdentity } from "./session-identity.server";
import { recordRefusal, signInIdentity, type Refusal } from "./accounts.server";
import { type OidcProvider, providerConfiguration, redirectUri } from "./providers.server";

/** What the browser carries between leaving for the provider and coming back: signed, HttpOnly, for ten minutes. */
export type Flow = { provider: string; state: string; nonce: string; verifier: string; redirectTo: string; language: Language };

let cookie: ReturnType<typeof createCookie> | undefined;

export function flowCookie() {
  // SameSite=Lax: the provider sends the browser back with a top-level GET, which carries Lax cookies.
  cookie ??= createCookie("__oidc_flow", {
    httpOnly: true,
    sameSite: "lax",
    secure: setting("NODE_ENV") === "production" && !setting("INSECURE_COOKIES"),
    path: "/auth/oidc",
    secrets: [sessionSecret()],
    maxAge: 600,
  });
  return cookie;
}

/** The address of the provider's sign-in page for this attempt (authorization code with PKCE, state and nonce), and the cookie that remembers it. */
export async function beginSignIn(provider: OidcProvider, redirectTo: string, language: Language) {
  const config = await providerConfiguration(provider);
  const verifier = client.randomPKCECodeVerifier();
  const flow: Flow = { provider: provider.id, state: client.randomState(), nonce: client.randomNonce(), verifier, redirectTo, language };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri(provider),
    scope: provider.scopes.join(" "),
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state: flow.state,
    nonce: flow.nonce,
  });
  return { location: url.href, cookie: await flowCookie().serialize(flow) };
}

export async function readFlow(request: Request): Promise<Flow | null> {
  const value = (await flowCookie().parse(request.headers.get("Cookie"))) as Partial<Flow> | null;
  if (!value || typeof value !== "object") return null;
  const { provider, state, nonce, verifier, redirectTo, language } = value;
  if (![provider, state, nonce, verifier, redirectTo].every((v) => typeof v === "string") || !isLanguage(language)) return null;
  return value as Flow;
}

/** For the audit trail: the library's message and, when a claim of the ID token was wrong (nonce, issuer, audience), which. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return "error";
  let claim: unknown;
  let cause: unknown = error;
  for (let depth = 0; depth < 4 && cause && typeof cause === "object" && claim === undefined; depth++) {
    claim = (cause as { claim?: unknown }).claim;
    cause = (cause as { cause?: unknown }).cause;
  }
  return `${error.name}: ${error.message}${typeof claim === "string" ? ` (${claim})` : ""}`.slice(0, 300);
}

export type Completion = { ok: true; userId: string; identity: SessionIdentity } | { ok: false; reason: Refusal | "failed" };

/**
 * The provider's answer at the callback: the code is exchanged (checking state, PKCE and the ID token's
 * nonce, issuer, audience and signature), the claims are read from the ID token and the userinfo
 * endpoint, and mapped to an account. Anything wrong is a refusal, recorded in the audit trail.
 */
export async function completeSignIn(request: Request, provider: OidcProvider, flow: Flow | null): Promise<Completion> {
  if (!flow || flow.provider !== provider.id) {
    await recordRefusal(provider, null, null, "no sign-in in progress");
    return { ok: false, reason: "failed" };
  }
  let claims: Record<string, unknown>;
  let idToken: string;
  try {
    const config = await providerConfiguration(provider);
    // The registered redirect URI with the provider's parameters: the request may have reached us through a proxy.
    const current = new URL(redirectUri(provider));
    current.search = new URL(request.url).search;
    const tokens = await client.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const fromIdToken = tokens.claims()!;
    const userinfo = config.serverMetadata().userinfo_endpoint ? await client.fetchUserInfo(config, tokens.access_token, fromIdToken.sub) : {};
    claims = { ...userinfo, ...fromIdToken };
    idToken = tokens.id_token!;
  } catch (error) {
    await recordRefusal(provider, null, null, describeError(error));
    return { ok: false, reason: "failed" };
  }
  const issuer = String(claims.iss);
  const subject = String(claims.sub);
  const account = await signInIdentity(provider, issuer, claims);
  if (!account.ok) return account;
  return { ok: true, userId: account.userId, identity: { identityProvider: provider.id, identityIssuer: issuer, identitySubject: subject, idToken } };
}
