import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requireUser } from "~/auth/guards.server";
import { CsrfInput, TextArea } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { useLanguage } from "~/i18n/text";
import { formatDay } from "~/utils/format";
import { reviewStatus, transition } from "~/entries/entries.server";
import { allowedActions, canEditDraft, entryAuditTrail, requireReadableEntry, unreadableDocuments } from "~/entries/staff.server";
import { LIMITS } from "~/entries/standard";
import { STATE_LABELS, TRANSITIONS, type EntryState, type WorkflowAction } from "~/entries/workflow";
import { confirmation } from "~/i18n/confirmation";
import { textOf } from "~/i18n/language.server";
import { samePrefixPath } from "~/i18n/redirect-path.server";
import { problem, showProblem } from "~/i18n/problem";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { readForm } from "~/utils/form.server";
import { ScrollTable } from "~/components/scroll-table";
import { draftRevision } from "~/entries/draft-revision.server";
import { submissionReview } from "~/entries/submission-review.server";
import { languageOf } from "~/i18n/language.server";
import { SubmissionReviewView } from "~/entries/submission-review-view";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

/** Staff view: own-organisation editors and approvers, reviewers and admins. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const entry = await requireReadableEntry(user, params.id ?? "");
  const t = textOf(request);
  return {
    title: `${entry.name} – ${t.nav.dashboard} – ${t.site.name}`,
    entry: {
      id: entry.id,
      publicId: entry.publicId,
      name: entry.name,
      state: entry.state as EntryState,
      organisation: entry.organisation,
      published: Boolean(entry.currentVersionId),
      publishedAt: entry.publishedAt,
      lastReviewedAt: entry.lastReviewedAt,
      reviewDueAt: entry.reviewDueAt,
      review: entry.currentVersionId && entry.state === "published" ? reviewStatus(entry.reviewDueAt) : null,
    },
    canEdit: canEditDraft(user, entry),
    actions: allowedActions(user, entry),
    trail: await entryAuditTrail(entry.id),
    unreadable: await unreadableDocuments(entry),
    // What the approver is shown: "Approve and publish" sends it back, and publishing refuses if it changed since.
    revision: draftRevision(entry),
    review: await submissionReview(entry, languageOf(request)),
  };
}

const actionSchema = z.object({
  intent: z.enum(Object.keys(TRANSITIONS) as [WorkflowAction, ...WorkflowAction[]], { error: problem("entries.validation.chooseAction") }),
  comment: z.string().max(LIMITS.longText).optional(),
  changeNote: z.string().max(LIMITS.changeNote).optional(),
  revision: z.string().max(100).optional(),
});

/** Every transition is checked by `transition` itself: hidden buttons are never the check. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const entry = await requireReadableEntry(user, params.id ?? "");
  const parsed = parseForm(form, actionSchema);
  const values = parsed.values as Record<string, string>;
  if (!parsed.ok) return data({ intent: values.intent ?? "", errors: parsed.errors, values }, { status: 400 });
  const { intent, comment, changeNote, revision } = parsed.data;
  // Publishing needs the revision the approver saw: without one it counts as changed.
  const result = await transition(user, entry.id, intent, { comment, changeNote, revision: intent === "publish" ? (revision ?? "") : undefined });
  if (!result.ok) return data({ intent: values.intent, errors: result.errors, values }, { status: 400 });
  throw redirect(samePrefixPath(request, `/entries/${entry.id}?done=${parsed.data.intent}`));
}

export default function StaffEntry() {
  const { entry, canEdit, actions, trail, unreadable, revision, review } = useLoaderData<typeof loader>();
  const language = useLanguage();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const tx = t.entries;
  const to = useLocalePath();
  const done = confirmation(tx.done, params.get("done"));
  // One schema for the page's forms (one per action): errors belong to the form last sent.
  const { errors, refused, formProps } = useValidatedForm(actionSchema, { serverErrors: actionData?.errors });
  const last = refused ?? actionData?.values;
  const lastIntent = last ? String(last.intent ?? "") : undefined;
  const errorsFor = (intent: WorkflowAction) => (lastIntent === intent ? errors : undefined);
  const otherErrors = lastIntent !== undefined && !actions.includes(lastIntent as WorkflowAction) ? errors : undefined;
  return (
    <>
      <p className="muted">
        <a href={to("/dashboard")}>{t.nav.dashboard}</a> · {entry.organisation.name}
      </p>
      <h1>{entry.name}</h1>
      {done ? (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      <ErrorSummary errors={otherErrors} labels={{ intent: tx.staff.action }} />
      {unreadable.map((u) => (
        <p key={u.part} className="notice notice--warning" role="alert" data-testid="unreadable-document">
          {u.part === "draft" ? tx.unreadableDraft : tx.unreadablePublished({ version: u.version! })}
        </p>
      ))}
      <dl className="summary">
        <dt>{tx.staff.state}</dt>
        <dd>
          <span className="tag" data-testid="entry-state">
            {STATE_LABELS[entry.state]}
          </span>
        </dd>
        <dt>{tx.staff.registerId}</dt>
        <dd>{entry.publicId}</dd>
        {entry.published ? (
          <>
            <dt>{tx.staff.publicPage}</dt>
            <dd>
              <a href={to(`/algorithms/${entry.publicId}`)}>{tx.publicPage}</a> {tx.staff.lastPublished({ date: formatDay(entry.publishedAt, language) })} ·{" "}
              <a href={to(`/algorithms/${entry.publicId}/history`)}>{tx.history}</a>
            </dd>
            <dt>{tx.staff.lastReviewed}</dt>
            <dd>{formatDay(entry.lastReviewedAt, language) || tx.staff.notYet}</dd>
            <dt>{tx.staff.reviewDue}</dt>
            <dd>
              {formatDay(entry.reviewDueAt, language)}{" "}
              {entry.review === "overdue" ? (
                <span className="tag tag--danger">{tx.reviewOverdue}</span>
              ) : entry.review === "due_soon" ? (
                <span className="tag tag--warning">{tx.staff.dueSoon}</span>
              ) : null}
            </dd>
          </>
        ) : (
          <>
            <dt>{tx.staff.publicPage}</dt>
            <dd>{tx.staff.notPublished}</dd>
          </>
        )}
      </dl>
      {canEdit && !unreadable.some((u) => u.part === "draft") ? (
        <p>
          <a className="button" href={to(`/entries/${entry.id}/edit`)}>
            {entry.state === "published" ? tx.staff.editPublished : tx.staff.editDraft}
          </a>
        </p>
      ) : null}
      <p>
        <a href={to(`/assessments?entry=${entry.id}`)}>{tx.staff.assessments}</a>
      </p>

      {review ? <SubmissionReviewView review={review} entry={entry} readOnly={actions.includes("withdraw")} decide={actions.length > 0} /> : null}

      {actions.length ? <h2 id="decide">{tx.staff.whatYouCanDo}</h2> : null}
      {actions.map((action) => (
        <WorkflowForm
          key={action}
          action={action}
          noteRequired={entry.published}
          revision={revision}
          formProps={formProps}
          errors={errorsFor(action)}
          values={actionData?.intent === action ? actionData.values : undefined}
        />
      ))}

      <h2 id="trail">{tx.staff.trailTitle}</h2>
      <ScrollTable caption={tx.staff.trailCaption}>
        <thead>
          <tr>
            <th scope="col">{tx.staff.when}</th>
            <th scope="col">{tx.staff.who}</th>
            <th scope="col">{tx.staff.what}</th>
            <th scope="col">{tx.staff.comment}</th>
          </tr>
        </thead>
        <tbody>
          {trail.map((row) => (
            <tr key={row.id}>
              <td>
                <time dateTime={new Date(row.at).toISOString()}>{new Date(row.at).toISOString().slice(0, 16).replace("T", " ")} UTC</time>
              </td>
              <td>{row.actor}</td>
              <td>{confirmation(tx.audit, row.action) ?? row.action}</td>
              <td>{row.comment}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
}

type FormProps = ReturnType<typeof useValidatedForm>["formProps"];

function WorkflowForm({
  action,
  noteRequired,
  revision,
  formProps,
  errors,
  values,
}: {
  action: WorkflowAction;
  noteRequired: boolean;
  revision: string;
  formProps: FormProps;
  errors?: Record<string, string | undefined>;
  values?: Record<string, string | undefined>;
}) {
  const rule = TRANSITIONS[action];
  const t = useT();
  const tx = t.entries;
  const label = tx.actions[action];
  const id = `action-${action}`;
  return (
    <Form method="post" className="card workflow-action" aria-labelledby={id} {...formProps}>
      <CsrfInput />
      {action === "publish" ? <input type="hidden" name="revision" value={revision} /> : null}
      <h3 id={id}>{label}</h3>
      {errors?._form ? (
        <p className="error-message" role="alert">
          {showProblem(t, errors._form)}
        </p>
      ) : null}
      {errors && Object.keys(errors).some((k) => k !== "_form" && k !== "comment" && k !== "changeNote") ? (
        <p className="error-message" role="alert">
          {tx.staff.incomplete}
        </p>
      ) : null}
      {action === "publish" ? (
        <TextArea
          name="changeNote"
          label={tx.staff.changeNote}
          hint={tx.staff.changeNoteHint({ max: LIMITS.changeNote })}
          optional={!noteRequired}
          rows={2}
          defaultValue={values?.changeNote}
          error={errors?.changeNote}
        />
      ) : null}
      {rule.needsComment ? (
        <TextArea
          name="comment"
          label={action === "archive" ? tx.staff.whyRetired : tx.staff.whatToChange}
          rows={3}
          defaultValue={values?.comment}
          error={errors?.comment}
        />
      ) : null}
      <button type="submit" name="intent" value={action} className={action === "archive" ? "button--warning" : undefined}>
        {label}
      </button>
    </Form>
  );
}

export { ErrorBoundary } from "~/root";
