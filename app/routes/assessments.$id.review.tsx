import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { AssessmentAnswers } from "~/assessments/assessment-answers";
import { addComment, transitionAssessment } from "~/assessments/assessments.server";
import { staffAssessmentView } from "~/assessments/assessment-view.server";
import { CommentThreads } from "~/assessments/comment-thread";
import { ASSESSMENT_STATE_LABELS } from "~/assessments/workflow";
import { requirePermission } from "~/auth/guards.server";
import { reviewFormSchema } from "~/assessments/review-forms";
import { ChoiceGroup, CsrfInput, SelectField, TextArea } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { ta } from "~/i18n/assessments.en";
import { t } from "~/i18n/en";
import { readForm } from "~/utils/form.server";
import { FRAIA_QUESTIONS, REVIEW_OUTCOMES } from "~content/vocabularies/fraia";

export const meta: MetaFunction = () => [{ title: `${ta.reviewTitle} – ${t.site.name}` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "assessment:review:any");
  return { view: await staffAssessmentView(user, params.id!) };
}

type Errors = Record<string, string>;

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "assessment:review:any");
  const form = await readForm(request);
  const id = params.id!;
  const parsed = parseForm(form, reviewFormSchema);
  const values = parsed.values as Record<string, string>;
  if (!parsed.ok) return data({ errors: parsed.errors as Errors, values }, { status: 400 });
  const input = parsed.data;
  if (input.intent === "comment" || input.intent === "reply") {
    const result = await addComment(user, id, {
      body: input.body,
      questionId: input.intent === "comment" ? input.questionId : undefined,
      parentId: input.intent === "reply" ? input.parentId : undefined,
    });
    if (!result.ok) return data({ errors: result.errors as Errors, values }, { status: 400 });
    throw redirect(`/assessments/${id}/review?done=comment`);
  }
  const result = await transitionAssessment(
    user,
    id,
    input.intent,
    input.intent === "conclude" ? { outcome: input.outcome, publicSummary: input.publicSummary } : { comment: input.comment },
  );
  if (!result.ok) return data({ errors: result.errors as Errors, values }, { status: 400 });
  throw redirect(`/assessments/${id}?done=${input.intent}`);
}

const LABELS = { questionId: "Question", body: ta.comment, comment: "What needs to change", outcome: ta.outcome, publicSummary: ta.publicSummary };

export default function ReviewAssessment() {
  const { view } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const v = actionData?.values;
  // One schema for the page's forms (told apart by intent): errors belong to the form last sent.
  const { errors, refused, formProps } = useValidatedForm(reviewFormSchema, { serverErrors: actionData?.errors });
  const only = (intent: string) => ((refused ?? v)?.intent === intent ? errors : {});
  return (
    <>
      <p>
        <a href={`/assessments/${view.id}`}>Back to the assessment overview</a>
      </p>
      <h1>
        {ta.reviewTitle}: {view.entry.name}
      </h1>
      <p>
        {view.entry.organisation} · <span className="tag">{ASSESSMENT_STATE_LABELS[view.state]}</span>
      </p>
      {params.get("done") === "comment" ? (
        <p className="notice notice--success" role="status">
          Your comment has been added.
        </p>
      ) : null}
      <ErrorSummary errors={errors} labels={LABELS} />
      {view.can.comment ? (
        <section aria-labelledby="comment-title">
          <h2 id="comment-title">{ta.comment}</h2>
          <p className="muted">{ta.commentsNote}</p>
          <Form method="post" {...formProps}>
            <CsrfInput />
            <input type="hidden" name="intent" value="comment" />
            <SelectField
              name="questionId"
              label={LABELS.questionId}
              defaultValue={v?.questionId ?? "general"}
              error={only("comment").questionId}
              options={[{ value: "general", label: ta.generalQuestion }, ...FRAIA_QUESTIONS.map((q) => ({ value: q.id, label: `${q.id} ${q.title}` }))]}
            />
            <TextArea name="body" label={LABELS.body} rows={4} defaultValue={v?.intent === "comment" ? v.body : ""} error={only("comment").body} />
            <button type="submit">{ta.commentButton}</button>
          </Form>
        </section>
      ) : null}
      {view.can.review ? (
        <>
          <section aria-labelledby="changes-title">
            <h2 id="changes-title">{ta.requestChanges}</h2>
            <Form method="post" {...formProps}>
              <CsrfInput />
              <input type="hidden" name="intent" value="request_changes" />
              <TextArea
                name="comment"
                label={LABELS.comment}
                hint={ta.requestChangesHint}
                rows={4}
                defaultValue={v?.comment ?? ""}
                error={only("request_changes").comment}
              />
              <button type="submit" className="button--secondary">
                {ta.requestChanges}
              </button>
            </Form>
          </section>
          <section aria-labelledby="conclude-title">
            <h2 id="conclude-title">{ta.conclude}</h2>
            <Form method="post" {...formProps}>
              <CsrfInput />
              <input type="hidden" name="intent" value="conclude" />
              <ChoiceGroup
                type="radio"
                name="outcome"
                legend={LABELS.outcome}
                options={REVIEW_OUTCOMES.map((o) => ({ value: o.slug, label: o.label, hint: o.description }))}
                defaultValue={v?.outcome ?? null}
                error={only("conclude").outcome}
              />
              <TextArea
                name="publicSummary"
                label={LABELS.publicSummary}
                hint={ta.publicSummaryHint}
                rows={5}
                maxLength={2500}
                defaultValue={v?.publicSummary ?? ""}
                error={only("conclude").publicSummary}
              />
              <button type="submit">{ta.conclude}</button>
            </Form>
          </section>
        </>
      ) : (
        <p className="notice">This assessment is not waiting for review.</p>
      )}
      <section aria-labelledby="general-comments">
        <h2 id="general-comments">
          {ta.comments}: {ta.generalQuestion}
        </h2>
        <CommentThreads
          comments={view.comments}
          questionId={null}
          canReply={view.can.reply}
          refused={v?.intent === "reply" && v.parentId ? { parentId: v.parentId, errors: actionData?.errors ?? {}, body: v.body } : undefined}
        />
      </section>
      <AssessmentAnswers view={view} after={(qid) => <CommentThreads comments={view.comments} questionId={qid} canReply={false} />} />
    </>
  );
}

export { ErrorBoundary } from "~/root";
