import { confirmation } from "~/i18n/confirmation";
import { textFor, type Text } from "~/i18n/text";

/**
 * Which of the review page's many forms shows errors, and which answer shows a confirmation.
 * `sent`: the form sent from the page as it is now (checked in the browser, or on its way);
 * `refused`: the form the action refused. Only that form's errors show; a confirmation (from the
 * address of the redirect after an earlier action) is gone as soon as another form is sent or refused.
 */
export function reviewPageState(
  { sent, refused, done, on }: { sent: string | null; refused: string | null; done: string | null; on: string | null },
  t: Text = textFor("en"),
) {
  const active = sent ?? refused;
  const message = active !== null ? null : confirmation({ comment: t.assessments.commentAdded, reply: t.assessments.replyAdded }, done);
  return { active, confirmation: message && on ? { on, message } : null };
}
