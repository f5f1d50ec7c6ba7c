import { Form } from "@remix-run/react";
import type { FormEvent } from "react";
import type { z } from "zod";
import { CsrfInput, TextArea, type FieldErrors } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { useValidatedForm } from "~/forms/use-validated-form";
import { useLanguage, useT } from "~/i18n/text";
import { anchorOf, commentLabel, rightOfTarget } from "./comment-targets";
import { COMMENT_MAX, commentFormSchema } from "./review-forms";

/**
 * Which form of a page with many forms was sent last: only its errors show, and a confirmation
 * from an earlier action is gone once another form is sent.
 */
export type SentForm = { active: string | null; onSent: (form: string) => void };

/** One form of such a page: its errors show only when it was sent last, and sending it tells the page. */
export function useOneOfManyForms(schema: z.ZodType, key: string, sent: SentForm | undefined, refused: { errors: FieldErrors } | undefined) {
  const { errors, formProps } = useValidatedForm(schema, { serverErrors: refused?.errors });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    sent?.onSent(key);
    formProps.onSubmit(event);
  };
  return { errors: !sent || sent.active === key ? errors : {}, formProps: { ...formProps, onSubmit } };
}

/** A reviewer's new comment beside one answer (a question, a right of part 4, or the assessment as a whole). */
export function CommentForm({
  target,
  action,
  sent,
  refused,
}: {
  target: string;
  /** The page's address without its query, and the answer's anchor to come back to. */
  action: string;
  sent: SentForm;
  /** What the action answered when it refused this form: its errors and what was typed. */
  refused?: { errors: FieldErrors; body?: string };
}) {
  const { errors, formProps } = useOneOfManyForms(commentFormSchema, `comment:${target}`, sent, refused);
  const id = `comment-${anchorOf(target)}`;
  const error = errors.body;
  const right = rightOfTarget(target);
  const t = useT();
  const label = commentLabel(target, t, useLanguage());
  return (
    <Form method="post" action={action} className="assessment-reply" {...formProps}>
      <ErrorSummary errors={errors} labels={{ body: label }} href={(name) => (name === "body" ? `#${id}` : undefined)} />
      <CsrfInput />
      <input type="hidden" name="intent" value="comment" />
      {right === null ? <input type="hidden" name="questionId" value={target} /> : null}
      {right !== null ? <input type="hidden" name="right" value={right} /> : null}
      <TextArea name="body" id={id} label={label} error={error} rows={3} maxLength={COMMENT_MAX} defaultValue={refused?.body} />
      <button type="submit" className="button--secondary">
        {t.assessments.commentButton}
      </button>
    </Form>
  );
}
