/**
 * The filing API's rules: an organisation's API client lists, files, reads and updates its drafts and
 * takes them through the workflow, through the same domain functions as the web forms
 * (app/entries/entries.server.ts). A client only ever sees its own organisation: any other entry is
 * "not found". Refusals are FilingProblems (filing-problem.ts); the routes turn them into answers.
 */
import { draftRevision } from "~/entries/draft-revision.server";
import { readDocument, storedDraft, UnreadableDocumentError } from "~/entries/documents.server";
import { createDraft, saveDraft, StaleDraftError, transition } from "~/entries/entries.server";
import { sanitizeDraftReport, validateDraft, type EntryDraft } from "~/entries/entry-schema";
import { EDITABLE_STATES, type EntryState } from "~/entries/workflow";
import { Prisma } from "~/generated/prisma/client";
import { isProblemReference, problem } from "~/i18n/problem";
import { db } from "~/utils/db.server";
import { actorFor, type FilingClient } from "./filing-actor.server";
import { FilingProblem } from "./filing-problem";

export const SOURCE_ID_MAX = 200;

/** The organisation's own ids for its entries are kept per organisation (the shared convention of issue 18). */
export const ownSourceSystem = (organisationId: string) => `own:${organisationId}`;

/** The states in which an entry is a draft in progress (the list endpoint). */
export const DRAFT_STATES: readonly EntryState[] = ["draft", "changes_requested", "submitted"];

const ENTRY_SELECT = {
  id: true,
  publicId: true,
  organisationId: true,
  state: true,
  name: true,
  draft: true,
  draftSchemaVersion: true,
  currentVersionId: true,
  sourceSystem: true,
  sourceId: true,
  createdAt: true,
  updatedAt: true,
  organisation: { select: { slug: true, name: true } },
} as const;

/** One of the client's organisation's entries by its public id, or 404. */
export async function ownEntry(client: FilingClient, publicId: string) {
  const entry = /^\d{1,20}$/.test(publicId) ? await db.entry.findUnique({ where: { publicId }, select: ENTRY_SELECT }) : null;
  if (!entry || entry.organisationId !== client.organisationId) throw new FilingProblem(404, "filingApi.entryNotFound");
  return entry;
}
export type OwnEntry = Awaited<ReturnType<typeof ownEntry>>;

/** The ETag of a draft: the fingerprint of its working copy (the same one an approver's page sends). */
export const versionToken = (entry: OwnEntry) => draftRevision(entry);

/** The stored working copy; a document that cannot be read is refused (logged by readDocument's caller). */
export function draftDocument(entry: OwnEntry): EntryDraft {
  try {
    return readDocument(storedDraft(entry), { entryId: entry.id });
  } catch (error) {
    if (error instanceof UnreadableDocumentError) throw new FilingProblem(409, { reference: problem("entries.validation.unreadable") });
    throw error;
  }
}

export async function listDrafts(client: FilingClient) {
  return db.entry.findMany({
    where: { organisationId: client.organisationId, state: { in: [...DRAFT_STATES] } },
    orderBy: [{ updatedAt: "desc" }, { publicId: "asc" }],
    select: { publicId: true, name: true, state: true, sourceSystem: true, sourceId: true, updatedAt: true },
  });
}

/**
 * A request body as an entry document: every value checked with the filing form's schema. Unlike the
 * form (which saves whatever was typed), nothing is stored when a value is wrong: the client is told.
 */
export function documentFromBody(body: unknown): { doc: EntryDraft; sourceId?: string } {
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new FilingProblem(400, "filingApi.notJson");
  const { source_id: sourceId, ...rest } = body as Record<string, unknown>;
  const errors: Record<string, string> = {};
  if (sourceId !== undefined && (typeof sourceId !== "string" || !sourceId.trim() || sourceId.length > SOURCE_ID_MAX)) {
    errors.source_id = problem("filingApi.sourceIdInvalid", { max: SOURCE_ID_MAX });
  }
  const { draft, dropped } = sanitizeDraftReport(rest);
  for (const d of dropped) errors[d.path || "_form"] ??= isProblemReference(d.message) ? d.message : problem("filingApi.wrongType");
  for (const [field, message] of Object.entries(validateDraft(draft))) errors[field] ??= message;
  const count = Object.keys(errors).length;
  if (count) throw new FilingProblem(422, "filingApi.invalidDocument", { count }, errors);
  return { doc: draft, sourceId: typeof sourceId === "string" ? sourceId.trim() : undefined };
}

/** Creates a draft, or updates the one filed before under the same source id. */
export async function fileDraft(client: FilingClient, body: unknown): Promise<{ created: boolean; publicId: string }> {
  const { doc, sourceId } = documentFromBody(body);
  const source = sourceId ? { system: ownSourceSystem(client.organisationId), id: sourceId } : undefined;
  const existing = source ? await bySource(source) : null;
  if (existing) return { created: false, publicId: await updateFiled(client, existing.publicId, doc) };
  try {
    const entry = await createDraft(actorFor(client), client.organisationId, doc, { source });
    return { created: true, publicId: entry.publicId };
  } catch (error) {
    // The same source id filed at the same moment by another request: that one created it, this one updates it.
    const raced = source && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" ? await bySource(source) : null;
    if (!raced) throw error;
    return { created: false, publicId: await updateFiled(client, raced.publicId, doc) };
  }
}

const bySource = (source: { system: string; id: string }) =>
  db.entry.findUnique({ where: { sourceSystem_sourceId: { sourceSystem: source.system, sourceId: source.id } }, select: { publicId: true } });

async function updateFiled(client: FilingClient, publicId: string, doc: EntryDraft) {
  await save(client, await ownEntry(client, publicId), doc);
  return publicId;
}

/** Replaces a draft's document; `ifMatch` is the If-Match header (required: two writers never overwrite each other silently). */
export async function updateDraft(client: FilingClient, publicId: string, body: unknown, ifMatch: string | null) {
  const entry = await ownEntry(client, publicId);
  if (!ifMatch) throw new FilingProblem(428, "filingApi.ifMatchRequired");
  const { doc, sourceId } = documentFromBody(body);
  if (sourceId !== undefined && !(entry.sourceSystem === ownSourceSystem(client.organisationId) && entry.sourceId === sourceId)) {
    throw new FilingProblem(422, "filingApi.invalidDocument", { count: 1 }, { source_id: problem("filingApi.sourceIdFixed") });
  }
  const tokens = ifMatch.split(",").map((tag) => tag.trim());
  const revision = tokens.includes("*") ? undefined : versionToken(entry);
  if (revision !== undefined && !tokens.includes(`"${revision}"`)) throw new FilingProblem(412, "filingApi.stale");
  await save(client, entry, doc, revision);
}

async function save(client: FilingClient, entry: OwnEntry, doc: EntryDraft, revision?: string) {
  if (!EDITABLE_STATES.includes(entry.state as EntryState)) throw new FilingProblem(409, "filingApi.notEditable", { state: entry.state });
  try {
    await saveDraft(actorFor(client), entry.id, doc, { revision });
  } catch (error) {
    if (error instanceof StaleDraftError) throw new FilingProblem(412, "filingApi.stale");
    throw error;
  }
}

/** The body of a workflow step: `comment` (request-changes, retire) and `change_note` (publish), both optional text. */
export function stepInputFromBody(body: unknown): { comment?: string; changeNote?: string } {
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new FilingProblem(400, "filingApi.notJson");
  const { comment, change_note: changeNote } = body as Record<string, unknown>;
  const errors: Record<string, string> = {};
  if (comment !== undefined && typeof comment !== "string") errors.comment = problem("filingApi.wrongType");
  if (changeNote !== undefined && typeof changeNote !== "string") errors.changeNote = problem("filingApi.wrongType");
  const count = Object.keys(errors).length;
  if (count) throw new FilingProblem(422, "filingApi.invalidStep", { count }, errors);
  return { comment: comment as string | undefined, changeNote: changeNote as string | undefined };
}

export type FilingStep = "submit" | "publish" | "request_changes" | "archive";

/** A workflow step with the same rules as the staff pages; `revision` (If-Match on publish) is what the client reviewed. */
export async function takeStep(client: FilingClient, publicId: string, step: FilingStep, input: { comment?: string; changeNote?: string; revision?: string }) {
  const entry = await ownEntry(client, publicId);
  const result = await transition(actorFor(client), entry.id, step, input);
  if (result.ok) return result;
  const { _form: form, ...fields } = result.errors;
  if (form === problem("entries.submissionChanged")) throw new FilingProblem(412, "filingApi.stale");
  if (form && !Object.keys(fields).length) throw new FilingProblem(409, { reference: form });
  const count = Object.keys(result.errors).length;
  throw new FilingProblem(422, step === "submit" || step === "publish" ? "filingApi.notSubmittable" : "filingApi.invalidStep", { count }, result.errors);
}
