/**
 * The Dutch filing API's OpenAPI document (content/aanleverapi/openapi-v1_0.json) as this register serves
 * it: the same document with this server's address, this register's token endpoint (OAuth 2 client
 * credentials, as for /api/v1), the publish operation the Dutch toolkit calls although the published
 * document leaves it out, and the X-Aanleverapi-Not-Stored header of create and update. Nothing else is changed.
 */
import { publicOrigin } from "~/config/settings.mjs";
import { AANLEVERAPI_DOCUMENT } from "./field-mapping";

export const AANLEVERAPI_BASE = "/aanleverapi/v1_0";
export const PUBLISH_PATH = "/organizations/{organisation_id}/algorithms/{algorithm_id}/publish";

const NOT_STORED = {
  "X-Aanleverapi-Not-Stored": {
    description: "Keys of the request that were accepted but are not stored by this register (comma-separated); absent when everything was stored.",
    schema: { type: "string" },
  },
};

/** A 200 answer of the document with the X-Aanleverapi-Not-Stored header described. */
function withNotStored<T extends { responses: { "200": object } }>(operation: T): T {
  return { ...operation, responses: { ...operation.responses, "200": { ...operation.responses["200"], headers: NOT_STORED } } };
}

export function servedDocument(origin = publicOrigin()) {
  const doc = AANLEVERAPI_DOCUMENT;
  const release = doc.paths["/organizations/{organisation_id}/algorithms/{algorithm_id}/release"].put;
  const list = doc.paths["/organizations/{organisation_id}/algorithms"];
  const one = doc.paths["/organizations/{organisation_id}/algorithms/{algorithm_id}"];
  return {
    ...doc,
    servers: [{ url: `${origin}${AANLEVERAPI_BASE}` }],
    paths: {
      ...doc.paths,
      "/organizations/{organisation_id}/algorithms": { ...list, post: withNotStored(list.post) },
      "/organizations/{organisation_id}/algorithms/{algorithm_id}": { ...one, put: withNotStored(one.put) },
      [PUBLISH_PATH]: {
        put: {
          ...release,
          summary: "Publiceer een vrijgegeven algoritme.",
          description:
            "Not in the published document; called by the Dutch toolkit (MinBZK/amt) without a body. Needs the scope entries:publish. From the second version on this register asks for a public change note: send it as `change_note`.",
          operationId: "publish_one_algorithm",
          requestBody: {
            required: false,
            content: {
              "application/json": {
                schema: { type: "object", properties: { change_note: { type: "string", title: "Change note" } }, title: "PublishRequest" },
              },
            },
          },
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
