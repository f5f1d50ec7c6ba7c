/**
 * The filing API in the OpenAPI document (openapi.ts merges these paths and schemas): drafts of the
 * client's own organisation under /api/v1/drafts, their workflow steps, and feedback answers. The
 * request document's schema is the filing form's own (entryDraftObject, from the standard's FIELDS).
 */
import { z } from "zod";
import { entryDraftObject, entryLooseObject } from "~/entries/entry-schema";
import { slugsOf } from "~/entries/schema-kit";
import { WORKFLOW_STATES } from "~content/vocabularies/entry-enums";
import type { ApiScope } from "./scopes";

type Schema = Record<string, unknown>;

const str = z.string();
const nstr = z.string().nullable();
const dateTime = z.string().meta({ format: "date-time" });
const nDateTime = dateTime.nullable();

const registry = z.registry<{ id: string }>();
const component = <T extends z.ZodType>(id: string, schema: T) => {
  registry.add(schema, { id });
  return schema;
};

const FieldProblem = component(
  "FieldProblem",
  z.object({
    pointer: str.meta({ description: "JSON pointer (RFC 6901) into the request body; empty for the body as a whole." }),
    detail: str.meta({ description: "What is wrong, in the words of the web form, in the request's language." }),
  }),
);
component(
  "Problem",
  z
    .object({
      type: str,
      title: str,
      status: z.number().int(),
      detail: str,
      errors: z.array(FieldProblem).optional(),
    })
    .meta({ description: "RFC 9457 problem details, in the language of the request's Accept-Language (English or Dutch)." }),
);
const DraftDocument = component(
  "DraftDocument",
  entryLooseObject.meta({ description: "The working draft's entry document, field by field as the standard declares it (field reference: /about)." }),
);
const DraftSummary = component(
  "DraftSummary",
  z.object({
    id: str.meta({ description: "The entry's stable public id (8 digits)." }),
    source_id: nstr.meta({ description: "The organisation's own id for the entry, when it filed one." }),
    name: str,
    state: z.enum(slugsOf(WORKFLOW_STATES)),
    updated_at: dateTime,
    url: str,
  }),
);
component(
  "DraftList",
  z.object({
    data: z.array(DraftSummary),
    meta: z.object({ total: z.number().int(), page: z.number().int(), per_page: z.number().int(), pages: z.number().int() }),
    links: z.object({ self: str, first: str, last: str, prev: nstr, next: nstr }),
  }),
);
component(
  "Draft",
  z.object({
    id: str,
    source_id: nstr,
    name: str,
    state: z.enum(slugsOf(WORKFLOW_STATES)),
    version_token: str.meta({ description: "The draft's version: the ETag, to send back in If-Match." }),
    published: z.boolean().meta({ description: "Whether a version of the entry is published (its public page keeps showing it while the draft changes)." }),
    organisation: z.object({ slug: str, name: str }),
    created_at: dateTime,
    updated_at: dateTime,
    document: DraftDocument,
    submission_problems: z.array(FieldProblem).meta({ description: "What still stands between the draft and submission; empty when it meets the standard." }),
    links: z.object({ self: str, submit: str, feedback: str, public: nstr }),
  }),
);
component(
  "StepInput",
  z.object({
    comment: str.optional().meta({ description: "Required for request-changes (what must change) and retire (why)." }),
    change_note: str.optional().meta({ description: "Publish: what changed in this version, shown in the public history (required from the second version)." }),
  }),
);
component("AnswerInput", z.object({ body: str.meta({ description: "The answer, published with the thread and mailed to the sender." }) }));
const StaffThread = component(
  "StaffFeedbackThread",
  z.object({
    id: str,
    reference: str,
    type: str,
    message: str.meta({ description: "The text as sent (empty once the sender withdrew it or staff deleted the original)." }),
    public_message: nstr.meta({ description: "The redacted text shown publicly, when it differs." }),
    status: z.enum(["received", "answered", "closed"]),
    moderation: z.enum(["pending", "published", "rejected", "private"]),
    language: str,
    received_at: dateTime,
    deadline_at: dateTime,
    answered_at: nDateTime,
    closed_at: nDateTime,
    withdrawn_at: nDateTime,
    answers: z.array(z.object({ body: str, at: dateTime })),
    links: z.object({ answers: str }),
  }),
);
component("StaffFeedbackList", z.object({ id: str, url: str, data: z.array(StaffThread) }));

function schemasOf(): Record<string, Schema> {
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` });
  const out = Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = schema as Schema;
      return [id, rest];
    }),
  );
  // The request body as the client writes it: the form's limits; JSON null counts as empty; unknown fields are refused.
  const { $schema: _s, ...draftInput } = z.toJSONSchema(entryDraftObject, { io: "input", unrepresentable: "any" }) as Schema;
  out.DraftInput = {
    ...draftInput,
    properties: {
      source_id: {
        type: "string",
        minLength: 1,
        maxLength: 200,
        description: "POST only: the organisation's own id for the entry. Filing the same source id again updates that draft instead of creating another.",
      },
      ...(draftInput.properties as Schema),
    },
    additionalProperties: false,
    description: "An entry document as the filing form takes it: every field optional for a draft; submission checks the standard's requirements.",
  };
  return out;
}

export const FILING_SCHEMAS = schemasOf();

/** The name of the access-token security scheme in the document. */
export const TOKEN_SCHEME = "oauth2";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ "application/json": { schema: ref(name) } });
const problemsAs = (schema: string, statuses: Array<[number, string]>) =>
  Object.fromEntries(
    statuses.map(([status, description]) => [String(status), { description, content: { "application/problem+json": { schema: ref(schema) } } }]),
  );
const problems = (...statuses: Array<[number, string]>) => problemsAs("Problem", statuses);
// Answered by the token check (requireApiClient) before the filing API's own rules.
const authProblems = problemsAs("ProblemDetails", [
  [401, "No valid access token."],
  [403, "The token lacks the scope this operation needs (insufficient_scope)."],
  [429, "Too many requests for this client: see Retry-After."],
]);
const notOwn: [number, string] = [404, "No entry of the client's organisation has this id (another organisation's entries are never visible)."];
const idParam = { name: "id", in: "path", required: true, description: "The entry's public id.", schema: { type: "string", pattern: "^\\d+$" } };
const etag = { ETag: { description: "The draft's version token; send it back in If-Match.", schema: { type: "string" } } };
const draftAnswer = (description: string) => ({ description, headers: etag, content: json("Draft") });

/** `security` names the token scheme of the OpenAPI document (OAuth 2.0 client credentials). */
export function filingPaths(scheme: string) {
  const needs = (scope: ApiScope) => [{ [scheme]: [scope] }];
  const step = (name: string, scope: ApiScope, summary: string, extra: Record<string, unknown> = {}) => ({
    post: {
      operationId: name,
      summary,
      tags: ["Filing"],
      security: needs(scope),
      parameters: [idParam],
      requestBody: { required: false, content: json("StepInput") },
      responses: {
        "200": draftAnswer("The entry after the step."),
        ...authProblems,
        ...problems(
          notOwn,
          [409, "The entry is not in a state that allows this step."],
          [422, "The entry or the request falls short: one pointer per problem."],
        ),
        ...extra,
      },
    },
  });
  return {
    "/api/v1/drafts": {
      get: {
        operationId: "listDrafts",
        summary: "The organisation's drafts in progress (draft, changes requested, submitted)",
        tags: ["Filing"],
        security: needs("entries:read"),
        parameters: [
          { name: "page", in: "query", required: false, schema: { type: "integer", minimum: 1, default: 1 } },
          { name: "per_page", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
        ],
        responses: { "200": { description: "One page of drafts.", content: json("DraftList") }, ...authProblems },
      },
      post: {
        operationId: "fileDraft",
        summary: "File a draft; with a source_id filed before, update that draft instead",
        tags: ["Filing"],
        security: needs("entries:write"),
        requestBody: { required: true, content: json("DraftInput") },
        responses: {
          "201": { description: "Created.", headers: { ...etag, Location: { schema: { type: "string" } } }, content: json("Draft") },
          "200": draftAnswer("The draft filed before under this source_id, updated."),
          ...authProblems,
          ...problems(
            [400, "The body is not a JSON object."],
            [409, "The draft with this source_id is submitted or retired."],
            [422, "Invalid values: one pointer per field; nothing was saved."],
          ),
        },
      },
    },
    "/api/v1/drafts/{id}": {
      get: {
        operationId: "getDraft",
        summary: "One of the organisation's entries with its working draft",
        tags: ["Filing"],
        security: needs("entries:read"),
        parameters: [idParam],
        responses: { "200": draftAnswer("The draft."), ...authProblems, ...problems(notOwn) },
      },
      put: {
        operationId: "updateDraft",
        summary: "Replace the draft's document (a published entry gets a new draft revision)",
        tags: ["Filing"],
        security: needs("entries:write"),
        parameters: [
          idParam,
          { name: "If-Match", in: "header", required: true, description: "The ETag (version token) of the draft last read.", schema: { type: "string" } },
        ],
        requestBody: { required: true, content: json("DraftInput") },
        responses: {
          "200": draftAnswer("The saved draft."),
          ...authProblems,
          ...problems(
            [400, "The body is not a JSON object."],
            notOwn,
            [409, "The entry is submitted or retired: its draft cannot change now."],
            [412, "The draft changed since it was read: nothing was saved."],
            [422, "Invalid values: one pointer per field; nothing was saved."],
            [428, "If-Match is missing."],
          ),
        },
      },
    },
    "/api/v1/drafts/{id}/submit": step("submitDraft", "entries:submit", "Submit the draft for approval"),
    "/api/v1/drafts/{id}/publish": step("publishDraft", "entries:publish", "Approve and publish a submitted draft, as an approver would", {
      ...problems([412, "If-Match was sent and the draft changed since: nothing was published."]),
    }),
    "/api/v1/drafts/{id}/request-changes": step("requestChanges", "entries:publish", "Send a submitted draft back with a comment"),
    "/api/v1/drafts/{id}/retire": step("retireEntry", "entries:publish", "Retire a published entry, with the reason as comment"),
    "/api/v1/drafts/{id}/feedback": {
      get: {
        operationId: "listEntryFeedbackForStaff",
        summary: "Every feedback thread on the entry, with the answers (never the sender's name or address)",
        tags: ["Filing"],
        security: needs("feedback:read"),
        parameters: [idParam],
        responses: { "200": { description: "The threads.", content: json("StaffFeedbackList") }, ...authProblems, ...problems(notOwn) },
      },
    },
    "/api/v1/feedback/{threadId}/answers": {
      post: {
        operationId: "answerFeedback",
        summary: "Publish the organisation's answer to a feedback thread (mailed to the sender)",
        tags: ["Filing"],
        security: needs("feedback:answer"),
        parameters: [{ name: "threadId", in: "path", required: true, schema: { type: "string" } }],
        requestBody: { required: true, content: json("AnswerInput") },
        responses: {
          "201": { description: "The thread with the new answer.", content: json("StaffFeedbackThread") },
          ...authProblems,
          ...problems(
            [404, "The client's organisation has no feedback thread with this id."],
            [409, "The sender withdrew the feedback."],
            [422, "The answer is empty or too long."],
          ),
        },
      },
    },
  };
}
