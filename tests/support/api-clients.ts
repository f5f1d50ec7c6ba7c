import { createApiClient } from "~/api/api-clients.server";
import type { ApiScope } from "~/api/scopes";
import { action as tokenAction } from "~/routes/oauth.token";
import { db } from "~/utils/db.server";
import { BASE } from "./requests";

/** An API client of an existing organisation, made through the real domain function (valid for a year). */
export async function createTestApiClient(opts: {
  organisationSlug: string;
  scopes: ApiScope[];
  name?: string;
}): Promise<{ clientId: string; clientSecret: string }> {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { slug: opts.organisationSlug }, select: { id: true } });
  const { client, secret } = await createApiClient({
    organisationId: organisation.id,
    name: opts.name ?? `Test client ${opts.scopes.join(" ")}`,
    scopes: opts.scopes,
    expiresAt: new Date(Date.now() + 365 * 24 * 3600_000),
    createdById: null,
  });
  return { clientId: client.id, clientSecret: secret };
}

/** A token request as a client sends it (HTTP Basic), to the real token endpoint route. */
export function tokenRequest(clientId: string, clientSecret: string, scope?: string): Request {
  const body = new URLSearchParams({ grant_type: "client_credentials" });
  if (scope !== undefined) body.set("scope", scope);
  const basic = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString("base64");
  return new Request(`${BASE}/oauth/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Authorization: `Basic ${basic}` },
    body,
  });
}

/** POSTs to the real token endpoint route's action and returns the access token (throws on any other answer). */
export async function fetchToken(clientId: string, clientSecret: string, scope?: string): Promise<string> {
  const response = (await tokenAction({ request: tokenRequest(clientId, clientSecret, scope), params: {}, context: { clientIp: "127.0.0.1" } })) as Response;
  const body = (await response.json()) as { access_token?: string; error?: string };
  if (response.status !== 200 || !body.access_token) throw new Error(`token endpoint answered ${response.status}: ${body.error ?? "no token"}`);
  return body.access_token;
}

/** The headers of an API request with a bearer token. */
export function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}
