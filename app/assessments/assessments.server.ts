/**
 * Impact assessments: filing by the agency, review by the oversight body.
 * Every state change writes an AssessmentRevision snapshot and an audit record in one transaction.
 */
import { recordAudit } from "~/audit/audit.server";
import { canActForOrganisation } from "~/auth/guards.server";
import { hasPermission } from "~/auth/roles";
import type { SessionUser } from "~/auth/session.server";
import { deliverOutboxInBackground } from "~/email/email.server";
import { queueReviewConcluded } from "~/notifications/staff-notices.server";
import { db } from "~/utils/db.server";
import { forbidden, notFound } from "~/utils/http.server";
import { UNAVAILABLE, withStorageErrors } from "~/utils/storage-errors.server";
import { flattenIssues } from "~/forms/errors";
import { AIA_LEVEL_NUMBERS, AIA_MITIGATION_QUESTIONS, AIA_RISK_QUESTIONS, scoreAia } from "~content/vocabularies/canada-aia";
import { REVIEW_OUTCOMES } from "~content/vocabularies/fraia";
import { applyPartForm } from "./assessment-form";
import { postedTarget, storedTarget } from "./comment-targets";
import { COMMENT_MAX, PUBLIC_SUMMARY_MAX } from "./review-forms";
import { assessmentDraftSchema, assessmentSubmitSchema, emptyAssessment, parseAssessmentDoc, type AssessmentDoc, type FormPartId } from "./assessment-schema";
import {
  ASSESSMENT_DISCUSSION_STATES,
  ASSESSMENT_EDITABLE_STATES,
  ASSESSMENT_TRANSITIONS,
  DEFAULT_ASSESSMENT_REVIEW_MONTHS,
  canTransition,
  type AssessmentAction,
  type AssessmentState,
} from "./workflow";
import { problem } from "~/i18n/problem";

export type Actor = Pick<SessionUser, "id" | "role" | "organisationId">;
export type Result<T = object> = ({ ok: true } & T) | { ok: false; errors: Record<string, string> };

const canEdit = (actor: Actor, organisationId: string) => canActForOrganisation(actor, organisationId, "assessment:edit:own");
const canReview = (actor: Actor) => hasPermission(actor.role, "assessment:review:any");
const canRead = (actor: Actor, organisationId: string) => canEdit(actor, organisationId) || canReview(actor) || hasPermission(actor.role, "admin:manage");

function addMonths(date: Date, months: number) {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

function dueDateOf(doc: AssessmentDoc): Date | null {
  if (!doc.reviewDueOn || !/^\d{4}-\d{2}-\d{2}$/.test(doc.reviewDueOn)) return null;
  const d = new Date(`${doc.reviewDueOn}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

async function load(id: string) {
  const a = await db.assessment.findUnique({
    where: { id },
    select: {
      id: true,
      state: true,
      data: true,
      aia: true,
      aiaLevel: true,
      outcome: true,
      publicSummary: true,
      submittedAt: true,
      concludedAt: true,
      reviewDueAt: true,
      createdAt: true,
      updatedAt: true,
      entry: { select: { id: true, publicId: true, name: true, state: true, organisationId: true, organisation: { select: { name: true } } } },
    },
  });
  if (!a) notFound("Assessment not found");
  return a;
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

async function snapshot(tx: Tx, assessmentId: string, actorId: string) {
  const a = await tx.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { state: true, data: true, outcome: true, publicSummary: true } });
  const last = await tx.assessmentRevision.findFirst({ where: { assessmentId }, orderBy: { number: "desc" }, select: { number: true } });
  await tx.assessmentRevision.create({
    data: {
      assessmentId,
      number: (last?.number ?? 0) + 1,
      state: a.state,
      data: a.data,
      outcome: a.outcome,
      publicSummary: a.publicSummary,
      createdById: actorId,
    },
  });
}

/* ---------- Filing ---------- */

export async function createAssessment(actor: Actor, entryId: string) {
  const entry = await db.entry.findUnique({ where: { id: entryId }, select: { id: true, organisationId: true, state: true } });
  if (!entry) notFound("Entry not found");
  if (!canEdit(actor, entry.organisationId)) forbidden();
  if (entry.state === "archived") forbidden("A retired entry cannot get a new assessment.");
  return db.$transaction(async (tx) => {
    const created = await tx.assessment.create({ data: { entryId, data: JSON.stringify(emptyAssessment()), createdById: actor.id }, select: { id: true } });
    await snapshot(tx, created.id, actor.id);
    await recordAudit({ actorId: actor.id, action: "assessment.created", subjectType: "assessment", subjectId: created.id, entryId }, tx);
    return created;
  });
}

/** The staff view of one assessment, with what this user may do. Comments are included: never pass this to a public page. */
export async function getAssessmentForStaff(actor: Actor, id: string) {
  const a = await load(id);
  if (!canRead(actor, a.entry.organisationId)) forbidden();
  const comments = await db.assessmentComment.findMany({
    where: { assessmentId: id },
    orderBy: { createdAt: "asc" },
    select: { id: true, questionId: true, parentId: true, body: true, createdAt: true, authorId: true },
  });
  const authors = await db.user.findMany({
    where: { id: { in: [...new Set(comments.map((c) => c.authorId))] } },
    select: { id: true, name: true, role: true },
  });
  const byId = new Map(authors.map((u) => [u.id, u]));
  const state = a.state as AssessmentState;
  const editable = canEdit(actor, a.entry.organisationId);
  const reviewer = canReview(actor);
  return {
    ...a,
    state,
    doc: parseAssessmentDoc(a.data),
    comments: comments.map(({ authorId, ...c }) => ({ ...c, author: byId.get(authorId)?.name ?? "Unknown", authorRole: byId.get(authorId)?.role ?? "" })),
    can: {
      edit: editable && ASSESSMENT_EDITABLE_STATES.includes(state),
      submit: editable && canTransition(state, "submit"),
      withdraw: editable && canTransition(state, "withdraw"),
      review: reviewer && canTransition(state, "conclude"),
      comment: reviewer && ASSESSMENT_DISCUSSION_STATES.includes(state),
      reply: (editable || reviewer) && ASSESSMENT_DISCUSSION_STATES.includes(state),
    },
  };
}

async function requireEditable(actor: Actor, id: string) {
  const a = await load(id);
  if (!canEdit(actor, a.entry.organisationId)) forbidden();
  if (!ASSESSMENT_EDITABLE_STATES.includes(a.state as AssessmentState)) {
    forbidden(
      a.state === "submitted"
        ? "This assessment is being reviewed. Withdraw it to change answers."
        : "A concluded assessment cannot be changed. Start a new assessment instead.",
    );
  }
  return a;
}

type FormLike = Parameters<typeof applyPartForm>[2];

/** Saves one part: only lengths and types are checked, so partial work is never refused. */
export async function saveAssessmentPart(
  actor: Actor,
  id: string,
  part: FormPartId,
  form: FormLike,
): Promise<{ ok: true; doc: AssessmentDoc } | { ok: false; errors: Record<string, string>; doc: AssessmentDoc }> {
  const a = await requireEditable(actor, id);
  const merged = applyPartForm(parseAssessmentDoc(a.data), part, form);
  const parsed = assessmentDraftSchema.safeParse(merged);
  // The unsaved document goes back to the form so nothing typed is lost.
  if (!parsed.success) return { ok: false, errors: flattenIssues(parsed.error.issues), doc: merged };
  const saved = await withStorageErrors(async () => {
    await db.assessment.update({ where: { id }, data: { data: JSON.stringify(parsed.data), reviewDueAt: dueDateOf(parsed.data) ?? a.reviewDueAt } });
    await recordAudit({ actorId: actor.id, action: "assessment.saved", subjectType: "assessment", subjectId: id, entryId: a.entry.id, details: { part } });
  });
  // A full disk or a locked database: the answers go back to the form with the reason.
  if (saved === UNAVAILABLE) return { ok: false, errors: { _form: problem("forms.cannotSave") }, doc: merged };
  return { ok: true, doc: parsed.data };
}

/** Saves the optional Canada-style questionnaire and its computed level (1–4). */
export async function saveAia(actor: Actor, id: string, input: Record<string, unknown>): Promise<Result<{ level: string }>> {
  const a = await requireEditable(actor, id);
  const answers: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const q of [...AIA_RISK_QUESTIONS, ...AIA_MITIGATION_QUESTIONS]) {
    const v = input[q.id];
    if (typeof v !== "string" || !v) continue;
    if (!q.options.some((o) => o.value === v)) errors[q.id] = problem("assessments.validation.chooseAnswer");
    else answers[q.id] = v;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const result = scoreAia(answers);
  await db.assessment.update({ where: { id }, data: { aia: JSON.stringify(answers), aiaLevel: AIA_LEVEL_NUMBERS[result.level] } });
  await recordAudit({
    actorId: actor.id,
    action: "assessment.aia_saved",
    subjectType: "assessment",
    subjectId: id,
    entryId: a.entry.id,
    details: { level: result.level },
  });
  return { ok: true, level: result.level };
}

/* ---------- Workflow ---------- */

export type TransitionInput = { comment?: string; outcome?: string; publicSummary?: string };

export async function transitionAssessment(
  actor: Actor,
  id: string,
  action: AssessmentAction,
  input: TransitionInput = {},
  now = new Date(),
): Promise<Result<{ state: AssessmentState }>> {
  const rule = ASSESSMENT_TRANSITIONS[action];
  if (!rule) forbidden("Unknown action");
  const a = await load(id);
  const allowed = rule.permission.endsWith(":any")
    ? hasPermission(actor.role, rule.permission)
    : canActForOrganisation(actor, a.entry.organisationId, rule.permission);
  if (!allowed) forbidden();
  if (!canTransition(a.state, action)) {
    return { ok: false, errors: { _form: problem("assessments.validation.notPossibleNow", { state: a.state }) } };
  }
  const doc = parseAssessmentDoc(a.data);
  const comment = input.comment?.trim() ?? "";
  if (comment.length > COMMENT_MAX) return { ok: false, errors: { comment: problem("forms.validation.tooLong", { max: COMMENT_MAX }) } };
  const data: Record<string, unknown> = { state: rule.to };

  if (action === "submit") {
    const check = assessmentSubmitSchema.safeParse(doc);
    if (!check.success) return { ok: false, errors: flattenIssues(check.error.issues) };
    data.submittedAt = now;
  }
  if (action === "request_changes" && !comment) return { ok: false, errors: { comment: problem("assessments.validation.explainChanges") } };
  if (action === "conclude") {
    const errors: Record<string, string> = {};
    const summary = input.publicSummary?.trim() ?? "";
    if (!REVIEW_OUTCOMES.some((o) => o.slug === input.outcome)) errors.outcome = problem("assessments.validation.chooseOutcome");
    if (!summary) errors.publicSummary = problem("assessments.validation.writeSummary");
    else if (summary.length > PUBLIC_SUMMARY_MAX) errors.publicSummary = problem("forms.validation.tooLong", { max: PUBLIC_SUMMARY_MAX });
    if (Object.keys(errors).length) return { ok: false, errors };
    Object.assign(data, {
      outcome: input.outcome,
      publicSummary: summary,
      concludedAt: now,
      reviewerId: actor.id,
      reviewDueAt: dueDateOf(doc) ?? addMonths(now, DEFAULT_ASSESSMENT_REVIEW_MONTHS),
    });
  }

  await db.$transaction(async (tx) => {
    await tx.assessment.update({ where: { id }, data });
    if (action === "request_changes") {
      await tx.assessmentComment.create({ data: { assessmentId: id, authorId: actor.id, body: comment, questionId: null } });
    }
    await snapshot(tx, id, actor.id);
    await recordAudit(
      {
        actorId: actor.id,
        action: `assessment.${action}`,
        subjectType: "assessment",
        subjectId: id,
        entryId: a.entry.id,
        details: action === "conclude" ? { outcome: input.outcome } : undefined,
      },
      tx,
    );
    if (action === "conclude") {
      const outcome = REVIEW_OUTCOMES.find((o) => o.slug === input.outcome)!.label.en;
      await queueReviewConcluded(tx, { assessmentId: id, entry: a.entry, outcome }, actor.id);
    }
  });
  if (action === "conclude") deliverOutboxInBackground();
  return { ok: true, state: rule.to };
}

/* ---------- Discussion (never public) ---------- */

/**
 * A reviewer starts a thread on the assessment as a whole, on a question or on a right of part 4
 * (`right`); a reply joins the thread of `parentId`. Returns the thread's stored target.
 */
export async function addComment(
  actor: Actor,
  id: string,
  input: { body?: string; questionId?: string; right?: string; parentId?: string },
): Promise<Result<{ questionId: string | null }>> {
  const a = await load(id);
  const reviewer = canReview(actor);
  const editor = canEdit(actor, a.entry.organisationId);
  if (!reviewer && !editor) forbidden();
  if (!ASSESSMENT_DISCUSSION_STATES.includes(a.state as AssessmentState))
    return { ok: false, errors: { body: problem("assessments.validation.commentsClosed") } };
  const body = input.body?.trim() ?? "";
  if (!body) return { ok: false, errors: { body: problem("assessments.validation.writeComment") } };
  if (body.length > COMMENT_MAX) return { ok: false, errors: { body: problem("forms.validation.tooLong", { max: COMMENT_MAX }) } };
  let questionId: string | null;
  let parentId: string | null = null;
  if (input.parentId) {
    const parent = await db.assessmentComment.findFirst({
      where: { id: input.parentId, assessmentId: id },
      select: { id: true, questionId: true, parentId: true },
    });
    if (!parent) return { ok: false, errors: { body: problem("assessments.validation.parentGone") } };
    // Replies hang off the first comment of a thread, so threads stay one level deep.
    parentId = parent.parentId ?? parent.id;
    questionId = parent.questionId;
  } else {
    if (!reviewer) forbidden("Editors answer reviewers' comments; only reviewers start a comment thread.");
    const target = storedTarget(postedTarget(input));
    if (!target.ok)
      return {
        ok: false,
        errors: input.right
          ? { right: problem("assessments.validation.chooseRightFromList") }
          : { questionId: problem("assessments.validation.chooseQuestion") },
      };
    questionId = target.questionId;
  }
  const created = await db.assessmentComment.create({ data: { assessmentId: id, authorId: actor.id, body, questionId, parentId }, select: { id: true } });
  await recordAudit({
    actorId: actor.id,
    action: parentId ? "assessment.comment_answered" : "assessment.commented",
    subjectType: "assessment",
    subjectId: id,
    entryId: a.entry.id,
    details: { commentId: created.id, questionId },
  });
  return { ok: true, questionId };
}

/* ---------- Lists ---------- */

/** Assessments a user works on: their organisation's (editors, approvers) or all (reviewers, admins). */
export async function listAssessmentsFor(actor: Actor) {
  const all = canReview(actor) || hasPermission(actor.role, "admin:manage");
  if (!all && !hasPermission(actor.role, "assessment:edit:own")) forbidden();
  return db.assessment.findMany({
    where: all ? {} : { entry: { organisationId: actor.organisationId ?? "-" } },
    orderBy: { updatedAt: "desc" },
    take: 200,
    select: {
      id: true,
      state: true,
      updatedAt: true,
      submittedAt: true,
      outcome: true,
      entry: { select: { id: true, name: true, publicId: true, organisation: { select: { name: true } } } },
    },
  });
}

/** Entries the user may start an assessment for (own organisation, not retired). */
export async function entriesForNewAssessment(actor: Actor) {
  if (!hasPermission(actor.role, "assessment:edit:own") || !actor.organisationId) return [];
  return db.entry.findMany({
    where: { organisationId: actor.organisationId, state: { not: "archived" } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, publicId: true, state: true },
  });
}
