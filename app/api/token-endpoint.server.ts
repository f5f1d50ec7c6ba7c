/**
 * POST /oauth/token: the client-credentials grant (RFC 6749 §4.4). The client authenticates with HTTP Basic
 * or with client_id and client_secret in the form (§2.3.1), never both; `scope` may narrow the client's scopes.
 * Errors are the JSON of §5.2.
 */
import { createRateLimiter } from "~/utils/rate-limit.server";
import { issueAccessToken } from "./access-tokens.server";
import { authenticateApiClient, noteTokenIssued } from "./api-clients.server";
import { parseScopes } from "./scopes";

const MAX_BODY_BYTES = 8 * 1024;
// Secrets are 256-bit, so this is about the cost of checking them (scrypt), not about guessing.
const attempts = createRateLimiter({ name: "oauth-token", limit: 60, windowMs: 60_000 });

type OAuthError = "invalid_request" | "invalid_client" | "unsupported_grant_type" | "invalid_scope" | "unauthorized_client";

const NO_STORE = { "Cache-Control": "no-store", Pragma: "no-cache" };

function tokenError(status: number, error: OAuthError, description: string, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify({ error, error_description: description }), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", ...NO_STORE, ...headers },
  });
}

type Credentials = { id: string; secret: string; method: "basic" | "post" };

function basicCredentials(header: string | null): Credentials | null | "malformed" {
  if (!header) return null;
  const match = header.match(/^Basic\s+([A-Za-z0-9+/=]+)\s*$/i);
  if (!match) return header.match(/^Basic\b/i) ? "malformed" : null;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return "malformed";
  try {
    // §2.3.1: both parts are form-urlencoded before they are joined.
    const id = decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, " "));
    const secret = decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, " "));
    return { id, secret, method: "basic" };
  } catch {
    return "malformed";
  }
}

async function readBody(request: Request): Promise<URLSearchParams | null> {
  const type = (request.headers.get("Content-Type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") return null;
  if (Number(request.headers.get("Content-Length") ?? "0") > MAX_BODY_BYTES) return null;
  const body = await request.text();
  if (body.length > MAX_BODY_BYTES) return null;
  return new URLSearchParams(body);
}

export async function tokenEndpoint(request: Request, clientIp: string): Promise<Response> {
  const form = await readBody(request);
  if (!form) return tokenError(400, "invalid_request", "Send the request as application/x-www-form-urlencoded (RFC 6749 §4.4.2).");
  for (const name of ["grant_type", "client_id", "client_secret", "scope"]) {
    if (form.getAll(name).length > 1) return tokenError(400, "invalid_request", `The parameter ${name} is repeated.`);
  }
  if (form.get("grant_type") !== "client_credentials") {
    return form.get("grant_type")
      ? tokenError(400, "unsupported_grant_type", "Only the client_credentials grant is supported.")
      : tokenError(400, "invalid_request", "The parameter grant_type is missing.");
  }
  const basic = basicCredentials(request.headers.get("Authorization"));
  if (basic === "malformed") return tokenError(400, "invalid_request", "The Authorization header is not valid HTTP Basic.");
  const posted = form.has("client_id") || form.has("client_secret");
  if (basic && posted) return tokenError(400, "invalid_request", "Authenticate with HTTP Basic or with client_id and client_secret, not both.");
  const credentials: Credentials | null =
    basic ?? (posted ? { id: form.get("client_id") ?? "", secret: form.get("client_secret") ?? "", method: "post" } : null);
  const challenge = { "WWW-Authenticate": `Basic realm="oauth", charset="UTF-8"` };
  if (!credentials || !credentials.id || !credentials.secret) return tokenError(401, "invalid_client", "Client authentication is missing.", challenge);
  if (!(await attempts.hit(clientIp))) {
    return tokenError(429, "invalid_request", "Too many token requests from this address. Wait a minute and try again.", { "Retry-After": "60" });
  }
  const client = await authenticateApiClient(credentials.id, credentials.secret);
  if (!client) return tokenError(401, "invalid_client", "The client is unknown, revoked or expired, or the secret is wrong.", challenge);

  const asked = form.get("scope");
  let scopes = client.scopes;
  if (asked !== null) {
    const { scopes: wanted, unknown } = parseScopes(asked);
    const notAllowed = wanted.filter((s) => !client.scopes.includes(s));
    if (unknown.length || notAllowed.length || wanted.length === 0) {
      return tokenError(400, "invalid_scope", `The client may ask only for: ${client.scopes.join(" ") || "(no scopes)"}.`);
    }
    scopes = wanted;
  }
  const { token, expiresIn } = await issueAccessToken(client, scopes);
  await noteTokenIssued(client, scopes);
  return new Response(JSON.stringify({ access_token: token, token_type: "Bearer", expires_in: expiresIn, scope: scopes.join(" ") }), {
    status: 200,
    headers: { "Content-Type": "application/json; charset=utf-8", ...NO_STORE },
  });
}

/** For tests: every address starts with a full allowance. */
export async function resetTokenAttempts() {
  await attempts.reset();
}
