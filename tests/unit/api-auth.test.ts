import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, jwtVerify, SignJWT, UnsecuredJWT, type JSONWebKeySet } from "jose";
import { apiAudience } from "~/api/access-tokens.server";
import { checkSchema } from "~/api/json-schema-check";
import { OPENAPI_DOCUMENT } from "~/api/openapi";
import { auditActorFor, forgetApiClient, requireApiClient, resetApiRateLimits, setClientCheckCacheMs } from "~/api/api-auth.server";
import { revokeApiClient } from "~/api/api-clients.server";
import { forgetSigningKeys, rotateSigningKey } from "~/api/signing-keys.server";
import { resetTokenAttempts } from "~/api/token-endpoint.server";
import { recordAudit } from "~/audit/audit.server";
import { publicOrigin } from "~/config/settings.mjs";
import { action as tokenAction, loader as tokenLoader } from "~/routes/oauth.token";
import { loader as jwksLoader } from "~/routes/[.well-known].jwks[.]json";
import { loader as metadataLoader } from "~/routes/[.well-known].oauth-authorization-server";
import { db } from "~/utils/db.server";
import { bearer, createTestApiClient, fetchToken, tokenRequest } from "../support/api-clients";
import { createOrganisation } from "../support/factories";
import { BASE } from "../support/requests";

async function token(request: Request) {
  const response = (await tokenAction({ request, params: {}, context: { clientIp: "127.0.0.1" } })) as Response;
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

function apiRequest(accessToken: string | null, headers: Record<string, string> = {}) {
  return new Request(`${BASE}/api/v1/entries`, { headers: { ...(accessToken ? bearer(accessToken) : {}), ...headers } });
}

/** What requireApiClient threw, as status, headers and problem body. */
async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    return { status: thrown.status, headers: thrown.headers, body: (await thrown.json()) as Record<string, unknown> };
  }
  throw new Error("the request was accepted");
}

let orgA: { id: string; slug: string };
let orgB: { id: string; slug: string };

beforeEach(async () => {
  orgA ??= await createOrganisation();
  orgB ??= await createOrganisation();
  await resetApiRateLimits();
  await resetTokenAttempts();
  forgetApiClient();
});

const components = OPENAPI_DOCUMENT.components.schemas as unknown as Parameters<typeof checkSchema>[2];
const matches = (body: unknown, name: string) => expect(checkSchema(body, { $ref: `#/components/schemas/${name}` }, components)).toEqual([]);

describe("the token endpoint (client credentials, RFC 6749 §4.4)", () => {
  it("answers as the OpenAPI document says", async () => {
    const { clientId, clientSecret } = await createTestApiClient({ organisationSlug: orgA.slug, scopes: ["entries:read"] });
    matches((await token(tokenRequest(clientId, clientSecret))).body, "TokenResponse");
    matches((await token(tokenRequest(clientId, "wrong"))).body, "TokenError");
    matches((await refusal(requireApiClient(apiRequest(null), "entries:read"))).body, "ProblemDetails");
  });

  it("issues a short-lived signed JWT for a valid client authenticated with HTTP Basic", async () => {
    const { clientId, clientSecret } = await createTestApiClient({ organisationSlug: orgA.slug, scopes: ["entries:read", "entries:write"] });
    const answer = await token(tokenRequest(clientId, clientSecret));
    expect(answer.status).toBe(200);
    expect(answer.headers.get("Cache-Control")).toBe("no-store");
    expect(answer.body).toMatchObject({ token_type: "Bearer", expires_in: 300, scope: "entries:read entries:write" });
    const claims = decodeJwt(answer.body.access_token as string);
    expect(claims).toMatchObject({ iss: publicOrigin(), sub: clientId, aud: apiAudience(), org: orgA.id, scope: "entries:read entries:write" });
    expect(claims.exp! - claims.iat!).toBe(300);
    expect(typeof claims.jti).toBe("string");
    expect(decodeProtectedHeader(answer.body.access_token as string)).toMatchObject({ alg: "ES256", typ: "at+jwt" });
  });

  it("accepts client_id and client_secret as form fields, but not both methods at once", async () => {
    const { clientId, clientSecret } = await createTestApiClient({ organisationSlug: orgA.slug, scopes: ["entries:read"] });
    const form = (extra: Record<string, string> = {}, headers: Record<string, string> = {}) =>
      new Request(`${BASE}/oauth/token`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
        body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret, ...extra }),
      });
    expect((await token(form())).status).toBe(200);
    const both = await token(form({}, { Authorization: tokenRequest(clientId, clientSecret).headers.get("Authorization")! }));
    expect(both).toMatchObject({ status: 400, body: { error: "invalid_request" } });
    expect(await token(form({ grant_type: "password" }))).toMatchObject({ status: 400, body: { error: "unsupported_grant_type" } });
  });

  it("refuses a wrong secret, an unknown client and a request without credentials with invalid_client", async () => {
    const { clientId, clientSecret } = await createTestApiClient({ organisationSlug: orgA.slug, scopes: ["entries:read"] });
    const wrong = await token(tokenRequest(clientId, clientSecret.slice(0, -2) + "xx"));
    expect(wrong).toMatchObject({ status: 401, body: { error: "invalid_client" } });
    expect(wrong.headers.get("WWW-Authenticate")).toMatch(/^Basic /);
    expect(await token(tokenRequest("no-such-client", clientSecret))).toMatchObject({ status: 401, body: { error: "invalid_client" } });
    const bare = new Request(`${BASE}/oauth/token`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials",
    });
    expect(await token(bare)).toMatchObject({ status: 401, body: { error: "invalid_client" } });
    const json = new Request(`${BASE}/oauth/token`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    expect(await token(json)).toMatchObject({ status: 400, body: { error: "invalid_request" } });
    const get = (await tokenLoader()) as Response;
    expect(get.status).toBe(405);
  });

  it("refuses an expired client and a revoked one", async () => {
    const expired = await createTestApiClient({ organisationSlug: orgA.slug, scopes: ["entries:read"] });
    await db.apiClient.update({ where: { id: expired.clientId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await token(tokenRequest(expired.clientId, expired.clientSecret))).toMatchObject({ status: 401, body: { error: "invalid_client" } });
    const revoked = await createTestApiClient({ organisationSlug: orgA.slug, scopes: ["entries:read"] });
    await revokeApiClient(revoked.clientId, null);
    expect(await token(tokenRequest(revoked.clientId, revoked.clientSecret))).toMatchObject({ status: 401, body: { error: "invalid_client" } });
  });

  it("narrows the scopes to those asked for, and refuses a scope the client does not have", async () => {
    const { clientId, clientSecret } = await createTestApiClient({ organisationSlug: orgA.slug, scopes: ["entries:read", "entries:write", "feedback:read"] });
    const narrowed = await token(tokenRequest(clientId, clientSecret, "entries:read"));
    expect(narrowed.body.scope).toBe("entries:read");
    const actor = await requireApiClient(apiRequest(narrowed.body.access_token as string), "entries:read");
    expect(actor.scopes).toEqual(["entries:read"]);
    const refused = await refusal(requireApiClient(apiRequest(narrowed.body.access_token as string), "entries:write"));
    expect(refused.status).toBe(403);
    expect(refused.headers.get("WWW-Authenticate")).toBe(`Bearer realm="api", error="insufficient_scope", scope="entries:write"`);
    expect(refused.headers.get("Content-Type")).toMatch(/^application\/problem\+json/);
    expect(await token(tokenRequest(clientId, clientSecret, "entries:publish"))).toMatchObject({ status: 400, body: { error: "invalid_scope" } });
    expect(await token(tokenRequest(clientId, clientSecret, "entries:read admin"))).toMatchObject({ status: 400, body: { error: "invalid_scope" } });
  });

  it("records each token issued in the audit trail, without the secret or the token", async () => {
    const { clientId, clientSecret } = await createTestApiClient({ organisationSlug: orgA.slug, scopes: ["entries:read"] });
    const accessToken = await fetchToken(clientId, clientSecret);
    const rows = await db.auditLog.findMany({ where: { apiClientId: clientId }, orderBy: { at: "asc" } });
    expect(rows.map((r) => r.action)).toEqual(["api_client.created", "api_client.token_issued"]);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(clientSecret);
    expect(stored).not.toContain(accessToken);
    expect((await db.apiClient.findUniqueOrThrow({ where: { id: clientId } })).secretHash).not.toContain(clientSecret);
  });
});

describe("requireApiClient", () => {
  it("gives the actor of a valid token: the client, its name and its organisation", async () => {
    const { clientId, clientSecret } = await createTestApiClient({
      organisationSlug: orgA.slug,
      scopes: ["entries:read", "entries:write"],
      name: "Inventory sync",
    });
    const actor = await requireApiClient(apiRequest(await fetchToken(clientId, clientSecret)), "entries:write");
    expect(actor).toEqual({ clientId, clientName: "Inventory sync", organisationId: orgA.id, scopes: ["entries:read", "entries:write"] });
    expect(actor.organisationId).not.toBe(orgB.id);
    expect(auditActorFor(actor)).toEqual({ actorId: null, apiClientId: clientId });
  });

  it("answers 401 with a Bearer challenge for a missing or malformed token, in the request's language", async () => {
    const missing = await refusal(requireApiClient(apiRequest(null), "entries:read"));
    expect(missing.status).toBe(401);
    expect(missing.headers.get("WWW-Authenticate")).toBe(`Bearer realm="api"`);
    expect(missing.body).toMatchObject({ type: "about:blank", status: 401, title: "Authentication required" });
    const dutch = await refusal(requireApiClient(apiRequest("not-a-jwt", { "Accept-Language": "nl" }), "entries:read"));
    expect(dutch.headers.get("WWW-Authenticate")).toBe(`Bearer realm="api", error="invalid_token"`);
    expect(dutch.body).toMatchObject({ status: 401, title: "Authenticatie vereist" });
    expect(String(dutch.body.detail)).toMatch(/toegangstoken is niet geldig/);
  });

  it("refuses a tampered token: changed payload, another key, alg none, expired", async () => {
    const { clientId, clientSecret } = await createTestApiClient({ organisationSlug: orgA.slug, scopes: ["entries:read"] });
    const good = await fetchToken(clientId, clientSecret);
    const [header, , signature] = good.split(".");
    const claims = decodeJwt(good);
    const changed = Buffer.from(JSON.stringify({ ...claims, org: orgB.id, scope: "entries:read entries:publish" })).toString("base64url");
    const { privateKey, publicKey } = await generateKeyPair("ES256");
    const otherKid = decodeProtectedHeader(good).kid!;
    const otherKey = await new SignJWT({ ...claims }).setProtectedHeader({ alg: "ES256", kid: otherKid, typ: "at+jwt" }).sign(privateKey);
    const unsecured = new UnsecuredJWT({ ...claims }).encode();
    const noneWithTyp = `${Buffer.from(JSON.stringify({ alg: "none", typ: "at+jwt", kid: otherKid })).toString("base64url")}.${good.split(".")[1]}.`;
    const expired = await new SignJWT({ ...claims, exp: Math.floor(Date.now() / 1000) - 600 })
      .setProtectedHeader({ alg: "ES256", kid: "unknown", typ: "at+jwt" })
      .sign(privateKey);
    expect(await exportJWK(publicKey)).toHaveProperty("x");
    for (const bad of [`${header}.${changed}.${signature}`, otherKey, unsecured, noneWithTyp, expired, `${good}x`]) {
      const refused = await refusal(requireApiClient(apiRequest(bad), "entries:read"));
      expect(refused.status, bad).toBe(401);
    }
    expect((await requireApiClient(apiRequest(good), "entries:read")).clientId).toBe(clientId);
  });

  it("refuses a token signed by this register with the wrong issuer or audience", async () => {
    const { clientId, clientSecret } = await createTestApiClient({ organisationSlug: orgA.slug, scopes: ["entries:read"] });
    const good = await fetchToken(clientId, clientSecret);
    const previous = process.env.PUBLIC_ORIGIN;
    process.env.PUBLIC_ORIGIN = "https://other-register.example";
    try {
      expect((await refusal(requireApiClient(apiRequest(good), "entries:read"))).status).toBe(401);
    } finally {
      process.env.PUBLIC_ORIGIN = previous;
    }
  });

  it("stops a revoked client's tokens once the client check's cache time has passed", async () => {
    const previous = setClientCheckCacheMs(200);
    try {
      const { clientId, clientSecret } = await createTestApiClient({ organisationSlug: orgA.slug, scopes: ["entries:read"] });
      const issued = await fetchToken(clientId, clientSecret);
      expect((await requireApiClient(apiRequest(issued), "entries:read")).clientId).toBe(clientId);
      // Revoked by another process: this one learns of it only when its cached check runs out.
      await db.apiClient.update({ where: { id: clientId }, data: { revokedAt: new Date() } });
      await new Promise((resolve) => setTimeout(resolve, 250));
      const refused = await refusal(requireApiClient(apiRequest(issued), "entries:read"));
      expect(refused.status).toBe(401);
      expect(refused.headers.get("WWW-Authenticate")).toContain(`error="invalid_token"`);
    } finally {
      setClientCheckCacheMs(previous);
    }
  });

  it("stops a client's tokens at once when it is revoked in this process, and when it expires", async () => {
    const { clientId, clientSecret } = await createTestApiClient({ organisationSlug: orgA.slug, scopes: ["entries:read"] });
    const issued = await fetchToken(clientId, clientSecret);
    await requireApiClient(apiRequest(issued), "entries:read");
    await revokeApiClient(clientId, null);
    expect((await refusal(requireApiClient(apiRequest(issued), "entries:read"))).status).toBe(401);

    const other = await createTestApiClient({ organisationSlug: orgA.slug, scopes: ["entries:read"] });
    const otherToken = await fetchToken(other.clientId, other.clientSecret);
    await db.apiClient.update({ where: { id: other.clientId }, data: { expiresAt: new Date(Date.now() - 1) } });
    forgetApiClient(other.clientId);
    expect((await refusal(requireApiClient(apiRequest(otherToken), "entries:read"))).status).toBe(401);
  });

  it("limits each client's requests per minute with 429 and Retry-After", async () => {
    const previous = process.env.API_REQUESTS_PER_MINUTE;
    process.env.API_REQUESTS_PER_MINUTE = "3";
    try {
      const one = await createTestApiClient({ organisationSlug: orgA.slug, scopes: ["entries:read"] });
      const two = await createTestApiClient({ organisationSlug: orgA.slug, scopes: ["entries:read"] });
      const tokenOne = await fetchToken(one.clientId, one.clientSecret);
      for (let i = 0; i < 3; i++) await requireApiClient(apiRequest(tokenOne), "entries:read");
      const limited = await refusal(requireApiClient(apiRequest(tokenOne), "entries:read"));
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
      expect(limited.body).toMatchObject({ status: 429, title: "Too many requests" });
      // Another client has its own allowance.
      expect((await requireApiClient(apiRequest(await fetchToken(two.clientId, two.clientSecret)), "entries:read")).clientId).toBe(two.clientId);
    } finally {
      if (previous === undefined) delete process.env.API_REQUESTS_PER_MINUTE;
      else process.env.API_REQUESTS_PER_MINUTE = previous;
    }
  });
});

describe("signing keys", () => {
  afterEach(() => forgetSigningKeys());

  it("keeps accepting tokens of a rotated-out key, and signs new ones with the new key", async () => {
    const { clientId, clientSecret } = await createTestApiClient({ organisationSlug: orgA.slug, scopes: ["entries:read"] });
    const before = await fetchToken(clientId, clientSecret);
    const newKid = await rotateSigningKey();
    const after = await fetchToken(clientId, clientSecret);
    expect(decodeProtectedHeader(after).kid).toBe(newKid);
    expect(decodeProtectedHeader(before).kid).not.toBe(newKid);
    for (const t of [before, after]) expect((await requireApiClient(apiRequest(t), "entries:read")).clientId).toBe(clientId);
  });

  it("publishes the keys at /.well-known/jwks.json: a client verifies tokens with them, old keys until their tokens expired", async () => {
    const { clientId, clientSecret } = await createTestApiClient({ organisationSlug: orgA.slug, scopes: ["entries:read"] });
    const jwks = async () => {
      const response = await jwksLoader();
      expect(response.headers.get("Content-Type")).toMatch(/^application\/jwk-set\+json/);
      return (await response.json()) as JSONWebKeySet;
    };
    const before = await fetchToken(clientId, clientSecret);
    const published = await jwks();
    for (const key of published.keys) expect(key).not.toHaveProperty("d");
    const verified = await jwtVerify(before, createLocalJWKSet(published), { issuer: publicOrigin(), audience: apiAudience() });
    expect(verified.payload.sub).toBe(clientId);

    const oldKid = decodeProtectedHeader(before).kid;
    await rotateSigningKey();
    expect((await jwks()).keys.map((k) => k.kid)).toContain(oldKid);
    // Long after the old key's last token expired, it is no longer published.
    await db.signingKey.update({ where: { id: oldKid }, data: { retiredAt: new Date(Date.now() - 3600_000) } });
    forgetSigningKeys();
    expect((await jwks()).keys.map((k) => k.kid)).not.toContain(oldKid);
    expect((await refusal(requireApiClient(apiRequest(before), "entries:read"))).status).toBe(401);

    const metadata = (await (await metadataLoader()).json()) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      issuer: publicOrigin(),
      token_endpoint: `${publicOrigin()}/oauth/token`,
      jwks_uri: `${publicOrigin()}/.well-known/jwks.json`,
      grant_types_supported: ["client_credentials"],
    });
  });

  it("keeps the private keys encrypted in the database", async () => {
    await createTestApiClient({ organisationSlug: orgA.slug, scopes: ["entries:read"] }).then((c) => fetchToken(c.clientId, c.clientSecret));
    const rows = await db.signingKey.findMany();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(JSON.parse(row.publicJwk)).not.toHaveProperty("d");
      expect(row.privateJwk).toMatch(/^v1\./);
      expect(row.privateJwk).not.toContain('"d"');
    }
  });
});

describe("the audit trail of API changes", () => {
  it("records the client that acted", async () => {
    const { clientId } = await createTestApiClient({ organisationSlug: orgA.slug, scopes: ["entries:write"] });
    await recordAudit({ ...auditActorFor({ clientId }), action: "entry.draft_saved", subjectType: "entry", subjectId: "x" });
    const row = await db.auditLog.findFirstOrThrow({ where: { subjectId: "x" } });
    expect(row).toMatchObject({ actorId: null, apiClientId: clientId });
  });
});
