/**
 * What a reviewer's comment is about: the assessment as a whole, one question of parts 1–3, or one
 * right assessed in part 4. Stored in AssessmentComment.questionId (null, "2A.3", "right:privacy"),
 * posted by the comment forms as the hidden `questionId` or `right` field. Shared by the page and the server.
 */
import type { Language } from "~/i18n/languages.mjs";
import type { Text } from "~/i18n/text";
import { FRAIA_QUESTIONS, rightName } from "~content/vocabularies/fraia";
import { RIGHT_SLUGS } from "./assessment-schema";

export const GENERAL_TARGET = "general";
const RIGHT_PREFIX = "right:";

export const rightTarget = (slug: string) => `${RIGHT_PREFIX}${slug}`;
export const rightOfTarget = (target: string) => (target.startsWith(RIGHT_PREFIX) ? target.slice(RIGHT_PREFIX.length) : null);

/** The target a comment form posted: its right, else its question, else the assessment as a whole. */
export function postedTarget(values: { questionId?: unknown; right?: unknown }): string {
  if (typeof values.right === "string" && values.right) return rightTarget(values.right);
  if (typeof values.questionId === "string" && values.questionId) return values.questionId;
  return GENERAL_TARGET;
}

/** The stored form of a target (null for the assessment as a whole), or null with ok false when it names nothing we know. */
export function storedTarget(target: string): { ok: true; questionId: string | null } | { ok: false } {
  if (target === GENERAL_TARGET) return { ok: true, questionId: null };
  const right = rightOfTarget(target);
  if (right !== null) return RIGHT_SLUGS.includes(right) ? { ok: true, questionId: target } : { ok: false };
  return FRAIA_QUESTIONS.some((q) => q.id === target) ? { ok: true, questionId: target } : { ok: false };
}

/** The id of the element that holds the answer (and its comments) on the staff pages. */
export function anchorOf(target: string | null): string {
  if (target === null || target === GENERAL_TARGET) return "general-comments";
  const right = rightOfTarget(target);
  return right === null ? `q-${target}` : `right-${right}`;
}

/** The label of a target's comment field: it names the question or right. */
export function commentLabel(target: string, t: Text, language: Language): string {
  if (target === GENERAL_TARGET) return t.assessments.commentOnGeneral;
  const right = rightOfTarget(target);
  if (right !== null) return t.assessments.commentOnRight({ right: rightName(right, language) });
  const q = FRAIA_QUESTIONS.find((x) => x.id === target);
  return t.assessments.commentOnQuestion({ id: target, title: q?.title[language] ?? "" });
}

/**
 * Which form of the review page a post came from, so that its errors (and nothing else) show
 * beside that form: `comment:<target>`, `reply:<thread>`, or the intent of the review forms.
 */
export function formKeyOf(values: Record<string, unknown>): string {
  if (values.intent === "comment") return `comment:${postedTarget(values)}`;
  if (values.intent === "reply") return `reply:${typeof values.parentId === "string" ? values.parentId : ""}`;
  return typeof values.intent === "string" ? values.intent : "";
}
