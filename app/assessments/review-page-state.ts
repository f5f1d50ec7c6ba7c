import { confirmation } from "~/i18n/confirmation";
import { ta } from "~/i18n/assessments.en";

const CONFIRMATIONS = { comment: ta.commentAdded, reply: ta.replyAdded } as const;

/**
 * Which of the review page's many forms shows errors, and which answer shows a confirmation.
 * `sent`: the form sent from the page as it is now (checked in the browser, or on its way);
 * `refused`: the form the action refused. Only that form's errors show; a confirmation (from the
 * address of the redirect after an earlier action) is gone as soon as another form is sent or refused.
 */
export function reviewPageState({ sent, refused, done, on }: { sent: string | null; refused: string | null; done: string | null; on: string | null }) {
  const active = sent ?? refused;
  const message = active !== null ? null : confirmation(CONFIRMATIONS, done);
  return { active, confirmation: message && on ? { on, message } : null };
}
