/**
 * The Dutch filing API's OpenAPI document (content/aanleverapi/openapi-v1_0.json) as this register serves
 * it: the same document with this server's address, this register's token endpoint (OAuth 2 client
 * credentials, as for /api/v1) and the publish operation the Dutch toolkit calls although the published
 * document leaves it out. Nothing else is changed.
 */
import { publicOrigin } from "~/config/settings.mjs";
import { AANLEVERAPI_DOCUMENT } from "./field-mapping";

export const AANLEVERAPI_BASE = "/aanleverapi/v1_0";
export const PUBLISH_PATH = "/organizations/{organisation_id}/algorithms/{algorithm_id}/publish";

export function servedDocument(origin = publicOrigin()) {
  const doc = AANLEVERAPI_DOCUMENT;
  const release = doc.paths["/organizations/{organisation_id}/algorithms/{algorithm_id}/release"].put;
  return {
    ...doc,
    servers: [{ url: `${origin}${AANLEVERAPI_BASE}` }],
    paths: {
      ...doc.paths,
      [PUBLISH_PATH]: {
        put: {
          ...release,
          summary: "Publiceer een vrijgegeven algoritme.",
          description: "Not in the published document; called by the Dutch toolkit (MinBZK/amt). Needs the scope entries:publish.",
          operationId: "publish_one_algorithm",
        },
      },
    },
    components: {
      ...doc.components,
      securitySchemes: {
        OAuth2AuthorizationCodeBearer: { type: "oauth2", flows: { clientCredentials: { scopes: {}, tokenUrl: `${origin}/oauth/token` } } },
      },
    },
  };
}
