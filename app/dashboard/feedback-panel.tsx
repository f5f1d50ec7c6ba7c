import type { feedbackPanel } from "./feedback-panel.server";

export function FeedbackPanel(_props: { data: Awaited<ReturnType<typeof feedbackPanel>> }) {
  return null;
}
