import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useLocation, useSearchParams } from "@remix-run/react";
import { useState, type FormEvent } from "react";
import { AssessmentAnswers } from "~/assessments/assessment-answers";
import { addComment, transitionAssessment } from "~/assessments/assessments.server";
import { staffAssessmentView, type StaffAssessmentView } from "~/assessments/assessment-view.server";
import { CommentForm, type SentForm } from "~/assessments/comment-form";
import { GENERAL_TARGET, anchorOf, formKeyOf } from "~/assessments/comment-targets";
import { CommentThreads } from "~/assessments/comment-thread";
import { reviewPageState } from "~/assessments/review-page-state";
import { requirePermission } from "~/auth/guards.server";
import { reviewFormSchema } from "~/assessments/review-forms";
import { ChoiceGroup, CsrfInput, TextArea } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { assessmentMeta } from "~/assessments/assessment-meta";
import { samePrefixPath } from "~/i18n/redirect-path.server";
import { useLanguage, useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { readForm } from "~/utils/form.server";
import { FRAIA_QUESTIONS, REVIEW_OUTCOMES } from "~content/vocabularies/fraia";

export const meta: MetaFunction = assessmentMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "assessment:review:any");
  return { view: await staffAssessmentView(user, params.id!) };
}

type Errors = Record<string, string>;

/** The page's address after a comment or an answer: the confirmation is keyed by the answer it belongs to, and the page opens there. */
const backTo = (id: string, done: "comment" | "reply", questionId: string | null) => {
  const target = questionId ?? GENERAL_TARGET;
  return `/assessments/${id}/review?done=${done}&on=${encodeURIComponent(target)}#${anchorOf(target)}`;
};

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "assessment:review:any");
  const form = await readForm(request);
  const id = params.id!;
  const parsed = parseForm(form, reviewFormSchema);
  const values = parsed.values as Record<string, string>;
  // `form` tells the page which of its many forms was refused: only that one shows the errors.
  const refuse = (errors: Errors) => data({ errors, values, form: formKeyOf(values) }, { status: 400 });
  if (!parsed.ok) return refuse(parsed.errors);
  const input = parsed.data;
  if (input.intent === "comment" || input.intent === "reply") {
    const result = await addComment(user, id, {
      body: input.body,
      questionId: input.intent === "comment" ? input.questionId : undefined,
      right: input.intent === "comment" ? input.right : undefined,
      parentId: input.intent === "reply" ? input.parentId : undefined,
    });
    if (!result.ok) return refuse(result.errors);
    throw redirect(samePrefixPath(request, backTo(id, input.intent, result.questionId)));
  }
  const result = await transitionAssessment(
    user,
    id,
    input.intent,
    input.intent === "conclude" ? { outcome: input.outcome, publicSummary: input.publicSummary } : { comment: input.comment },
  );
  if (!result.ok) return refuse(result.errors);
  throw redirect(samePrefixPath(request, `/assessments/${id}?done=${input.intent}`));
}

const PART_4_QUESTIONS = new Set<string>(FRAIA_QUESTIONS.filter((q) => q.part === "4").map((q) => q.id));

type Served = { errors: Errors; values: Record<string, string>; form: string };

export default function ReviewAssessment() {
  const { view } = useLoaderData<typeof loader>();
  const served = useActionData<typeof action>() as Served | undefined;
  const [params] = useSearchParams();
  const location = useLocation();
  // The form sent from this page as it is now; a new page (after a redirect or a refusal) forgets it.
  const [sentHere, setSentHere] = useState<{ at: string; form: string } | null>(null);
  const sentNow = sentHere?.at === location.key ? sentHere.form : null;
  const t = useT();
  const ta = t.assessments;
  const to = useLocalePath();
  const state = reviewPageState({ sent: sentNow, refused: served?.form ?? null, done: params.get("done"), on: params.get("on") }, t);
  const sent: SentForm = { active: state.active, onSent: (form) => setSentHere({ at: location.key, form }) };
  const pageAddress = to(`/assessments/${view.id}/review`);

  const v = served?.values;
  const { errors, formProps } = useValidatedForm(reviewFormSchema, { serverErrors: served?.errors });
  const only = (intent: "request_changes" | "conclude") => (sent.active === intent ? errors : {});
  const sendReview = (intent: "request_changes" | "conclude") => ({
    ...formProps,
    onSubmit: (event: FormEvent<HTMLFormElement>) => {
      sent.onSent(intent);
      formProps.onSubmit(event);
    },
  });

  /** The threads beside one answer, the confirmation of what was just added there, and the form for a new comment. */
  const beside = (target: string) => {
    const questionId = target === GENERAL_TARGET ? null : target;
    const threads = view.comments.filter((c) => !c.parentId && (c.questionId ?? null) === questionId).length;
    const refusedReply = served?.form.startsWith("reply:") ? { parentId: served.form.slice(6), errors: served.errors, body: served.values.body } : undefined;
    return (
      <>
        <CommentThreads
          comments={view.comments}
          questionId={questionId}
          canReply={view.can.reply}
          refused={refusedReply}
          action={`${pageAddress}#${anchorOf(target)}`}
          sent={sent}
        />
        {state.confirmation?.on === target ? (
          <p className="notice notice--success" role="status">
            {state.confirmation.message}
          </p>
        ) : null}
        {/* A refused form stays (with its error and text) even when the refusal was that commenting has closed. */}
        {(view.can.comment && !PART_4_QUESTIONS.has(target)) || served?.form === `comment:${target}` ? (
          <CommentForm
            // A new thread here starts an empty form.
            key={threads}
            target={target}
            action={`${pageAddress}#${anchorOf(target)}`}
            sent={sent}
            refused={served?.form === `comment:${target}` ? { errors: served.errors, body: served.values.body } : undefined}
          />
        ) : null}
      </>
    );
  };

  return (
    <>
      <p>
        <a href={to(`/assessments/${view.id}`)}>{ta.backToOverview}</a>
      </p>
      <h1>
        {ta.reviewTitle}: {view.entry.name}
      </h1>
      <p>
        {view.entry.organisation} · <span className="tag">{ta.states[view.state]}</span>
      </p>
      <ErrorSummary
        errors={sent.active === "request_changes" || sent.active === "conclude" ? errors : {}}
        labels={{ comment: ta.changesLabel, outcome: ta.outcome, publicSummary: ta.publicSummary }}
      />
      {view.can.review ? <ReviewForms view={view} values={v} only={only} sendReview={sendReview} /> : <p className="notice">{ta.notUnderReview}</p>}
      <section id={anchorOf(GENERAL_TARGET)} aria-labelledby="general-comments-title">
        <h2 id="general-comments-title">
          {ta.comments}: {ta.generalQuestion}
        </h2>
        <p className="muted">{ta.commentsNote}</p>
        {beside(GENERAL_TARGET)}
      </section>
      <AssessmentAnswers view={view} after={beside} />
    </>
  );
}

type FormProps = ReturnType<typeof useValidatedForm>["formProps"];

/** Ask for changes, or conclude with an outcome and a public summary. */
function ReviewForms({
  view,
  values: v,
  only,
  sendReview,
}: {
  view: StaffAssessmentView;
  values: Record<string, string> | undefined;
  only: (intent: "request_changes" | "conclude") => Record<string, string | undefined>;
  sendReview: (intent: "request_changes" | "conclude") => FormProps;
}) {
  const ta = useT().assessments;
  const language = useLanguage();
  const to = useLocalePath();
  return (
    <>
      <section aria-labelledby="changes-title">
        <h2 id="changes-title">{ta.requestChanges}</h2>
        <Form method="post" action={to(`/assessments/${view.id}/review`)} {...sendReview("request_changes")}>
          <CsrfInput />
          <input type="hidden" name="intent" value="request_changes" />
          <TextArea
            name="comment"
            label={ta.changesLabel}
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
        <Form method="post" action={to(`/assessments/${view.id}/review`)} {...sendReview("conclude")}>
          <CsrfInput />
          <input type="hidden" name="intent" value="conclude" />
          <ChoiceGroup
            type="radio"
            name="outcome"
            legend={ta.outcome}
            options={REVIEW_OUTCOMES.map((o) => ({ value: o.slug, label: o.label[language], hint: o.description[language] }))}
            defaultValue={v?.outcome ?? null}
            error={only("conclude").outcome}
          />
          <TextArea
            name="publicSummary"
            label={ta.publicSummary}
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
  );
}

export { ErrorBoundary } from "~/root";
