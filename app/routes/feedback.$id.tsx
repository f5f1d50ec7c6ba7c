import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ActionButton, CsrfInput, TextArea } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { isOverdue } from "~/feedback/deadline";
import { useLanguage } from "~/i18n/text";
import { formatDay } from "~/utils/format";
import { FEEDBACK_TYPE_TITLES, feedbackStatusLabel, MODERATION_LABELS } from "~/feedback/feedback-types";
import { moderationSchema } from "~/feedback/moderation-schema";
import { moderate, requireModeratableThread } from "~/feedback/moderation.server";
import { t } from "~/i18n/en";
import { moderationNotice } from "~/i18n/feedback.en";
import { readForm } from "~/utils/form.server";
import { storageUnavailable, UNAVAILABLE, withStorageErrors } from "~/utils/storage-errors.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.thread.reference ?? "Feedback"} – ${t.site.name}` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const thread = await requireModeratableThread(user, params.id ?? "");
  return data({ thread: { ...thread, overdue: isOverdue(thread) } }, { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const parsed = parseForm(form, moderationSchema);
  const values = parsed.values as Record<string, string>;
  if (!parsed.ok) return data({ errors: parsed.errors, values }, { status: 400 });
  const result = await withStorageErrors(() => moderate(user, params.id ?? "", parsed.data));
  if (result === UNAVAILABLE) return storageUnavailable(values);
  if (!result.ok) return data({ errors: result.errors, values }, { status: 400 });
  throw redirect(`/feedback/${params.id}?done=${result.notice}`);
}

const LABELS = { publicMessage: "Text to publish", reason: "Reason for rejecting", body: "Your answer" };

export default function ModerateFeedback() {
  const { thread } = useLoaderData<typeof loader>();
  const language = useLanguage();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  // One schema for the page's forms (told apart by intent): errors belong to the form last sent.
  const { errors, formProps } = useValidatedForm(moderationSchema, { serverErrors: actionData?.errors });
  const v = (actionData?.values ?? {}) as Record<string, string>;
  const open = !thread.withdrawnAt;
  const done = moderationNotice(params.get("done"));
  return (
    <>
      <p>
        <a href="/feedback">All feedback</a>
      </p>
      <h1>
        {FEEDBACK_TYPE_TITLES[thread.type] ?? thread.type} {thread.reference}
      </h1>
      {done ? (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      <ErrorSummary errors={errors} labels={LABELS} />
      {errors._form ? <p className="error-message">{errors._form}</p> : null}
      <dl className="summary">
        <dt>Entry</dt>
        <dd>
          <a href={`/algorithms/${thread.entry.publicId}`}>{thread.entry.name}</a> ({thread.organisation.name})
        </dd>
        <dt>Received</dt>
        <dd>{formatDay(thread.createdAt, language)}</dd>
        <dt>Answer by</dt>
        <dd>
          {formatDay(thread.deadlineAt, language)} {thread.overdue ? <span className="tag tag--danger">Overdue</span> : null}
        </dd>
        <dt>Moderation</dt>
        <dd>
          {thread.withdrawnAt ? `Withdrawn by the sender on ${formatDay(thread.withdrawnAt, language)}` : MODERATION_LABELS[thread.moderation]}
          {thread.moderationReason ? ` — ${thread.moderationReason}` : ""}
        </dd>
        <dt>Status</dt>
        <dd>{feedbackStatusLabel(thread)}</dd>
        <dt>Sender</dt>
        <dd>
          {thread.name ?? "No name given"}
          {thread.email ? (
            <>
              {" "}
              — <span className="feedback-email">{thread.email}</span>
            </>
          ) : (
            " — no email address"
          )}
        </dd>
        <dt>Publication</dt>
        <dd>{thread.consentToPublish ? "The sender agreed to publication" : "The sender did not agree to publication"}</dd>
      </dl>

      <h2>
        Original message <span className="muted">(only moderators see this)</span>
      </h2>
      {thread.message ? <p className="feedback-text feedback-original">{thread.message}</p> : <p className="muted">The original text has been deleted.</p>}
      {thread.publicMessage ? (
        <>
          <h2>Published text (redacted)</h2>
          <p className="feedback-text">{thread.publicMessage}</p>
        </>
      ) : null}

      {open ? (
        <>
          <h2 id="moderate-title">Moderate</h2>
          {thread.consentToPublish ? (
            <Form method="post" {...formProps} aria-labelledby="publish-title">
              <h3 id="publish-title">Publish</h3>
              <CsrfInput />
              <input type="hidden" name="intent" value="publish" />
              <TextArea
                name="publicMessage"
                label={LABELS.publicMessage}
                hint="Remove personal details before publishing. The original stays visible only to moderators."
                rows={6}
                error={errors.publicMessage}
                defaultValue={v.publicMessage ?? thread.publicMessage ?? thread.message}
              />
              <button type="submit">Publish</button>
            </Form>
          ) : null}
          <Form method="post" {...formProps} aria-labelledby="reject-title">
            <h3 id="reject-title">Reject as spam or abuse</h3>
            <CsrfInput />
            <input type="hidden" name="intent" value="reject" />
            <TextArea name="reason" label={LABELS.reason} rows={2} error={errors.reason} defaultValue={v.reason} />
            <button type="submit" className="button--warning">
              Reject
            </button>
          </Form>
          <h3>Other actions</h3>
          <div className="feedback-actions">
            <ActionButton intent="private" className="button--secondary">
              Mark private
            </ActionButton>
            {thread.message ? (
              <ActionButton intent="delete-original" className="button--secondary">
                Delete original
              </ActionButton>
            ) : null}
            {thread.status !== "closed" ? (
              <ActionButton intent="close" className="button--secondary">
                Close conversation
              </ActionButton>
            ) : null}
          </div>
        </>
      ) : null}

      <h2>Answers</h2>
      {thread.messages.length ? (
        thread.messages.map((m) => (
          <div className="feedback-answer" key={m.id}>
            <p className="feedback-meta">{formatDay(m.createdAt, language)}</p>
            <p className="feedback-text">{m.body}</p>
          </div>
        ))
      ) : (
        <p className="muted">No answer yet.</p>
      )}
      {open ? (
        <Form method="post" {...formProps} aria-labelledby="answer-title">
          <h3 id="answer-title">Answer</h3>
          <CsrfInput />
          <input type="hidden" name="intent" value="answer" />
          <TextArea
            name="body"
            label={LABELS.body}
            hint={
              thread.email
                ? "Published with the thread when it is published, and sent to the sender by email."
                : "Published with the thread when it is published."
            }
            rows={6}
            error={errors.body}
            defaultValue={v.body}
          />
          <button type="submit">Send answer</button>
        </Form>
      ) : null}
    </>
  );
}

export { ErrorBoundary } from "~/root";
