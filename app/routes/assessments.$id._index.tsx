import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { AssessmentAnswers } from "~/assessments/assessment-answers";
import { addComment, transitionAssessment } from "~/assessments/assessments.server";
import { staffAssessmentView } from "~/assessments/assessment-view.server";
import { CommentThreads, type RefusedReply } from "~/assessments/comment-thread";
import { assessmentLabels } from "~/assessments/assessment-labels";
import { assessmentMeta } from "~/assessments/assessment-meta";
import { partOfErrorPath } from "~/assessments/assessment-schema";
import { replyFormSchema } from "~/assessments/review-forms";
import { requireUser } from "~/auth/guards.server";
import { ActionButton, fieldId } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { samePrefixPath } from "~/i18n/redirect-path.server";
import { problem } from "~/i18n/problem";
import { useLanguage, useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { formString, readForm } from "~/utils/form.server";
import { fraiaPartTitle, reviewOutcomeLabel } from "~content/vocabularies/fraia";
import { ScrollTable } from "~/components/scroll-table";

export const meta: MetaFunction = assessmentMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { view: await staffAssessmentView(user, params.id!) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const intent = formString(form, "intent");
  const id = params.id!;
  if (intent === "submit" || intent === "withdraw") {
    const result = await transitionAssessment(user, id, intent);
    if (!result.ok) return data({ errors: result.errors }, { status: 400 });
    throw redirect(samePrefixPath(request, `/assessments/${id}?done=${intent}`));
  }
  if (intent === "reply") {
    const parsed = parseForm(form, replyFormSchema);
    const refused = (errors: Record<string, string>) =>
      data({ errors, reply: { parentId: String(parsed.values.parentId ?? ""), errors, body: String(parsed.values.body ?? "") } }, { status: 400 });
    if (!parsed.ok) return refused(parsed.errors);
    const result = await addComment(user, id, { body: parsed.data.body, parentId: parsed.data.parentId });
    if (!result.ok) return refused(result.errors);
    throw redirect(samePrefixPath(request, `/assessments/${id}?done=reply#comments`));
  }
  return data({ errors: { _form: problem("assessments.validation.unknownAction") } as Record<string, string> }, { status: 400 });
}

/** Submit problems link to the field on its part's page; a reply's to the comments, the rest to the actions. */
const errorHref = (id: string, to: (path: string) => string) => (path: string) =>
  path === "body" ? "#comments" : path === "_form" || path === "comment" ? "#actions" : to(`/assessments/${id}/part/${partOfErrorPath(path)}#${fieldId(path)}`);

export default function AssessmentOverview() {
  const { view } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const refusedReply = actionData && "reply" in actionData ? (actionData.reply as RefusedReply) : undefined;
  const [params] = useSearchParams();
  const done = params.get("done");
  const t = useT();
  const ta = t.assessments;
  const o = ta.overviewPage;
  const language = useLanguage();
  const to = useLocalePath();
  const partTitle = (id: string) => (id === "extra" ? ta.extraPart.title : fraiaPartTitle(id, language));
  return (
    <>
      <p>
        <a href={to("/assessments")}>{ta.title}</a>
      </p>
      <h1>{o.heading({ name: view.entry.name })}</h1>
      {done === "submit" ? (
        <p className="notice notice--success" role="status">
          {ta.submitted}
        </p>
      ) : null}
      {done === "conclude" ? (
        <p className="notice notice--success" role="status">
          {o.concluded}
        </p>
      ) : null}
      {done === "request_changes" ? (
        <p className="notice notice--success" role="status">
          {o.changesRequested}
        </p>
      ) : null}
      {done === "withdraw" ? (
        <p className="notice notice--success" role="status">
          {o.withdrawn}
        </p>
      ) : null}
      {done === "reply" ? (
        <p className="notice notice--success" role="status">
          {ta.replyAdded}
        </p>
      ) : null}
      <ErrorSummary
        errors={actionData?.errors}
        labels={assessmentLabels(
          t,
          language,
          view.doc.rights.map((r) => r.right),
        )}
        href={errorHref(view.id, to)}
      />
      <dl className="summary">
        <dt>{ta.entry}</dt>
        <dd>
          {view.entry.name} ({view.entry.publicId}), {view.entry.organisation}
        </dd>
        <dt>{ta.state}</dt>
        <dd>
          <span className="tag">{ta.states[view.state]}</span>
        </dd>
        {view.outcome ? (
          <>
            <dt>{ta.outcome}</dt>
            <dd>{reviewOutcomeLabel(view.outcome, language)}</dd>
          </>
        ) : null}
        {view.publicSummary ? (
          <>
            <dt>{ta.publicSummary}</dt>
            <dd className="pre-line">{view.publicSummary}</dd>
          </>
        ) : null}
        {view.aiaLevel ? (
          <>
            <dt>{ta.aiaLevel}</dt>
            <dd>{o.level({ level: view.aiaLevel })}</dd>
          </>
        ) : null}
      </dl>

      <ScrollTable caption={ta.parts}>
        <thead>
          <tr>
            <th scope="col">{o.part}</th>
            <th scope="col">{o.progress}</th>
            <th scope="col">
              <span className="visually-hidden">{o.action}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {[
            ...view.progress.map((p) => ({
              id: p.part,
              progress: p.part === "4" ? ta.rightsAssessed({ count: p.answered }) : ta.answered({ answered: p.answered, total: p.total }),
            })),
            { id: "extra", progress: "" },
          ].map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.id === "extra" ? partTitle(p.id) : ta.partHeading({ id: p.id, title: partTitle(p.id) })}</th>
              <td>{p.progress}</td>
              <td>
                {view.can.edit ? (
                  <a href={to(`/assessments/${view.id}/part/${p.id}`)}>
                    {ta.fill}
                    <span className="visually-hidden"> {partTitle(p.id)}</span>
                  </a>
                ) : (
                  <a href={`#part-${p.id}`}>
                    {ta.view}
                    <span className="visually-hidden"> {partTitle(p.id)}</span>
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p>
        <a href={to(`/assessments/${view.id}/aia`)}>{ta.aiaTitle}</a>
      </p>

      <section id="actions" aria-labelledby="actions-title">
        <h2 id="actions-title">{o.actionsTitle}</h2>
        {view.can.submit ? (
          <ActionButton intent="submit" formClassName="inline-form">
            {ta.submit}
          </ActionButton>
        ) : null}
        {view.can.withdraw ? (
          <ActionButton intent="withdraw" formClassName="inline-form" className="button--secondary">
            {ta.withdraw}
          </ActionButton>
        ) : null}
        {view.can.review ? (
          <p>
            <a className="button" href={to(`/assessments/${view.id}/review`)}>
              {ta.reviewTitle}
            </a>
          </p>
        ) : null}
        {!view.can.submit && !view.can.withdraw && !view.can.review ? <p className="muted">{o.nothingToDo}</p> : null}
      </section>

      <section id="comments" aria-labelledby="comments-title">
        <h2 id="comments-title">{ta.comments}</h2>
        <p className="muted">{ta.commentsNote}</p>
        {view.comments.length ? null : <p>{o.noComments}</p>}
        <h3>{ta.generalQuestion}</h3>
        <CommentThreads comments={view.comments} questionId={null} canReply={view.can.reply} refused={refusedReply} />
      </section>

      <AssessmentAnswers
        view={view}
        after={(qid) => <CommentThreads comments={view.comments} questionId={qid} canReply={view.can.reply} refused={refusedReply} />}
      />
    </>
  );
}

export { ErrorBoundary } from "~/root";
