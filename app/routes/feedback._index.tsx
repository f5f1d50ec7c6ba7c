import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { CsrfInput, SelectField, TextField } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { isOverdue } from "~/feedback/deadline";
import { deadlineSettingsFor } from "~/feedback/deadline-settings.server";
import { feedbackStatusLabel, feedbackTypeTitle, moderationLabel } from "~/feedback/feedback-types";
import { metaText } from "~/feedback/meta-text";
import { deadlineDaysSchema } from "~/feedback/moderation-schema";
import { canModerateSomething, listThreadsFor, setDeadlineDays } from "~/feedback/moderation.server";
import { pathIn } from "~/i18n/language.server";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { readForm } from "~/utils/form.server";
import { forbidden } from "~/utils/http.server";
import { ScrollTable } from "~/components/scroll-table";

export const meta: MetaFunction = ({ matches }) => {
  const t = metaText(matches);
  return [{ title: `${t.feedback.list.metaTitle} – ${t.site.name}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!canModerateSomething(user)) forbidden();
  const now = new Date();
  const [threads, deadlines] = await Promise.all([listThreadsFor(user), deadlineSettingsFor(user)]);
  return {
    threads: threads.map((th) => ({ ...th, overdue: isOverdue(th, now) })),
    deadlines,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const parsed = parseForm(form, deadlineDaysSchema);
  const values = parsed.values as Record<string, string>;
  if (!parsed.ok) return data({ errors: parsed.errors, values }, { status: 400 });
  await setDeadlineDays(user, parsed.data.organisationId, parsed.data.days);
  throw redirect(pathIn(request, "/feedback?deadline=saved"));
}

const date = (d: string | Date) => new Date(d).toISOString().slice(0, 10);

export default function FeedbackList() {
  const { threads, deadlines } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { errors, formProps } = useValidatedForm(deadlineDaysSchema, { serverErrors: actionData?.errors });
  const v = (actionData?.values ?? {}) as Record<string, string>;
  const t = useT();
  const ft = t.feedback.list;
  const to = useLocalePath();
  return (
    <>
      <h1>{ft.title}</h1>
      {params.get("deadline") ? (
        <p className="notice notice--success" role="status">
          {ft.deadlineSaved}
        </p>
      ) : null}
      <ScrollTable caption={<>{ft.caption({ count: threads.length })}</>}>
        <thead>
          <tr>
            <th scope="col">{ft.reference}</th>
            <th scope="col">{ft.entry}</th>
            <th scope="col">{ft.type}</th>
            <th scope="col">{ft.received}</th>
            <th scope="col">{ft.moderation}</th>
            <th scope="col">{ft.status}</th>
            <th scope="col">{ft.answerBy}</th>
          </tr>
        </thead>
        <tbody>
          {threads.map((th) => (
            <tr key={th.id}>
              <td>
                <a href={to(`/feedback/${th.id}`)}>{th.reference}</a>
              </td>
              <td>
                {th.entry.name}
                {deadlines.length > 1 ? <span className="muted"> ({th.organisation.name})</span> : null}
              </td>
              <td>{feedbackTypeTitle(t, th.type)}</td>
              <td>{date(th.createdAt)}</td>
              <td>{th.withdrawnAt ? ft.withdrawn : moderationLabel(t, th.moderation)}</td>
              <td>{feedbackStatusLabel(t, th)}</td>
              <td>
                {date(th.deadlineAt)} {th.overdue ? <span className="tag tag--danger">{ft.overdue}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {deadlines.length ? (
        <section aria-labelledby="deadline-title">
          <h2 id="deadline-title">{ft.deadlineTitle}</h2>
          <p>{ft.deadlineIntro}</p>
          <ErrorSummary errors={errors} labels={{ organisationId: ft.organisation, days: ft.workingDays }} />
          <Form method="post" {...formProps}>
            <CsrfInput />
            {deadlines.length === 1 ? (
              <input type="hidden" name="organisationId" value={deadlines[0].id} />
            ) : (
              <SelectField
                name="organisationId"
                label={ft.organisation}
                options={deadlines.map((o) => ({ value: o.id, label: ft.organisationNow({ organisation: o.name, days: o.feedbackDeadlineDays }) }))}
                placeholder={ft.choose}
                error={errors.organisationId}
                defaultValue={v.organisationId}
              />
            )}
            <TextField
              name="days"
              label={deadlines.length === 1 ? ft.workingDaysFor({ organisation: deadlines[0].name }) : ft.workingDays}
              inputMode="numeric"
              className="input input--short"
              error={errors.days}
              defaultValue={v.days ?? (deadlines.length === 1 ? String(deadlines[0].feedbackDeadlineDays) : "")}
            />
            <button type="submit">{ft.saveDeadline}</button>
          </Form>
        </section>
      ) : null}
    </>
  );
}

export { ErrorBoundary } from "~/root";
