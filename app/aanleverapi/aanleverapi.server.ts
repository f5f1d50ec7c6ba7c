/**
 * The Dutch filing API profile ("aanleverapi" v1.0, decision record 012): the Dutch register's paths and
 * shapes over this register's own rules. Every request is checked with the /api/v1 bearer-token guard and
 * scopes; the organisation in the path must be the client's own. Drafts are filed, saved and taken through
 * the workflow by the same functions as /api/v1 and the web forms (app/api/filing.server.ts,
 * app/entries/entries.server.ts), so the audit trail shows "via API client <name>" as for /api/v1.
 * Answers are in the document's shapes: Message `{detail}` and HTTPValidationError `{detail: [{loc, msg, type}]}`.
 */
import { requireApiClient, type ApiClientActor } from "~/api/api-auth.server";
import { actorFor } from "~/api/filing-actor.server";
import { draftDocument, ownEntry, stepInputFromBody, takeStep } from "~/api/filing.server";
import { FilingProblem } from "~/api/filing-problem";
import type { ApiScope } from "~/api/scopes";
import { publicOrigin } from "~/config/settings.mjs";
import { readDocument, readOrSkip, storedDraft } from "~/entries/documents.server";
import { createDraft, getPublishedEntry, saveDraft } from "~/entries/entries.server";
import { validateDraft } from "~/entries/entry-schema";
import { EDITABLE_STATES, type EntryState } from "~/entries/workflow";
import { languageOf } from "~/i18n/language.server";
import type { Language } from "~/i18n/languages.mjs";
import { problem, showProblem } from "~/i18n/problem";
import { textFor, type Text } from "~/i18n/text";
import { db } from "~/utils/db.server";
import { isStorageUnavailable } from "~/utils/storage-errors.server";
import { fromAlgorithmIn, locOfField, toAlgorithm, toSummary, type FieldError } from "./field-mapping";

/** The header naming the keys of a request that were accepted but are not stored (documented in decision record 012). */
export const NOT_STORED_HEADER = "X-Aanleverapi-Not-Stored";

export function json(value: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(value), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

/** A refusal in the document's Message shape. */
export class AanleverProblem extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 405 | 409 | 503,
    readonly detail: (t: Text) => string,
    readonly headers: Record<string, string> = {},
  ) {
    super(`aanleverapi problem ${status}`);
  }
}

/** A refusal of the request body in the document's HTTPValidationError shape (msg: catalogue references or text). */
export class AanleverValidation extends Error {
  constructor(readonly errors: FieldError[]) {
    super("aanleverapi validation error");
  }
}

const message = (status: number, detail: string, headers: Record<string, string> = {}) => json({ detail }, status, headers);

function validationAnswer(t: Text, errors: FieldError[]) {
  return json({ detail: errors.map((e) => ({ loc: e.loc, msg: showProblem(t, e.msg), type: e.type })) }, 422);
}

/** A FilingProblem of the shared filing rules in this profile's shapes: per-field problems as loc/msg/type. */
function fromFilingProblem(t: Text, p: FilingProblem): Response {
  const fields = Object.entries(p.errors).filter(([field]) => field !== "_form");
  if (p.status === 422 && fields.length) {
    return validationAnswer(
      t,
      fields.map(([field, msg]) => ({ loc: locOfField(field), msg, type: "value_error" })),
    );
  }
  const detail = typeof p.detail === "object" ? showProblem(t, p.detail.reference) : showProblem(t, problem(p.detail, p.values));
  return message(p.status, detail);
}

/**
 * Runs one request of the profile: the token guard (its RFC 9457 answer becomes a Message with the same
 * status and headers), the organisation in the path, then `handle`; refusals become the document's shapes.
 */
export async function aanleverRequest(
  request: Request,
  organisationId: string | undefined,
  scope: ApiScope,
  handle: (client: ApiClientActor, language: Language) => Promise<Response>,
): Promise<Response> {
  const language = languageOf(request);
  const t = textFor(language);
  try {
    let client: ApiClientActor;
    try {
      client = await requireApiClient(request, scope);
    } catch (error) {
      if (!(error instanceof Response)) throw error;
      const problem = (await error.json()) as { detail?: string; title?: string };
      const headers: Record<string, string> = {};
      for (const name of ["WWW-Authenticate", "Retry-After"]) {
        const value = error.headers.get(name);
        if (value) headers[name] = value;
      }
      return message(error.status, problem.detail ?? problem.title ?? "", headers);
    }
    const organisation = await db.organisation.findUnique({ where: { id: client.organisationId }, select: { identifier: true } });
    if (!organisation || organisation.identifier !== organisationId) {
      return message(403, t.aanleverApi.otherOrganisation);
    }
    return await handle(client, language);
  } catch (error) {
    if (error instanceof AanleverValidation) return validationAnswer(t, error.errors);
    if (error instanceof AanleverProblem) return message(error.status, error.detail(t), error.headers);
    if (error instanceof FilingProblem) {
      if (typeof error.detail === "string" && !Object.keys(error.errors).length)
        return message(error.status, showProblem(t, problem(error.detail, error.values)));
      return fromFilingProblem(t, error);
    }
    if (error instanceof Response) {
      // A refusal by a domain function (its 403 or 404 page).
      const status = error.status === 404 ? 404 : 403;
      return message(status, status === 404 ? t.filingApi.entryNotFound : t.filingApi.denied);
    }
    if (isStorageUnavailable(error)) return message(503, t.filingApi.unavailable, { "Retry-After": "60" });
    throw error;
  }
}

/** 405 in the Message shape. */
export function methodNotAllowed(request: Request, allow: string) {
  return message(405, textFor(languageOf(request)).filingApi.methodNotAllowed({ allow }), { Allow: allow });
}

/** The request body as JSON (with `optional`, an empty body is `{}`); anything else is the document's validation error at `body`. */
export async function bodyOf(request: Request, opts: { optional?: boolean } = {}): Promise<unknown> {
  const text = await request.text();
  if (opts.optional && !text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AanleverValidation([{ loc: ["body"], msg: problem("aanleverApi.notJson"), type: "json_invalid" }]);
  }
}

/** A request's AlgorithmIn as a valid entry document, or the document's validation error. */
function documentOf(body: unknown) {
  const { doc, errors, notStored } = fromAlgorithmIn(body);
  const taken = new Set(errors.map((e) => e.loc.join(".")));
  for (const [field, msg] of Object.entries(validateDraft(doc))) {
    const loc = locOfField(field);
    if (!taken.has(loc.join("."))) errors.push({ loc, msg, type: "value_error" });
  }
  if (errors.length) throw new AanleverValidation(errors);
  return { doc, headers: notStored.length ? { [NOT_STORED_HEADER]: notStored.join(", ") } : ({} as Record<string, string>) };
}

/* ---------- The operations ---------- */

/** get_all_algorithms: every entry of the organisation, as AlgorithmSummary. */
export async function listAlgorithms(client: ApiClientActor) {
  const rows = await db.entry.findMany({
    where: { organisationId: client.organisationId },
    orderBy: [{ updatedAt: "desc" }, { publicId: "asc" }],
    select: { id: true, publicId: true, name: true, state: true, updatedAt: true, currentVersionId: true, draft: true, draftSchemaVersion: true },
  });
  // The organisation's own id (`source_id`) is a field of the working draft; an unreadable draft (logged) has none.
  return json(rows.map((row) => toSummary(row, readOrSkip(() => readDocument(storedDraft(row), { entryId: row.id }))?.sourceId ?? null)));
}

/** create_one_algorithm: a new draft; `lars_code` is its public id. */
export async function createAlgorithm(client: ApiClientActor, body: unknown) {
  const { doc, headers } = documentOf(body);
  const entry = await createDraft(actorFor(client), client.organisationId, doc);
  return json({ lars_code: entry.publicId }, 200, headers);
}

async function organisationName(client: ApiClientActor) {
  const org = await db.organisation.findUniqueOrThrow({ where: { id: client.organisationId }, select: { name: true } });
  return org.name;
}

/** get_one_algorithm: the newest data (the working draft), published or not. */
export async function readAlgorithm(client: ApiClientActor, lars: string) {
  const entry = await ownEntry(client, lars);
  const doc = draftDocument(entry);
  return json(toAlgorithm(doc, { ...entry, publishedAt: null }, await organisationName(client)));
}

/** update_one_algorithm: replaces the working draft (last writer wins, as in the Dutch API). */
export async function updateAlgorithm(client: ApiClientActor, lars: string, body: unknown, language: Language) {
  const entry = await ownEntry(client, lars);
  const { doc, headers } = documentOf(body);
  if (!EDITABLE_STATES.includes(entry.state as EntryState)) throw new FilingProblem(409, "filingApi.notEditable", { state: entry.state });
  await saveDraft(actorFor(client), entry.id, doc);
  return json({ message: textFor(language).aanleverApi.saved }, 200, headers);
}

/** release_one_algorithm: submits the draft for approval (STATE_1 → STATE_2), with the register's rules. */
export async function releaseAlgorithm(client: ApiClientActor, lars: string, language: Language) {
  await takeStep(client, lars, "submit", {});
  return json({ message: textFor(language).aanleverApi.released });
}

/**
 * The publish operation the Dutch toolkit calls (STATE_2 → PUBLISHED): the register's publish step. The
 * Dutch call has no body; from the second version on the register asks for a public change note, which
 * this profile takes from an optional body `{"change_note": "…"}` (else 422 naming `change_note`).
 */
export async function publishAlgorithm(client: ApiClientActor, lars: string, body: unknown, language: Language) {
  const { changeNote } = stepInputFromBody(body);
  await takeStep(client, lars, "publish", { changeNote });
  return json({ message: textFor(language).aanleverApi.published });
}

/** retract_one_published_algorithm: retires the published entry (it leaves the public register). */
export async function retractAlgorithm(client: ApiClientActor, lars: string, language: Language) {
  await takeStep(client, lars, "archive", { comment: textFor(language).aanleverApi.retractComment });
  return json({});
}

/** The body of archive_version / unarchive_version, checked against the document's ArchiveVersionRequest. */
async function versionOf(client: ApiClientActor, lars: string, body: unknown) {
  const entry = await ownEntry(client, lars);
  const given = body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>).algorithm_version_id : undefined;
  if (given === undefined) throw new AanleverValidation([{ loc: ["body", "algorithm_version_id"], msg: problem("aanleverApi.required"), type: "missing" }]);
  if (!Number.isInteger(given))
    throw new AanleverValidation([{ loc: ["body", "algorithm_version_id"], msg: problem("aanleverApi.notInteger"), type: "int_type" }]);
  const version = await db.entryVersion.findFirst({ where: { entryId: entry.id, number: given as number }, select: { number: true } });
  if (!version) throw new AanleverProblem(404, (t) => t.aanleverApi.versionNotFound);
  return entry;
}

/** archive_algorithm_version: in this register, retiring the published entry (the same step as retract). */
export async function archiveVersion(client: ApiClientActor, lars: string, body: unknown, language: Language) {
  const entry = await versionOf(client, lars, body);
  if (entry.state !== "published") throw new AanleverProblem(409, (t) => t.aanleverApi.notPublished);
  await takeStep(client, lars, "archive", { comment: textFor(language).aanleverApi.retractComment });
  return json({});
}

/** unarchive_algorithm_version: a retired entry cannot be brought back here (a known limit, decision record 012). */
export async function unarchiveVersion(client: ApiClientActor, lars: string, body: unknown): Promise<Response> {
  const entry = await versionOf(client, lars, body);
  throw new AanleverProblem(409, (t) => (entry.state === "archived" ? t.aanleverApi.cannotUnarchive : t.aanleverApi.notArchived));
}

/** get_one_preview_url: the address of the entry's page for the organisation's staff (signed in). */
export async function previewUrl(client: ApiClientActor, lars: string) {
  const entry = await ownEntry(client, lars);
  return json({ url: `${publicOrigin()}/entries/${entry.publicId}` });
}

/** get_one_published_algorithm: the public version, or 404 when the entry has none (never published, or retired). */
export async function readPublished(client: ApiClientActor, lars: string) {
  const entry = /^\d{8}$/.test(lars) ? await getPublishedEntry(lars) : null;
  // A published entry whose new draft is in progress keeps its published version public (as on the public page).
  if (!entry || entry.organisation.id !== client.organisationId || entry.state === "archived") {
    throw new AanleverProblem(404, (t) => t.aanleverApi.notPublishedHere);
  }
  const created = await db.entry.findUniqueOrThrow({ where: { id: entry.id }, select: { createdAt: true } });
  return json(
    toAlgorithm(
      entry.doc,
      { publicId: entry.publicId, state: entry.state, createdAt: created.createdAt, publishedAt: entry.version.publishedAt },
      entry.organisation.name,
    ),
  );
}
