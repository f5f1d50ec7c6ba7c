import type { PublicFeedback } from "./entry-feedback.server";

/** Feedback form link and published threads on an entry page. Filled in by the feedback module. */
export function FeedbackSection(_props: { feedback: PublicFeedback; entryPublicId: string }) {
  return null;
}
