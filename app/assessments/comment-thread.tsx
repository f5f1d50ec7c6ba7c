import { Form } from "@remix-run/react";
import { CsrfInput, TextArea, type FieldErrors } from "~/components/forms";
import { useT } from "~/i18n/text";
import type { StaffAssessmentView } from "./assessment-view.server";
import { useOneOfManyForms, type SentForm } from "./comment-form";
import { COMMENT_MAX, replyFormSchema } from "./review-forms";

type Comment = StaffAssessmentView["comments"][number];

/** What the action answered to a refused reply: which thread, its errors and what was typed. */
export type RefusedReply = { parentId: string; errors: FieldErrors; body?: string };

/** The comment threads on one question (or on the whole assessment when questionId is null). Never public. */
export function CommentThreads({
  comments,
  questionId,
  canReply,
  refused,
  action,
  sent,
}: {
  comments: Comment[];
  questionId: string | null;
  canReply: boolean;
  refused?: RefusedReply;
  /** Where the reply forms post (by default the page itself). */
  action?: string;
  /** On a page with many forms: which was sent last (only its errors show). */
  sent?: SentForm;
}) {
  const threads = comments.filter((c) => !c.parentId && (c.questionId ?? null) === questionId);
  if (!threads.length) return null;
  return (
    <ul className="assessment-comments">
      {threads.map((t) => (
        <li key={t.id} className="assessment-comment">
          <CommentBody c={t} />
          {comments.filter((r) => r.parentId === t.id).length ? (
            <ul className="assessment-comments">
              {comments
                .filter((r) => r.parentId === t.id)
                .map((r) => (
                  <li key={r.id} className="assessment-comment assessment-comment--reply">
                    <CommentBody c={r} />
                  </li>
                ))}
            </ul>
          ) : null}
          {canReply ? (
            // A new answer in the thread starts an empty form.
            <ReplyForm
              key={comments.filter((r) => r.parentId === t.id).length}
              parentId={t.id}
              refused={refused?.parentId === t.id ? refused : undefined}
              action={action}
              sent={sent}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** One reply form per thread, checked with the action's schema before it posts. */
function ReplyForm({ parentId, refused, action, sent }: { parentId: string; refused?: RefusedReply; action?: string; sent?: SentForm }) {
  const { errors, formProps } = useOneOfManyForms(replyFormSchema, `reply:${parentId}`, sent, refused);
  const t = useT();
  const id = `reply-${parentId}`;
  const error = errors.body;
  return (
    <Form method="post" action={action} className="assessment-reply" {...formProps}>
      <CsrfInput />
      <input type="hidden" name="intent" value="reply" />
      <input type="hidden" name="parentId" value={parentId} />
      <TextArea name="body" id={id} label={t.assessments.reply} error={error} rows={3} maxLength={COMMENT_MAX} defaultValue={refused?.body} />
      <button type="submit" className="button--secondary">
        {t.assessments.replyButton}
      </button>
    </Form>
  );
}

function CommentBody({ c }: { c: Comment }) {
  const roles: Readonly<Record<string, string>> = useT().assessments.roles;
  return (
    <>
      <p className="assessment-comment__meta">
        <strong>{c.author}</strong> ({roles[c.authorRole] ?? c.authorRole}) · <time dateTime={c.createdAt}>{c.createdAt.slice(0, 10)}</time>
      </p>
      <p className="assessment-comment__body">{c.body}</p>
    </>
  );
}
