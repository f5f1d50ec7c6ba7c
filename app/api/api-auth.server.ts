/**
 * The guard of every API request made with an access token (issue 18): the bearer token is verified
 * (signature, issuer, audience, lifetime), its client must still be active, the request's scope must
 * be among the token's, and each client has a rate limit. Failures are RFC 9457 problem details with
 * the RFC 6750 WWW-Authenticate header.
 */
import { LRUCache } from "lru-cache";
import { setting } from "~/config/settings.mjs";
import { languageOf } from "~/i18n/language.server";
import { textFor } from "~/i18n/text";
import { createRateLimiter } from "~/utils/rate-limit.server";
import { db } from "~/utils/db.server";
import { verifyAccessToken } from "./access-tokens.server";
import { problemResponse } from "./problem-response.server";
import { parseScopes, type ApiScope } from "./scopes";

export type ApiClientActor = { clientId: string; clientName: string; organisationId: string; scopes: ApiScope[] };

type ClientState = { name: string; organisationId: string; active: boolean; expiresAt: Date | null; scopes: ApiScope[] };

/** How long a process trusts what it read about a client: a revoked client's tokens stop working within this time. */
let clientCheckMs = 30_000;
const clients = new LRUCache<string, { state: ClientState | null; at: number }>({ max: 10_000 });

/** For tests: a shorter cache time; returns the previous one. */
export function setClientCheckCacheMs(ms: number): number {
  const previous = clientCheckMs;
  clientCheckMs = ms;
  return previous;
}

/** This process forgets what it knows of a client (after a revocation or rotation made here). */
export function forgetApiClient(clientId?: string) {
  if (clientId === undefined) clients.clear();
  else clients.delete(clientId);
}

async function clientState(clientId: string, now: number): Promise<ClientState | null> {
  const cached = clients.get(clientId);
  if (cached && now - cached.at < clientCheckMs) return cached.state;
  const row = await db.apiClient.findUnique({
    where: { id: clientId },
    select: { name: true, organisationId: true, revokedAt: true, expiresAt: true, scopes: true },
  });
  const state = row
    ? { name: row.name, organisationId: row.organisationId, active: !row.revokedAt, expiresAt: row.expiresAt, scopes: parseScopes(row.scopes).scopes }
    : null;
  clients.set(clientId, { state, at: now });
  return state;
}

let limiter: { limiter: ReturnType<typeof createRateLimiter>; limit: number } | undefined;
function rateLimiter() {
  const limit = setting("API_REQUESTS_PER_MINUTE");
  if (!limiter || limiter.limit !== limit) limiter = { limit, limiter: createRateLimiter({ name: "api-client", limit, windowMs: 60_000 }) };
  return limiter;
}

/** For tests: every client starts with a full allowance. */
export async function resetApiRateLimits() {
  await rateLimiter().limiter.reset();
}

function bearerToken(request: Request): string | null {
  const header = request.headers.get("Authorization");
  const match = header?.match(/^Bearer[ ]+([A-Za-z0-9._~+/-]+=*)\s*$/i);
  return match ? match[1] : null;
}

function unauthorized(request: Request, detail: "missingToken" | "invalidToken" | "inactiveClient"): Response {
  const t = textFor(languageOf(request)).apiClients.problems;
  const challenge = detail === "missingToken" ? `Bearer realm="api"` : `Bearer realm="api", error="invalid_token"`;
  return problemResponse({ title: t.unauthorizedTitle, status: 401, detail: t[detail] }, { "WWW-Authenticate": challenge });
}

/**
 * Reads `Authorization: Bearer <token>`, verifies it, checks the client is still active; throws a Response
 * (RFC 9457 application/problem+json, 401 with WWW-Authenticate, or 403 insufficient_scope) otherwise.
 */
export async function requireApiClient(request: Request, scope: ApiScope): Promise<ApiClientActor> {
  const token = bearerToken(request);
  if (!token) throw unauthorized(request, "missingToken");
  const claims = await verifyAccessToken(token);
  if (!claims) throw unauthorized(request, "invalidToken");
  const now = Date.now();
  const client = await clientState(claims.clientId, now);
  if (!client || !client.active || (client.expiresAt && client.expiresAt.getTime() <= now)) throw unauthorized(request, "inactiveClient");
  if (client.organisationId !== claims.organisationId) throw unauthorized(request, "invalidToken");
  // A scope taken from the client after the token was issued no longer counts.
  const scopes = claims.scopes.filter((s) => client.scopes.includes(s));
  if (!scopes.includes(scope)) {
    const t = textFor(languageOf(request)).apiClients.problems;
    throw problemResponse(
      { title: t.forbiddenTitle, status: 403, detail: t.insufficientScope({ scope }) },
      { "WWW-Authenticate": `Bearer realm="api", error="insufficient_scope", scope="${scope}"` },
    );
  }
  const { limiter: perClient, limit } = rateLimiter();
  if (!(await perClient.hit(claims.clientId))) {
    const t = textFor(languageOf(request)).apiClients.problems;
    throw problemResponse({ title: t.tooManyTitle, status: 429, detail: t.tooMany({ limit }) }, { "Retry-After": "60" });
  }
  return { clientId: claims.clientId, clientName: client.name, organisationId: client.organisationId, scopes };
}

/** The audit fields of a change made through the API: the trail shows "via API client <name>". */
export function auditActorFor(actor: Pick<ApiClientActor, "clientId">): { actorId: null; apiClientId: string } {
  return { actorId: null, apiClientId: actor.clientId };
}
