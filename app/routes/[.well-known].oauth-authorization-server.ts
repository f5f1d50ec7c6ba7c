import { API_SCOPES } from "~/api/scopes";
import { publicOrigin } from "~/config/settings.mjs";

/** Authorization server metadata (RFC 8414): where the token endpoint and the keys are, and what they support. */
export async function loader() {
  const origin = publicOrigin();
  const metadata = {
    issuer: origin,
    token_endpoint: `${origin}/oauth/token`,
    jwks_uri: `${origin}/.well-known/jwks.json`,
    grant_types_supported: ["client_credentials"],
    token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
    scopes_supported: [...API_SCOPES],
    response_types_supported: [],
    service_documentation: `${origin}/api/openapi.json`,
  };
  return new Response(JSON.stringify(metadata), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=3600" },
  });
}
