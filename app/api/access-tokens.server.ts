/**
 * Access tokens for API clients: JWTs (RFC 9068 profile, `typ: at+jwt`) signed with the register's
 * current ES256 key, valid for API_TOKEN_MINUTES.
 */
import { randomUUID } from "node:crypto";
import { errors, jwtVerify, SignJWT, type JWTHeaderParameters } from "jose";
import { LRUCache } from "lru-cache";
import { publicOrigin, setting } from "~/config/settings.mjs";
import { parseScopes, formatScopes, type ApiScope } from "./scopes";
import { currentSigningKey, publicKeyFor, SIGNING_ALGORITHM } from "./signing-keys.server";

export const TOKEN_TYPE = "at+jwt";

/** Who the tokens are for: this register's API (`/api/v1` and the filing API). */
export function apiAudience(): string {
  return `${publicOrigin()}/api`;
}

export function tokenLifetimeSeconds(): number {
  return setting("API_TOKEN_MINUTES") * 60;
}

export async function issueAccessToken(client: { id: string; organisationId: string }, scopes: readonly ApiScope[], now = new Date()) {
  const { kid, key } = await currentSigningKey();
  const iat = Math.floor(now.getTime() / 1000);
  const expiresIn = tokenLifetimeSeconds();
  const token = await new SignJWT({ org: client.organisationId, scope: formatScopes(scopes), client_id: client.id })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid, typ: TOKEN_TYPE })
    .setIssuer(publicOrigin())
    .setSubject(client.id)
    .setAudience(apiAudience())
    .setIssuedAt(iat)
    .setExpirationTime(iat + expiresIn)
    .setJti(randomUUID())
    .sign(key);
  return { token, expiresIn };
}

export type VerifiedToken = { clientId: string; organisationId: string; scopes: ApiScope[] };

// A client sends the same token with every request for its few minutes of life: its signature is checked
// once, then the verified claims are reused until the token expires (a token cannot change; a changed one is another key).
const verified = new LRUCache<string, { claims: VerifiedToken; expiresAtMs: number; issuer: string }>({ max: 5_000 });

/** The token's claims when its signature, issuer, audience, type and lifetime are right; null otherwise. */
export async function verifyAccessToken(token: string, now = Date.now()): Promise<VerifiedToken | null> {
  const known = verified.get(token);
  if (known && known.expiresAtMs > now && known.issuer === publicOrigin()) return known.claims;
  const claims = await verifySignedToken(token);
  if (claims) verified.set(token, { claims: claims.claims, expiresAtMs: claims.exp * 1000, issuer: publicOrigin() });
  return claims?.claims ?? null;
}

async function verifySignedToken(token: string): Promise<{ claims: VerifiedToken; exp: number } | null> {
  try {
    const { payload } = await jwtVerify(
      token,
      async (header: JWTHeaderParameters) => {
        const found = await publicKeyFor(header.kid);
        if (!found) throw new errors.JWKSNoMatchingKey();
        return found.key;
      },
      { algorithms: [SIGNING_ALGORITHM], issuer: publicOrigin(), audience: apiAudience(), typ: TOKEN_TYPE, requiredClaims: ["sub", "exp", "iat", "jti"] },
    );
    if (typeof payload.sub !== "string" || typeof payload.org !== "string" || typeof payload.scope !== "string" || typeof payload.exp !== "number") return null;
    return { claims: { clientId: payload.sub, organisationId: payload.org, scopes: parseScopes(payload.scope).scopes }, exp: payload.exp };
  } catch (error) {
    if (error instanceof errors.JOSEError) return null;
    throw error;
  }
}
