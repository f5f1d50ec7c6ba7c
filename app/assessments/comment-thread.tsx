import { Form } from "@remix-run/react";
import { CsrfInput } from "~/components/forms";
import { ta } from "~/i18n/assessments.en";
import type { StaffAssessmentView } from "./assessment-view.server";

type Comment = StaffAssessmentView["comments"][number];

/** The comment threads on one question (or on the whole assessment when questionId is null). Never public. */
export function CommentThreads({ comments, questionId, canReply }: { comments: Comment[]; questionId: string | null; canReply: boolean }) {
  const threads = comments.filter((c) => !c.parentId && (c.questionId ?? null) === questionId);
  if (!threads.length) return null;
  return (
    <ul className="assessment-comments">
      {threads.map((t) => (
        <li key={t.id} className="assessment-comment">
          <CommentBody c={t} />
          {comments.filter((r) => r.parentId === t.id).length ? (
            <ul className="assessment-comments">
              {comments.filter((r) => r.parentId === t.id).map((r) => (
                <li key={r.id} className="assessment-comment assessment-comment--reply"><CommentBody c={r} /></li>
              ))}
            </ul>
          ) : null}
          {canReply ? (
            <Form method="post" className="assessment-reply">
              <CsrfInput />
              <input type="hidden" name="intent" value="reply" />
              <input type="hidden" name="parentId" value={t.id} />
              <div className="field">
                <label className="label" htmlFor={`reply-${t.id}`}>{ta.reply}</label>
                <textarea id={`reply-${t.id}`} name="body" className="textarea" rows={3} maxLength={5000} />
              </div>
              <button type="submit" className="button--secondary">{ta.replyButton}</button>
            </Form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function CommentBody({ c }: { c: Comment }) {
  return (
    <>
      <p className="assessment-comment__meta">
        <strong>{c.author}</strong> ({c.authorRole}) · <time dateTime={c.createdAt}>{c.createdAt.slice(0, 10)}</time>
      </p>
      <p className="assessment-comment__body">{c.body}</p>
    </>
  );
}
