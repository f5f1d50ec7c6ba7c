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
import { feedbackStatusLabel, feedbackTypeTitle, moderationLabel } from "~/feedback/feedback-types";
import { metaText } from "~/feedback/meta-text";
import { moderationSchema } from "~/feedback/moderation-schema";
import { moderate, requireModeratableThread } from "~/feedback/moderation.server";
import { confirmation } from "~/i18n/confirmation";
import { pathIn } from "~/i18n/language.server";
import { isLanguage } from "~/i18n/languages.mjs";
import { showProblem } from "~/i18n/problem";
import { useT, type Text } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { readForm } from "~/utils/form.server";
import { storageUnavailable, UNAVAILABLE, withStorageErrors } from "~/utils/storage-errors.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaText(matches);
  return [{ title: `${data?.thread.reference ?? t.feedback.list.metaTitle} – ${t.site.name}` }];
};

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
  throw redirect(pathIn(request, `/feedback/${params.id}?done=${result.notice}`));
}

const labels = (t: Text) => ({ publicMessage: t.feedback.moderation.publicMessage, reason: t.feedback.moderation.reason, body: t.feedback.moderation.answer });

export default function ModerateFeedback() {
  const { thread } = useLoaderData<typeof loader>();
  const language = useLanguage();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  // One schema for the page's forms (told apart by intent): errors belong to the form last sent.
  const { errors, formProps } = useValidatedForm(moderationSchema, { serverErrors: actionData?.errors });
  const v = (actionData?.values ?? {}) as Record<string, string>;
  const open = !thread.withdrawnAt;
  const t = useT();
  const ft = t.feedback.moderation;
  const to = useLocalePath();
  const done = confirmation(t.feedback.moderationDone, params.get("done"));
  return (
    <>
      <p>
        <a href={to("/feedback")}>{ft.allFeedback}</a>
      </p>
      <h1>
        {feedbackTypeTitle(t, thread.type)} {thread.reference}
      </h1>
      {done ? (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      <ErrorSummary errors={errors} labels={labels(t)} />
      {errors._form ? <p className="error-message">{showProblem(t, errors._form)}</p> : null}
      <dl className="summary">
        <dt>{ft.entry}</dt>
        <dd>
          <a href={to(`/algorithms/${thread.entry.publicId}`)}>{thread.entry.name}</a> ({thread.organisation.name})
        </dd>
        <dt>{ft.received}</dt>
        <dd>{formatDay(thread.createdAt, language)}</dd>
        <dt>{ft.answerBy}</dt>
        <dd>
          {formatDay(thread.deadlineAt, language)} {thread.overdue ? <span className="tag tag--danger">{ft.overdue}</span> : null}
        </dd>
        <dt>{ft.moderation}</dt>
        <dd>
          {thread.withdrawnAt ? ft.withdrawnOn({ date: formatDay(thread.withdrawnAt, language) }) : moderationLabel(t, thread.moderation)}
          {thread.moderationReason ? ` — ${thread.moderationReason}` : ""}
        </dd>
        <dt>{ft.status}</dt>
        <dd>{feedbackStatusLabel(t, thread)}</dd>
        <dt>{ft.language}</dt>
        <dd>{isLanguage(thread.language) ? t.site.languageNames[thread.language] : thread.language}</dd>
        <dt>{ft.sender}</dt>
        <dd>
          {thread.name ?? ft.noName}
          {thread.email ? (
            <>
              {" "}
              — <span className="feedback-email">{thread.email}</span>
            </>
          ) : (
            ` — ${ft.noEmail}`
          )}
        </dd>
        <dt>{ft.publication}</dt>
        <dd>{thread.consentToPublish ? ft.consented : ft.notConsented}</dd>
      </dl>

      <h2>
        {ft.original} <span className="muted">{ft.originalNote}</span>
      </h2>
      {thread.message ? <p className="feedback-text feedback-original">{thread.message}</p> : <p className="muted">{ft.originalDeleted}</p>}
      {thread.publicMessage ? (
        <>
          <h2>{ft.publishedText}</h2>
          <p className="feedback-text">{thread.publicMessage}</p>
        </>
      ) : null}

      {open ? (
        <>
          <h2 id="moderate-title">{ft.moderate}</h2>
          {thread.consentToPublish ? (
            <Form method="post" {...formProps} aria-labelledby="publish-title">
              <h3 id="publish-title">{ft.publishTitle}</h3>
              <CsrfInput />
              <input type="hidden" name="intent" value="publish" />
              <TextArea
                name="publicMessage"
                label={ft.publicMessage}
                hint={ft.publicMessageHint}
                rows={6}
                error={errors.publicMessage}
                defaultValue={v.publicMessage ?? thread.publicMessage ?? thread.message}
              />
              <button type="submit">{ft.publish}</button>
            </Form>
          ) : null}
          <Form method="post" {...formProps} aria-labelledby="reject-title">
            <h3 id="reject-title">{ft.rejectTitle}</h3>
            <CsrfInput />
            <input type="hidden" name="intent" value="reject" />
            <TextArea name="reason" label={ft.reason} rows={2} error={errors.reason} defaultValue={v.reason} />
            <button type="submit" className="button--warning">
              {ft.reject}
            </button>
          </Form>
          <h3>{ft.otherActions}</h3>
          <div className="feedback-actions">
            <ActionButton intent="private" className="button--secondary">
              {ft.markPrivate}
            </ActionButton>
            {thread.message ? (
              <ActionButton intent="delete-original" className="button--secondary">
                {ft.deleteOriginal}
              </ActionButton>
            ) : null}
            {thread.status !== "closed" ? (
              <ActionButton intent="close" className="button--secondary">
                {ft.close}
              </ActionButton>
            ) : null}
          </div>
        </>
      ) : null}

      <h2>{ft.answers}</h2>
      {thread.messages.length ? (
        thread.messages.map((m) => (
          <div className="feedback-answer" key={m.id}>
            <p className="feedback-meta">{formatDay(m.createdAt, language)}</p>
            <p className="feedback-text">{m.body}</p>
          </div>
        ))
      ) : (
        <p className="muted">{ft.noAnswer}</p>
      )}
      {open ? (
        <Form method="post" {...formProps} aria-labelledby="answer-title">
          <h3 id="answer-title">{ft.answerTitle}</h3>
          <CsrfInput />
          <input type="hidden" name="intent" value="answer" />
          <TextArea name="body" label={ft.answer} hint={thread.email ? ft.answerHintMail : ft.answerHint} rows={6} error={errors.body} defaultValue={v.body} />
          <button type="submit">{ft.sendAnswer}</button>
        </Form>
      ) : null}
    </>
  );
}

export { ErrorBoundary } from "~/root";
