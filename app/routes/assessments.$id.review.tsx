import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { AssessmentAnswers } from "~/assessments/assessment-answers";
import { addComment, transitionAssessment } from "~/assessments/assessments.server";
import { staffAssessmentView } from "~/assessments/assessment-view.server";
import { CommentThreads } from "~/assessments/comment-thread";
import { ASSESSMENT_STATE_LABELS } from "~/assessments/workflow";
import { requirePermission } from "~/auth/guards.server";
import { ChoiceGroup, CsrfInput, ErrorSummary, SelectField, TextArea } from "~/components/forms";
import { ta } from "~/i18n/assessments.en";
import { t } from "~/i18n/en";
import { formString, readForm } from "~/utils/form.server";
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
  const intent = formString(form, "intent");
  const values = { intent, body: formString(form, "body"), questionId: formString(form, "questionId"), comment: formString(form, "comment"), outcome: formString(form, "outcome"), publicSummary: formString(form, "publicSummary") };
  if (intent === "comment" || intent === "reply") {
    const result = await addComment(user, id, { body: values.body, questionId: values.questionId, parentId: intent === "reply" ? formString(form, "parentId") : undefined });
    if (!result.ok) return data({ errors: result.errors as Errors, values }, { status: 400 });
    throw redirect(`/assessments/${id}/review?done=comment`);
  }
  if (intent === "request_changes" || intent === "conclude") {
    const result = await transitionAssessment(user, id, intent, { comment: values.comment, outcome: values.outcome, publicSummary: values.publicSummary });
    if (!result.ok) return data({ errors: result.errors as Errors, values }, { status: 400 });
    throw redirect(`/assessments/${id}?done=${intent}`);
  }
  return data({ errors: { _form: "Unknown action" } as Errors, values }, { status: 400 });
}

export default function ReviewAssessment() {
  const { view } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const v = actionData?.values;
  const errors = actionData?.errors ?? {};
  const only = (intent: string) => (v?.intent === intent ? errors : {});
  return (
    <>
      <p><a href={`/assessments/${view.id}`}>Back to the assessment overview</a></p>
      <h1>{ta.reviewTitle}: {view.entry.name}</h1>
      <p>{view.entry.organisation} · <span className="tag">{ASSESSMENT_STATE_LABELS[view.state]}</span></p>
      {params.get("done") === "comment" ? <p className="notice notice--success" role="status">Your comment has been added.</p> : null}
      <ErrorSummary errors={errors} />
      {view.can.comment ? (
        <section aria-labelledby="comment-title">
          <h2 id="comment-title">{ta.comment}</h2>
          <p className="muted">{ta.commentsNote}</p>
          <Form method="post" noValidate>
            <CsrfInput />
            <input type="hidden" name="intent" value="comment" />
            <SelectField name="questionId" label="Question" defaultValue={v?.questionId ?? "general"} error={only("comment").questionId}
              options={[{ value: "general", label: ta.generalQuestion }, ...FRAIA_QUESTIONS.map((q) => ({ value: q.id, label: `${q.id} ${q.title}` }))]} />
            <TextArea name="body" label={ta.comment} rows={4} defaultValue={v?.intent === "comment" ? v.body : ""} error={only("comment").body} />
            <button type="submit">{ta.commentButton}</button>
          </Form>
        </section>
      ) : null}
      {view.can.review ? (
        <>
          <section aria-labelledby="changes-title">
            <h2 id="changes-title">{ta.requestChanges}</h2>
            <Form method="post" noValidate>
              <CsrfInput />
              <input type="hidden" name="intent" value="request_changes" />
              <TextArea name="comment" label="What needs to change" hint={ta.requestChangesHint} rows={4} defaultValue={v?.comment ?? ""} error={only("request_changes").comment} />
              <button type="submit" className="button--secondary">{ta.requestChanges}</button>
            </Form>
          </section>
          <section aria-labelledby="conclude-title">
            <h2 id="conclude-title">{ta.conclude}</h2>
            <Form method="post" noValidate>
              <CsrfInput />
              <input type="hidden" name="intent" value="conclude" />
              <ChoiceGroup type="radio" name="outcome" legend={ta.outcome} options={REVIEW_OUTCOMES.map((o) => ({ value: o.slug, label: o.label, hint: o.description }))} defaultValue={v?.outcome ?? null} error={only("conclude").outcome} />
              <TextArea name="publicSummary" label={ta.publicSummary} hint={ta.publicSummaryHint} rows={5} maxLength={2500} defaultValue={v?.publicSummary ?? ""} error={only("conclude").publicSummary} />
              <button type="submit">{ta.conclude}</button>
            </Form>
          </section>
        </>
      ) : <p className="notice">This assessment is not waiting for review.</p>}
      <section aria-labelledby="general-comments">
        <h2 id="general-comments">{ta.comments}: {ta.generalQuestion}</h2>
        <CommentThreads comments={view.comments} questionId={null} canReply={view.can.reply} />
      </section>
      <AssessmentAnswers view={view} after={(qid) => <CommentThreads comments={view.comments} questionId={qid} canReply={false} />} />
    </>
  );
}

export { ErrorBoundary } from "~/root";
