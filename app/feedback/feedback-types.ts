/** Vocabularies of the feedback channel, shared by forms, pages, feeds and the API. */
export const FEEDBACK_TYPES = [
  { value: "question", label: "A question" },
  { value: "error", label: "An error in this entry" },
  { value: "concern", label: "A concern or objection" },
  { value: "suggestion", label: "A suggestion" },
] as const;
export type FeedbackType = (typeof FEEDBACK_TYPES)[number]["value"];

export const FEEDBACK_TYPE_TITLES: Record<string, string> = {
  question: "Question",
  error: "Error in the entry",
  concern: "Concern or objection",
  suggestion: "Suggestion",
};

export const FEEDBACK_STATUS_LABELS: Record<string, string> = { received: "Awaiting an answer", answered: "Answered", closed: "Closed" };
export const WITHDRAWN_LABEL = "Withdrawn by the sender";

/** The status to show: a withdrawn thread is withdrawn, whatever its status was when it was withdrawn. */
export function feedbackStatusLabel(thread: { status: string; withdrawnAt: Date | string | null }) {
  return thread.withdrawnAt ? WITHDRAWN_LABEL : (FEEDBACK_STATUS_LABELS[thread.status] ?? thread.status);
}
export const MODERATION_LABELS: Record<string, string> = { pending: "Not yet moderated", published: "Published", rejected: "Rejected", private: "Private" };
