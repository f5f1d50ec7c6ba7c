/**
 * The vendored OpenAPI document of the Dutch filing API (content/aanleverapi/openapi-v1_0.json) as Ajv
 * validators (JSON Schema 2020-12, the dialect of OpenAPI 3.1) for request and response bodies.
 * The document is read as published, with one reading rule: its generator writes `"type": "enum"` beside a
 * `$ref` to an enum schema, which is not a JSON Schema type; that `type` is left out, and the `$ref` (the enum)
 * is what is checked. Its own annotations (help_text, show_always, …) are not keywords and are ignored.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { PUBLISH_PATH, servedDocument } from "~/aanleverapi/document";

type Json = Record<string, unknown>;

export const DOCUMENT_PATH = path.resolve(__dirname, "../../content/aanleverapi/openapi-v1_0.json");
export const DOCUMENT = JSON.parse(readFileSync(DOCUMENT_PATH, "utf8")) as Json & {
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json> };
};

function readable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(readable);
  if (!node || typeof node !== "object") return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "type" && value === "enum") continue;
    out[key] = readable(value);
  }
  return out;
}

const ajv = new Ajv2020({ allErrors: true, strict: false, allowUnionTypes: true });
addFormats(ajv);
ajv.addSchema({ $id: "aanleverapi", components: readable(DOCUMENT.components) });

const compiled = new Map<string, ValidateFunction>();
function validatorFor(key: string, schema: Json): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    // References point into the document's components, added above under the id "aanleverapi".
    const rewritten = JSON.parse(JSON.stringify(readable(schema)).replaceAll('"#/components/', '"aanleverapi#/components/')) as Json;
    validate = ajv.compile(rewritten);
    compiled.set(key, validate);
  }
  return validate;
}

/** The publish operation is not in the published document: it is checked against the one this register serves. */
const SERVED_PATHS = servedDocument("http://localhost").paths as unknown as Record<string, Record<string, Json>>;

function operation(pathTemplate: string, method: string): Json {
  const op =
    DOCUMENT.paths[pathTemplate]?.[method.toLowerCase()] ?? (pathTemplate === PUBLISH_PATH ? SERVED_PATHS[pathTemplate][method.toLowerCase()] : undefined);
  if (!op) throw new Error(`the document has no ${method} ${pathTemplate}`);
  return op;
}

/** Problems of a request body against the operation's documented request body (empty when it conforms). */
export function requestProblems(pathTemplate: string, method: string, body: unknown): string[] {
  const op = operation(pathTemplate, method) as { requestBody?: { content: Record<string, { schema: Json }> } };
  if (!op.requestBody) throw new Error(`${method} ${pathTemplate} takes no body in the document`);
  const validate = validatorFor(`req ${method} ${pathTemplate}`, op.requestBody.content["application/json"].schema);
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "(body)"} ${e.message}`);
}

/** Problems of a response body against the operation's documented answer with this status. */
export function responseProblems(pathTemplate: string, method: string, status: number, body: unknown): string[] {
  const op = operation(pathTemplate, method) as { responses: Record<string, { content?: Record<string, { schema: Json }> }> };
  const answer = op.responses[String(status)];
  if (!answer?.content) return [`${method} ${pathTemplate} does not document status ${status}`];
  const validate = validatorFor(`res ${method} ${pathTemplate} ${status}`, answer.content["application/json"].schema);
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "(body)"} ${e.message}`);
}

/** Asserts the request body conforms, before it is sent. */
export function expectValidRequest(pathTemplate: string, method: string, body: unknown) {
  expect(requestProblems(pathTemplate, method, body)).toEqual([]);
}

/** The answer's JSON after checking its status and that it conforms to the document. */
export async function conforms<T = Json>(response: Response, pathTemplate: string, method: string, status: number): Promise<T> {
  const body = (await response.json()) as T;
  expect(response.status, JSON.stringify(body)).toBe(status);
  expect(responseProblems(pathTemplate, method, status, body)).toEqual([]);
  return body;
}

/** The schemas of the document's Message shape, for answers the document leaves undocumented (403, 405, 409). */
export function messageProblems(body: unknown): string[] {
  const validate = validatorFor("Message", { $ref: "#/components/schemas/Message" });
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "(body)"} ${e.message}`);
}
