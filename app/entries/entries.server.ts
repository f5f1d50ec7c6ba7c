import { randomInt } from "node:crypto";
import { recordAudit } from "~/audit/audit.server";
import type { Prisma } from "~/generated/prisma/client";
import { canActForOrganisation } from "~/auth/guards.server";
import { hasPermission } from "~/auth/roles";
import type { SessionUser } from "~/auth/session.server";
import { deliverOutboxInBackground } from "~/email/email.server";
import { queueChangesRequested, queueEntryPublished, queueEntrySubmitted } from "~/notifications/staff-notices.server";
import { indexPublishedEntry } from "~/search/indexing.server";
import { db } from "~/utils/db.server";
import { forbidden, notFound } from "~/utils/http.server";
import { draftRevision } from "./draft-revision.server";
import { draftColumns, logUnreadable, readDocument, readPublicDocument, storedDraft, UnreadableDocumentError, versionColumns } from "./documents.server";
import { sanitizeDraft, validateForSubmit, type EntryDraft } from "./entry-schema";
import { LIMITS } from "./standard";
import { languageCode } from "./translations";
import { setting } from "~/config/settings.mjs";
import type { LanguageCode } from "~content/vocabularies/entry-enums";
import { problem } from "~/i18n/problem";
import { DEFAULT_REVIEW_MONTHS, DUE_SOON_DAYS, EDITABLE_STATES, TRANSITIONS, type EntryState, type WorkflowAction } from "./workflow";

export type Actor = Pick<SessionUser, "id" | "role" | "organisationId">;

/** A stable 8-digit public id, like the Dutch register's `lars`. */
export async function newPublicId(): Promise<string> {
  for (;;) {
    const id = String(randomInt(10_000_000, 100_000_000));
    if (!(await db.entry.findUnique({ where: { publicId: id }, select: { id: true } }))) return id;
  }
}

export function addMonths(date: Date, months: number) {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

export function reviewDueFrom(doc: EntryDraft, now: Date) {
  if (doc.reviewDueOn && /^\d{4}-\d{2}-\d{2}$/.test(doc.reviewDueOn)) {
    const d = new Date(`${doc.reviewDueOn}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d > now) return d;
  }
  return addMonths(now, DEFAULT_REVIEW_MONTHS);
}

export const nameOf = (doc: EntryDraft) => (doc.name?.trim() || "Untitled entry").slice(0, LIMITS.name);

/* ---------- Filing ---------- */

export async function createDraft(actor: Actor, organisationId: string, doc: EntryDraft, opts: { copiedFromId?: string } = {}) {
  if (!canActForOrganisation(actor, organisationId, "entry:edit:own")) forbidden();
  const clean = sanitizeDraft(doc);
  clean.language ??= await defaultEntryLanguage(organisationId);
  const entry = await db.entry.create({
    data: {
      publicId: await newPublicId(),
      organisationId,
      name: nameOf(clean),
      ...draftColumns(clean),
      createdById: actor.id,
      copiedFromId: opts.copiedFromId ?? null,
    },
    select: { id: true, publicId: true },
  });
  await recordAudit({
    actorId: actor.id,
    action: opts.copiedFromId ? "entry.created_from_template" : "entry.created",
    subjectType: "entry",
    subjectId: entry.id,
    entryId: entry.id,
    details: opts.copiedFromId ? { copiedFromId: opts.copiedFromId } : undefined,
  });
  return entry;
}

/** Loads an entry the actor may edit (own organisation, editable state), or answers 403/404. */
export async function requireEditableEntry(actor: Actor, entryId: string) {
  const entry = await db.entry.findUnique({
    where: { id: entryId },
    select: { id: true, publicId: true, organisationId: true, state: true, draft: true, draftSchemaVersion: true, name: true, currentVersionId: true },
  });
  if (!entry) notFound();
  if (!canActForOrganisation(actor, entry.organisationId, "entry:edit:own")) forbidden();
  return entry;
}

/**
 * Saves the working draft whatever else is wrong with it: a draft never loses input.
 * Editing a published entry opens a new draft revision; the public page keeps showing the last version.
 */
export async function saveDraft(actor: Actor, entryId: string, doc: EntryDraft) {
  const entry = await requireEditableEntry(actor, entryId);
  if (!EDITABLE_STATES.includes(entry.state as EntryState)) {
    forbidden(entry.state === "submitted" ? "This entry is waiting for approval. Withdraw the submission to edit it." : "A retired entry cannot be edited.");
  }
  // The filing form does not carry the translations (they have their own form): the stored ones are kept.
  const clean = sanitizeDraft(doc.translations === undefined ? { ...doc, translations: storedTranslations(entry) } : doc);
  const nextState: EntryState = entry.state === "published" ? "draft" : (entry.state as EntryState);
  await db.entry.update({ where: { id: entryId }, data: { ...draftColumns(clean), name: nameOf(clean), state: nextState } });
  await recordAudit({ actorId: actor.id, action: "entry.draft_saved", subjectType: "entry", subjectId: entryId, entryId });
  return { state: nextState };
}

/** The translations of an entry's stored draft (none when it cannot be read: saving replaces it). */
function storedTranslations(entry: { id: string; draft: string; draftSchemaVersion: number | null }) {
  try {
    return readDocument(storedDraft(entry), { entryId: entry.id }).translations;
  } catch (error) {
    if (error instanceof UnreadableDocumentError) return undefined;
    throw error;
  }
}

/** A new entry is written in the language of its organisation's country, else in the deployment's default language. */
export async function defaultEntryLanguage(organisationId: string): Promise<LanguageCode> {
  const organisation = await db.organisation.findUnique({ where: { id: organisationId }, select: { country: true } });
  if (organisation?.country === "NL") return "nld";
  if (organisation?.country === "NZ" || organisation?.country === "GB") return "eng";
  return languageCode(setting("DEFAULT_LANGUAGE"));
}

/* ---------- Workflow ---------- */

export type TransitionResult = { ok: true; state: EntryState; versionNumber?: number } | { ok: false; errors: Record<string, string> };

export async function transition(
  actor: Actor,
  entryId: string,
  action: WorkflowAction,
  /** revision: the draftRevision the actor reviewed; when given, the step is refused if the entry changed since. */
  input: { comment?: string; changeNote?: string; revision?: string } = {},
  now = new Date(),
): Promise<TransitionResult> {
  const rule = TRANSITIONS[action];
  if (!rule) forbidden("Unknown action");
  const entry = await db.entry.findUnique({
    where: { id: entryId },
    select: {
      id: true,
      publicId: true,
      name: true,
      state: true,
      organisationId: true,
      draft: true,
      draftSchemaVersion: true,
      currentVersionId: true,
      organisation: { select: { id: true, slug: true, name: true, type: true } },
    },
  });
  if (!entry) notFound();
  if (!canActForOrganisation(actor, entry.organisationId, rule.permission)) forbidden();
  // An approver may always act on their organisation's entries; editors cannot publish or request changes.
  if (!hasPermission(actor.role, rule.permission)) forbidden();
  if (!rule.from.includes(entry.state as EntryState)) {
    return { ok: false, errors: { _form: problem("entries.validation.notNow", { state: entry.state, action }) } };
  }
  if (input.revision !== undefined && input.revision !== draftRevision(entry)) return { ok: false, errors: { _form: problem("entries.submissionChanged") } };
  const comment = input.comment?.trim() ?? "";
  if (rule.needsComment && !comment) {
    return { ok: false, errors: { comment: problem(action === "archive" ? "entries.validation.retireReason" : "entries.validation.changeReason") } };
  }
  if (comment.length > LIMITS.longText) return { ok: false, errors: { comment: problem("forms.validation.tooLong", { max: LIMITS.longText }) } };
  const changeNote = input.changeNote?.trim() ?? "";
  if (changeNote.length > LIMITS.changeNote) return { ok: false, errors: { changeNote: problem("forms.validation.tooLong", { max: LIMITS.changeNote }) } };
  if (action === "publish" && !changeNote && (await db.entryVersion.count({ where: { entryId } })) > 0) {
    return { ok: false, errors: { changeNote: CHANGE_NOTE_REQUIRED } };
  }

  if (action === "submit" || action === "publish") {
    let doc: EntryDraft;
    try {
      doc = readDocument(storedDraft(entry), { entryId });
    } catch (error) {
      return unreadable(error);
    }
    const check = validateForSubmit(doc);
    if (!check.ok) return { ok: false, errors: check.errors };
    if (action === "publish") return publish(actor, entry, doc, changeNote, now);
  }

  if (action === "archive") {
    try {
      await archive(actor, entry, comment, now);
    } catch (error) {
      return unreadable(error);
    }
    return { ok: true, state: "archived" };
  }

  if (action === "confirm_review") {
    await db.entry.update({ where: { id: entryId }, data: { lastReviewedAt: now, reviewDueAt: addMonths(now, DEFAULT_REVIEW_MONTHS) } });
    await recordAudit({ actorId: actor.id, action: "entry.review_confirmed", subjectType: "entry", subjectId: entryId, entryId, comment: comment || null });
    return { ok: true, state: entry.state as EntryState };
  }

  const to = rule.to!;
  // The state change, its audit row and its notification mails are stored together or not at all.
  await db.$transaction(async (tx) => {
    await tx.entry.update({ where: { id: entryId }, data: { state: to } });
    await recordAudit({ actorId: actor.id, action: `entry.${action}`, subjectType: "entry", subjectId: entryId, entryId, comment: comment || null }, tx);
    if (action === "submit") await queueEntrySubmitted(tx, { ...entry, organisationName: entry.organisation.name }, actor.id);
    if (action === "request_changes") await queueChangesRequested(tx, entry, actor.id);
  });
  deliverOutboxInBackground();
  return { ok: true, state: to };
}

/** A stored document that cannot be read stops the workflow step with a message for staff; anything else is rethrown. */
function unreadable(error: unknown): TransitionResult {
  if (!(error instanceof UnreadableDocumentError)) throw error;
  logUnreadable(error);
  return { ok: false, errors: { _form: UNREADABLE_DOCUMENT } };
}

export const CHANGE_NOTE_REQUIRED = problem("entries.validation.changeNoteRequired");

export const UNREADABLE_DOCUMENT = problem("entries.validation.unreadable");

export type WorkflowEntry = { id: string; organisation: { id: string; slug: string; name: string; type: string }; currentVersionId: string | null };

async function publish(
  actor: Actor,
  entry: WorkflowEntry & { publicId: string; organisationId: string },
  doc: EntryDraft,
  changeNote: string,
  now: Date,
): Promise<TransitionResult> {
  const entryId = entry.id;
  const result = await db.$transaction(async (tx) => {
    const last = await tx.entryVersion.findFirst({ where: { entryId }, orderBy: { number: "desc" }, select: { number: true } });
    const number = (last?.number ?? 0) + 1;
    const version = await tx.entryVersion.create({
      data: {
        entryId,
        number,
        ...versionColumns(doc),
        ...versionOrganisation(entry.organisation),
        changeNote: changeNote || (number === 1 ? "First publication" : ""),
        publishedAt: now,
        publishedById: actor.id,
      },
      select: { id: true },
    });
    await tx.entry.update({
      where: { id: entryId },
      data: {
        state: "published",
        currentVersionId: version.id,
        publishedAt: now,
        firstPublishedAt: number === 1 ? now : undefined,
        lastReviewedAt: now,
        reviewDueAt: reviewDueFrom(doc, now),
        name: nameOf(doc),
      },
    });
    await indexPublishedEntry(tx, doc, { entryId, state: "published", organisation: entry.organisation, supplierNames: await supplierNames(tx, doc) });
    await recordAudit(
      {
        actorId: actor.id,
        action: "entry.published",
        subjectType: "entry",
        subjectId: entryId,
        entryId,
        comment: changeNote || null,
        details: { version: number },
      },
      tx,
    );
    await queueEntryPublished(tx, { ...entry, name: nameOf(doc), version: number }, actor.id);
    return number;
  });
  deliverOutboxInBackground();
  return { ok: true, state: "published", versionNumber: result };
}

async function archive(actor: Actor, entry: WorkflowEntry, comment: string, now: Date) {
  await db.$transaction((tx) => archiveInTransaction(tx, { entry, actorId: actor.id, comment, now }));
}

/** Retires an entry: a last version (kind "archived", lifecycle out of use) with the reason as its change note. */
export async function archiveInTransaction(
  tx: ImportTx,
  input: { entry: WorkflowEntry; actorId: string | null; comment: string; now: Date; details?: Record<string, unknown> },
) {
  const { entry, comment, now } = input;
  const entryId = entry.id;
  {
    const current = await tx.entryVersion.findUniqueOrThrow({
      where: { id: entry.currentVersionId! },
      select: { number: true, data: true, schemaVersion: true },
    });
    const last = await tx.entryVersion.findFirst({ where: { entryId }, orderBy: { number: "desc" }, select: { number: true } });
    const published = readDocument(current, { entryId, version: current.number });
    const retired = {
      ...published,
      lifecycle: { ...published.lifecycle, status: "out_of_use" as const, endedOn: published.lifecycle?.endedOn ?? now.toISOString().slice(0, 7) },
    };
    const version = await tx.entryVersion.create({
      data: {
        entryId,
        number: (last?.number ?? 0) + 1,
        ...versionColumns(retired),
        ...versionOrganisation(entry.organisation),
        changeNote: comment,
        publishedAt: now,
        publishedById: input.actorId,
        kind: "archived",
      },
      select: { id: true },
    });
    await tx.entry.update({ where: { id: entryId }, data: { state: "archived", archivedAt: now, currentVersionId: version.id, ...draftColumns(retired) } });
    await indexPublishedEntry(tx, retired, { entryId, state: "archived", organisation: entry.organisation, supplierNames: await supplierNames(tx, retired) });
    await recordAudit(
      { actorId: input.actorId, action: "entry.archived", subjectType: "entry", subjectId: entryId, entryId, comment, details: input.details },
      tx,
    );
  }
}

/** The organisation a version belongs to, recorded with it so the history shows a move or a rename. */
const versionOrganisation = (organisation: { id: string; name: string }) => ({ organisationId: organisation.id, organisationName: organisation.name });

async function supplierNames(tx: Pick<typeof db, "supplier">, doc: EntryDraft) {
  const ids = (doc.procurement?.suppliers ?? []).map((s) => s.supplierId).filter((x): x is string => Boolean(x));
  if (!ids.length) return [];
  const rows = await tx.supplier.findMany({ where: { id: { in: ids } }, select: { name: true } });
  return rows.map((r) => r.name);
}

/* ---------- Reading ---------- */

/**
 * The public view of an entry: the latest published version only, never the draft.
 * Throws UnreadableDocumentError when that version cannot be read (the page answers 500).
 */
export async function getPublishedEntry(publicId: string) {
  const entry = await db.entry.findUnique({
    where: { publicId },
    select: {
      id: true,
      publicId: true,
      state: true,
      firstPublishedAt: true,
      publishedAt: true,
      lastReviewedAt: true,
      reviewDueAt: true,
      archivedAt: true,
      sourceSystem: true,
      sourceId: true,
      sourceUrl: true,
      sourceRegisteredAt: true,
      organisation: { select: { id: true, slug: true, name: true, type: true, identifierScheme: true, identifier: true } },
      currentVersion: { select: { number: true, data: true, schemaVersion: true, publishedAt: true, changeNote: true, derivedFields: true } },
    },
  });
  if (!entry || !entry.currentVersion) return null;
  const { currentVersion, ...rest } = entry;
  return {
    ...rest,
    derivedFields: parseDerivedFields(currentVersion.derivedFields),
    version: { number: currentVersion.number, publishedAt: currentVersion.publishedAt, changeNote: currentVersion.changeNote },
    doc: readPublicDocument(currentVersion, { entryId: entry.id, version: currentVersion.number }),
  };
}

export async function listVersions(entryId: string) {
  return db.entryVersion.findMany({
    where: { entryId },
    orderBy: { number: "desc" },
    select: { number: true, publishedAt: true, changeNote: true, kind: true, organisationId: true, organisationName: true },
  });
}

/** The stored list of derived field paths; anything unreadable counts as none. */
export function parseDerivedFields(stored: string | null): string[] {
  if (!stored) return [];
  try {
    const list: unknown = JSON.parse(stored);
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

export async function getVersionDocument(entryId: string, number: number) {
  const v = await db.entryVersion.findUnique({
    where: { entryId_number: { entryId, number } },
    select: { number: true, data: true, schemaVersion: true, publishedAt: true, changeNote: true, kind: true, organisationId: true, organisationName: true },
  });
  return v ? { ...v, doc: readPublicDocument(v, { entryId, version: v.number }) } : null;
}

/** Entries an editor or approver works on, with review reminders. */
export async function listOrganisationEntries(organisationId: string) {
  return db.entry.findMany({
    where: { organisationId },
    orderBy: [{ updatedAt: "desc" }],
    select: { id: true, publicId: true, name: true, state: true, updatedAt: true, publishedAt: true, reviewDueAt: true, currentVersionId: true },
  });
}

export function reviewStatus(reviewDueAt: Date | null, now = new Date()): "overdue" | "due_soon" | "ok" | null {
  if (!reviewDueAt) return null;
  const days = (reviewDueAt.getTime() - now.getTime()) / 86_400_000;
  if (days < 0) return "overdue";
  if (days <= DUE_SOON_DAYS) return "due_soon";
  return "ok";
}

/* ---------- Imports ---------- */

export type ImportTx = Prisma.TransactionClient;

/** Dates the source states for a record (undefined when it does not). */
export type SourceDates = { firstPublishedAt?: Date; lastChangedAt?: Date; registeredAt?: Date };

/**
 * Publishes an imported document as a new version (kind "imported") of an entry, inside the
 * importer's transaction: immutable version, current pointer, search index and audit record.
 * Imports are published directly; an editor's open revision (draft/submitted) keeps its working copy.
 */
export async function publishImported(
  tx: ImportTx,
  input: {
    entryId: string;
    doc: EntryDraft;
    organisation: { id: string; slug: string; name: string; type: string };
    actorId: string | null;
    changeNote: string;
    details?: Record<string, unknown>;
    now?: Date;
    /** What the caller already knows (a bulk import does), to save two reads per entry. */
    known?: { state: string; lastVersionNumber: number };
    /** The source's own dates; without them the import's time stands in. */
    sourceDates?: SourceDates;
    /** Field paths whose value the register derived rather than took from the source as given. */
    derivedFields?: string[];
  },
) {
  const now = input.now ?? new Date();
  const doc = sanitizeDraft(input.doc);
  const entry = input.known ?? (await tx.entry.findUniqueOrThrow({ where: { id: input.entryId }, select: { state: true } }));
  const last = input.known
    ? { number: input.known.lastVersionNumber }
    : await tx.entryVersion.findFirst({ where: { entryId: input.entryId }, orderBy: { number: "desc" }, select: { number: true } });
  const number = (last?.number ?? 0) + 1;
  const version = await tx.entryVersion.create({
    data: {
      entryId: input.entryId,
      number,
      ...versionColumns(doc),
      ...versionOrganisation(input.organisation),
      derivedFields: input.derivedFields?.length ? JSON.stringify(input.derivedFields) : null,
      changeNote: input.changeNote.slice(0, LIMITS.changeNote),
      publishedAt: now,
      publishedById: input.actorId,
      kind: "imported",
    },
    select: { id: true },
  });
  const revisionOpen = entry.state === "draft" || entry.state === "submitted" || entry.state === "changes_requested";
  const dates = input.sourceDates ?? {};
  // An import is not a review: lastReviewedAt stays as it was, and the review falls due from the first import.
  await tx.entry.update({
    where: { id: input.entryId },
    data: {
      organisationId: input.organisation.id,
      currentVersionId: version.id,
      publishedAt: dates.lastChangedAt ?? now,
      firstPublishedAt: number === 1 ? (dates.firstPublishedAt ?? now) : dates.firstPublishedAt,
      sourceRegisteredAt: dates.registeredAt,
      reviewDueAt: number === 1 ? reviewDueFrom(doc, now) : undefined,
      ...(revisionOpen && number > 1 ? {} : { state: "published", ...draftColumns(doc), name: nameOf(doc) }),
    },
  });
  await indexPublishedEntry(tx, doc, {
    entryId: input.entryId,
    state: "published",
    organisation: input.organisation,
    supplierNames: await supplierNames(tx, doc),
  });
  await recordAudit(
    {
      actorId: input.actorId,
      action: "entry.imported",
      subjectType: "entry",
      subjectId: input.entryId,
      entryId: input.entryId,
      comment: input.changeNote,
      details: { version: number, ...input.details },
    },
    tx,
  );
  return { versionNumber: number };
}
