/**
 * The filing API through its routes, with real tokens from the real token endpoint (tests/support/api-clients.ts)
 * on a real database: filing and idempotent filing, If-Match, scopes, the organisation boundary on every
 * endpoint, problem details in English and Dutch, feedback, the audit trail; every answer checked against
 * the OpenAPI document.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { checkSchema } from "~/api/json-schema-check";
import { OPENAPI_DOCUMENT } from "~/api/openapi";
import type { ApiScope } from "~/api/scopes";
import { entryAuditTrail } from "~/entries/staff.server";
import { publishedEntryForFeedback, submitFeedback } from "~/feedback/feedback.server";
import { feedbackSchema } from "~/feedback/feedback-schema";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import * as drafts from "~/routes/api.v1.drafts";
import * as draft from "~/routes/api.v1.drafts.$id";
import * as step from "~/routes/api.v1.drafts.$id.$step";
import * as feedback from "~/routes/api.v1.drafts.$id.feedback";
import * as answers from "~/routes/api.v1.feedback.$threadId.answers";
import { db } from "~/utils/db.server";
import { createTestApiClient, fetchToken } from "../support/api-clients";
import { createPublishedEntry, validDocument } from "../support/entry-factories";
import { createOrganisation } from "../support/factories";
import { call } from "../support/requests";

const components = OPENAPI_DOCUMENT.components.schemas as unknown as Parameters<typeof checkSchema>[2];
const ALL: ApiScope[] = ["entries:read", "entries:write", "entries:submit", "entries:publish", "feedback:read", "feedback:answer"];

type Route = { loader?: (args: never) => Promise<Response>; action?: (args: never) => Promise<Response> };

/** The route module and params of an address of the filing API. */
function route(path: string): { module: Route; params: Record<string, string> } {
  const parts = path.replace(/^\/api\/v1\//, "").split("/");
  if (parts[0] === "feedback") return { module: answers, params: { threadId: parts[1] } };
  if (parts.length === 1) return { module: drafts, params: {} };
  if (parts.length === 2) return { module: draft, params: { id: parts[1] } };
  if (parts[2] === "feedback") return { module: feedback, params: { id: parts[1] } };
  return { module: step, params: { id: parts[1], step: parts[2] } };
}

async function api(method: string, path: string, opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
  const headers: Record<string, string> = { ...(opts.token ? { Authorization: `Bearer ${opts.token}` } : {}), ...opts.headers };
  if (opts.body !== undefined) headers["Content-Type"] = "application/json";
  const request = new Request(`http://localhost${path}`, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  const { module, params } = route(path.split("?")[0]);
  const handler = method === "GET" ? module.loader : module.action;
  const { result, thrown } = await call(handler!, request, params);
  return (result ?? thrown) as Response;
}

/** The documented schema of an operation's answer with this status. */
function documented(path: string, method: string, status: number) {
  const op = (
    OPENAPI_DOCUMENT.paths as unknown as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>>
  )[path][method];
  const answer = op.responses[String(status)];
  expect(answer, `${method} ${path} documents ${status}`).toBeDefined();
  const content = answer.content!;
  return (content["application/json"] ?? content["application/problem+json"]).schema;
}

/** The answer's body, after checking its status and that it matches the OpenAPI document. */
async function conforms<T = Record<string, unknown>>(res: Response, path: string, method: string, status: number): Promise<T> {
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  expect(checkSchema(body, documented(path, method.toLowerCase(), status) as Record<string, unknown>, components)).toEqual([]);
  return body as T;
}

type Draft = { id: string; source_id: string | null; name: string; state: string; version_token: string; document: Record<string, unknown> };
type Problem = { status: number; title: string; detail: string; errors?: Array<{ pointer: string; detail: string }> };

let orgA: Awaited<ReturnType<typeof createPublishedEntry>>;
let orgB: Awaited<ReturnType<typeof createPublishedEntry>>;
let full: string;
let writer: string;
let reader: string;
let fullClientId: string;
const CLIENT_NAME = "Inventory sync";

async function tokenFor(organisationSlug: string, scopes: ApiScope[], name?: string) {
  const client = await createTestApiClient({ organisationSlug, scopes, name });
  return { token: await fetchToken(client.clientId, client.clientSecret), clientId: client.clientId };
}

beforeAll(async () => {
  orgA = await createPublishedEntry();
  orgB = await createPublishedEntry();
  const f = await tokenFor(orgA.org.slug, ALL, CLIENT_NAME);
  full = f.token;
  fullClientId = f.clientId;
  writer = (await tokenFor(orgA.org.slug, ["entries:read", "entries:write"])).token;
  reader = (await tokenFor(orgA.org.slug, ["entries:read"])).token;
});

describe("filing drafts", () => {
  it("creates a draft (201, Location, ETag) and updates it when the same source_id is filed again (200)", async () => {
    const created = await api("POST", "/api/v1/drafts", { token: writer, body: { ...validDocument({ name: "Parking permits" }), source_id: "INV-001" } });
    expect(created.headers.get("Location")).toMatch(/\/api\/v1\/drafts\/\d{8}$/);
    const first = await conforms<Draft>(created, "/api/v1/drafts", "POST", 201);
    expect(created.headers.get("ETag")).toBe(`"${first.version_token}"`);
    expect(first).toMatchObject({ source_id: "INV-001", state: "draft", name: "Parking permits" });

    const again = await api("POST", "/api/v1/drafts", {
      token: writer,
      body: { ...validDocument({ name: "Parking permits, renewed" }), source_id: "INV-001" },
    });
    const second = await conforms<Draft>(again, "/api/v1/drafts", "POST", 200);
    expect(second.id).toBe(first.id);
    expect(second.name).toBe("Parking permits, renewed");
    expect(await db.entry.count({ where: { organisationId: orgA.org.id, sourceId: "INV-001" } })).toBe(1);

    const list = await conforms<{ data: Draft[] }>(await api("GET", "/api/v1/drafts", { token: reader }), "/api/v1/drafts", "GET", 200);
    expect(list.data.map((d) => d.id)).toContain(first.id);
    // The published entry of the organisation is not a draft in progress.
    expect(list.data.map((d) => d.id)).not.toContain(orgA.entry.publicId);
  });

  it("reads a draft with its ETag and updates it only with a current If-Match (428 without, 412 when stale)", async () => {
    const { id } = await (await api("POST", "/api/v1/drafts", { token: writer, body: validDocument({ name: "Road maintenance planning" }) })).json();
    const path = `/api/v1/drafts/${id}`;
    const read = await api("GET", path, { token: reader });
    const body = await conforms<Draft>(read, "/api/v1/drafts/{id}", "GET", 200);
    const etag = read.headers.get("ETag")!;
    expect(etag).toBe(`"${body.version_token}"`);

    const missing = await api("PUT", path, { token: writer, body: validDocument({ name: "No precondition" }) });
    expect((await conforms<Problem>(missing, "/api/v1/drafts/{id}", "PUT", 428)).detail).toMatch(/If-Match/);

    const saved = await api("PUT", path, { token: writer, body: validDocument({ name: "Road maintenance planning 2027" }), headers: { "If-Match": etag } });
    expect((await conforms<Draft>(saved, "/api/v1/drafts/{id}", "PUT", 200)).name).toBe("Road maintenance planning 2027");
    expect(saved.headers.get("ETag")).not.toBe(etag);

    const stale = await api("PUT", path, { token: writer, body: validDocument({ name: "Lost update" }), headers: { "If-Match": etag } });
    await conforms<Problem>(stale, "/api/v1/drafts/{id}", "PUT", 412);
    expect((await db.entry.findUniqueOrThrow({ where: { publicId: id } })).name).toBe("Road maintenance planning 2027");
  });

  it("answers problem details with a pointer per invalid field, in English and in Dutch, and stores nothing", async () => {
    const before = await db.entry.count();
    const body = { name: "x".repeat(101), themes: ["no-such-theme"], contact: 7 };
    const english = await conforms<Problem>(await api("POST", "/api/v1/drafts", { token: writer, body }), "/api/v1/drafts", "POST", 422);
    const dutchAnswer = await api("POST", "/api/v1/drafts", { token: writer, body, headers: { "Accept-Language": "nl" } });
    expect(dutchAnswer.headers.get("Content-Type")).toMatch(/^application\/problem\+json/);
    expect(dutchAnswer.headers.get("Content-Language")).toBe("nl");
    const dutch = await conforms<Problem>(dutchAnswer, "/api/v1/drafts", "POST", 422);
    const byPointer = (p: Problem) => Object.fromEntries(p.errors!.map((e) => [e.pointer, e.detail]));
    expect(Object.keys(byPointer(english)).sort()).toEqual(["/contact", "/name", "/themes/0"]);
    // The same words as the web form, in the request's language.
    expect(byPointer(english)["/name"]).toBe(showProblem(textFor("en"), "\u2063forms.validation.tooLong\u2063" + JSON.stringify({ max: 100 })));
    expect(byPointer(dutch)["/name"]).toBe(showProblem(textFor("nl"), "\u2063forms.validation.tooLong\u2063" + JSON.stringify({ max: 100 })));
    expect(byPointer(dutch)["/name"]).not.toBe(byPointer(english)["/name"]);
    expect(english.title).toBe(textFor("en").filingApi.titles.invalid);
    expect(dutch.title).toBe(textFor("nl").filingApi.titles.invalid);
    expect(dutch.detail).toBe(textFor("nl").filingApi.invalidDocument({ count: 3 }));
    expect(await db.entry.count()).toBe(before);
  });

  it("refuses a body that is not a JSON object, an unknown step and a method the address does not take", async () => {
    const request = new Request("http://localhost/api/v1/drafts", { method: "POST", headers: { Authorization: `Bearer ${writer}` }, body: "{not json" });
    const res = (await call(drafts.action, request)).result as Response;
    await conforms<Problem>(res, "/api/v1/drafts", "POST", 400);
    const { id } = await (await api("POST", "/api/v1/drafts", { token: writer, body: { name: "Method check" } })).json();
    expect((await api("POST", `/api/v1/drafts/${id}/approve-everything`, { token: full })).status).toBe(404);
    const deleted = await api("DELETE", `/api/v1/drafts/${id}`, { token: full });
    expect(deleted.status).toBe(405);
    expect(deleted.headers.get("Allow")).toBe("GET, PUT");
    expect(await db.entry.count({ where: { publicId: id } })).toBe(1);
  });
});

describe("scopes", () => {
  it("refuses writing without entries:write, submitting without entries:submit and publishing without entries:publish (403)", async () => {
    expect((await api("POST", "/api/v1/drafts", { token: reader, body: validDocument() })).status).toBe(403);
    const { id } = await (await api("POST", "/api/v1/drafts", { token: writer, body: validDocument({ name: "Scope check" }) })).json();
    const refusedSubmit = await api("POST", `/api/v1/drafts/${id}/submit`, { token: writer });
    expect(refusedSubmit.status).toBe(403);
    expect(refusedSubmit.headers.get("WWW-Authenticate")).toMatch(/insufficient_scope/);
    const submitter = (await tokenFor(orgA.org.slug, ["entries:read", "entries:submit"])).token;
    expect(
      (await conforms<Draft>(await api("POST", `/api/v1/drafts/${id}/submit`, { token: submitter }), "/api/v1/drafts/{id}/submit", "POST", 200)).state,
    ).toBe("submitted");
    expect((await api("POST", `/api/v1/drafts/${id}/publish`, { token: submitter })).status).toBe(403);
    expect((await db.entry.findUniqueOrThrow({ where: { publicId: id } })).state).toBe("submitted");
    expect((await api("GET", "/api/v1/drafts", {})).status).toBe(401);
  });
});

describe("the workflow through the API", () => {
  it("submits, asks for changes, publishes and retires with the approver's rules, and records the client in the audit trail", async () => {
    const { id } = await (await api("POST", "/api/v1/drafts", { token: full, body: { name: "Housing benefit checks" } })).json();
    const refused = await conforms<Problem>(await api("POST", `/api/v1/drafts/${id}/submit`, { token: full }), "/api/v1/drafts/{id}/submit", "POST", 422);
    expect(refused.errors!.map((e) => e.pointer)).toContain("/descriptionShort");

    const etag = (await api("GET", `/api/v1/drafts/${id}`, { token: full })).headers.get("ETag")!;
    await api("PUT", `/api/v1/drafts/${id}`, { token: full, body: validDocument({ name: "Housing benefit checks" }), headers: { "If-Match": etag } });
    await conforms(await api("POST", `/api/v1/drafts/${id}/submit`, { token: full }), "/api/v1/drafts/{id}/submit", "POST", 200);

    const noComment = await api("POST", `/api/v1/drafts/${id}/request-changes`, { token: full, body: {} });
    expect((await conforms<Problem>(noComment, "/api/v1/drafts/{id}/request-changes", "POST", 422)).errors).toEqual([
      { pointer: "/comment", detail: textFor("en").entries.validation.changeReason },
    ]);
    const sentBack = await api("POST", `/api/v1/drafts/${id}/request-changes`, { token: full, body: { comment: "Name the data sources." } });
    expect((await conforms<Draft>(sentBack, "/api/v1/drafts/{id}/request-changes", "POST", 200)).state).toBe("changes_requested");
    expect((await api("POST", `/api/v1/drafts/${id}/publish`, { token: full })).status).toBe(409);

    await api("POST", `/api/v1/drafts/${id}/submit`, { token: full });
    const reviewed = (await api("GET", `/api/v1/drafts/${id}`, { token: full })).headers.get("ETag")!;
    const published = await api("POST", `/api/v1/drafts/${id}/publish`, { token: full, headers: { "If-Match": reviewed } });
    expect((await conforms<Draft>(published, "/api/v1/drafts/{id}/publish", "POST", 200)).state).toBe("published");

    const retired = await api("POST", `/api/v1/drafts/${id}/retire`, { token: full, body: { comment: "Replaced by a national system." } });
    expect((await conforms<Draft>(retired, "/api/v1/drafts/{id}/retire", "POST", 200)).state).toBe("archived");

    const entry = await db.entry.findUniqueOrThrow({ where: { publicId: id }, select: { id: true } });
    const trail = await db.auditLog.findMany({
      where: { entryId: entry.id },
      orderBy: { at: "asc" },
      select: { action: true, actorId: true, apiClientId: true },
    });
    expect(trail.map((r) => r.action)).toEqual([
      "entry.created",
      "entry.draft_saved",
      "entry.submit",
      "entry.request_changes",
      "entry.submit",
      "entry.published",
      "entry.archived",
    ]);
    expect(trail.every((r) => r.actorId === null && r.apiClientId === fullClientId)).toBe(true);
    // The staff page's audit trail names the client.
    expect((await entryAuditTrail(entry.id)).map((row) => row.apiClient)).toEqual(Array(7).fill(CLIENT_NAME));
  });

  it("will not change a submitted draft through a repeated source_id (409)", async () => {
    const body = { ...validDocument({ name: "Submitted elsewhere" }), source_id: "INV-LOCKED" };
    const { id } = await (await api("POST", "/api/v1/drafts", { token: full, body })).json();
    await api("POST", `/api/v1/drafts/${id}/submit`, { token: full });
    await conforms<Problem>(await api("POST", "/api/v1/drafts", { token: full, body: { ...body, name: "Changed" } }), "/api/v1/drafts", "POST", 409);
    expect((await db.entry.findUniqueOrThrow({ where: { publicId: id } })).name).toBe("Submitted elsewhere");
  });
});

describe("the organisation boundary", () => {
  it("answers 404 on every endpoint for another organisation's entry and feedback, and changes nothing", async () => {
    const theirs = orgB.entry.publicId;
    const target = (await publishedEntryForFeedback(theirs))!;
    await submitFeedback(target, feedbackSchema.parse({ type: "question", message: "Who decides?", consent: "yes", website: "" }), { ip: "203.0.113.40" });
    const thread = await db.feedbackThread.findFirstOrThrow({ where: { entryId: orgB.entry.id } });
    const before = await db.entry.findUniqueOrThrow({ where: { publicId: theirs }, select: { state: true, draft: true, updatedAt: true } });
    const attempts: Array<[string, string, unknown?, Record<string, string>?]> = [
      ["GET", `/api/v1/drafts/${theirs}`],
      ["PUT", `/api/v1/drafts/${theirs}`, validDocument({ name: "Taken over" }), { "If-Match": "*" }],
      ["POST", `/api/v1/drafts/${theirs}/submit`],
      ["POST", `/api/v1/drafts/${theirs}/publish`],
      ["POST", `/api/v1/drafts/${theirs}/request-changes`, { comment: "x" }],
      ["POST", `/api/v1/drafts/${theirs}/retire`, { comment: "x" }],
      ["GET", `/api/v1/drafts/${theirs}/feedback`],
      ["POST", `/api/v1/feedback/${thread.id}/answers`, { body: "Not yours to answer." }],
    ];
    for (const [method, path, body, headers] of attempts) {
      const res = await api(method, path, { token: full, body, headers });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.headers.get("Content-Type")).toMatch(/^application\/problem\+json/);
    }
    const list = await (await api("GET", "/api/v1/drafts?per_page=100", { token: full })).json();
    expect(JSON.stringify(list)).not.toContain(theirs);
    expect(await db.entry.findUniqueOrThrow({ where: { publicId: theirs }, select: { state: true, draft: true, updatedAt: true } })).toEqual(before);
    expect(await db.feedbackMessage.count({ where: { threadId: thread.id } })).toBe(0);
    // A source id is the organisation's own: the same id elsewhere is another entry.
    const other = await createOrganisation();
    const otherToken = (await tokenFor(other.slug, ["entries:write"])).token;
    const a = await (await api("POST", "/api/v1/drafts", { token: full, body: { name: "Shared id", source_id: "SHARED-1" } })).json();
    const b = await api("POST", "/api/v1/drafts", { token: otherToken, body: { name: "Shared id", source_id: "SHARED-1" } });
    expect(b.status).toBe(201);
    expect((await b.json()).id).not.toBe(a.id);
  });
});

describe("feedback", () => {
  it("reads the feedback on the organisation's entry and publishes an answer as the staff page does", async () => {
    const target = (await publishedEntryForFeedback(orgA.entry.publicId))!;
    await submitFeedback(
      target,
      feedbackSchema.parse({
        type: "question",
        message: "How often is this reviewed?",
        name: "A. Citizen",
        email: "citizen@example.org",
        consent: "yes",
        website: "",
      }),
      { ip: "203.0.113.41" },
    );
    const listed = await conforms<{ data: Array<{ id: string; message: string; status: string }> }>(
      await api("GET", `/api/v1/drafts/${orgA.entry.publicId}/feedback`, { token: full }),
      "/api/v1/drafts/{id}/feedback",
      "GET",
      200,
    );
    const thread = listed.data.find((t) => t.message === "How often is this reviewed?")!;
    expect(thread.status).toBe("received");
    expect(JSON.stringify(listed)).not.toContain("citizen@example.org");

    const empty = await api("POST", `/api/v1/feedback/${thread.id}/answers`, { token: full, body: { body: " " } });
    expect((await conforms<Problem>(empty, "/api/v1/feedback/{threadId}/answers", "POST", 422)).errors![0].pointer).toBe("/body");
    const noScope = await api("POST", `/api/v1/feedback/${thread.id}/answers`, { token: writer, body: { body: "Yearly." } });
    expect(noScope.status).toBe(403);

    const answered = await api("POST", `/api/v1/feedback/${thread.id}/answers`, { token: full, body: { body: "Every year, by the approver." } });
    const body = await conforms<{ status: string; answers: Array<{ body: string }> }>(answered, "/api/v1/feedback/{threadId}/answers", "POST", 201);
    expect(body.status).toBe("answered");
    expect(body.answers.map((a) => a.body)).toEqual(["Every year, by the approver."]);
    // As from the staff page: the answer is mailed to the sender, and the audit trail names the client.
    expect(await db.outboxMail.count({ where: { to: "citizen@example.org" } })).toBeGreaterThanOrEqual(2);
    const audit = await db.auditLog.findFirstOrThrow({ where: { subjectId: thread.id, action: "feedback.answered" } });
    expect(audit).toMatchObject({ actorId: null, apiClientId: fullClientId });
  });
});
