import type { Text } from "~/i18n/text-types";

/** Vocabularies of the feedback channel, shared by forms, pages, feeds and the API; their words are in the feedback catalogue. */
export const FEEDBACK_TYPES = ["question", "error", "concern", "suggestion"] as const;
export type FeedbackType = (typeof FEEDBACK_TYPES)[number];

const isKey = <T extends object>(record: T, key: string): key is Extract<keyof T, string> => Object.hasOwn(record, key);

/** A thread's kind as a heading ("Question"); an unknown kind as stored. */
export function feedbackTypeTitle(t: Text, type: string): string {
  return isKey(t.feedback.types, type) ? t.feedback.types[type].title : type;
}

/** The status to show: a withdrawn thread is withdrawn, whatever its status was when it was withdrawn. */
export function feedbackStatusLabel(t: Text, thread: { status: string; withdrawnAt: Date | string | null }): string {
  if (thread.withdrawnAt) return t.feedback.statuses.withdrawn;
  return isKey(t.feedback.statuses, thread.status) ? t.feedback.statuses[thread.status] : thread.status;
}

export function moderationLabel(t: Text, moderation: string): string {
  return isKey(t.feedback.moderationStates, moderation) ? t.feedback.moderationStates[moderation] : moderation;
}
