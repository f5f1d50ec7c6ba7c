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
import { FEEDBACK_TYPE_TITLES, feedbackStatusLabel, MODERATION_LABELS } from "~/feedback/feedback-types";
import { deadlineDaysSchema } from "~/feedback/moderation-schema";
import { canModerateSomething, listThreadsFor, setDeadlineDays } from "~/feedback/moderation.server";
import { t } from "~/i18n/en";
import { readForm } from "~/utils/form.server";
import { forbidden } from "~/utils/http.server";
import { ScrollTable } from "~/components/scroll-table";

export const meta: MetaFunction = () => [{ title: `Feedback – ${t.site.name}` }];

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
  throw redirect("/feedback?deadline=saved");
}

const date = (d: string | Date) => new Date(d).toISOString().slice(0, 10);

export default function FeedbackList() {
  const { threads, deadlines } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { errors, formProps } = useValidatedForm(deadlineDaysSchema, { serverErrors: actionData?.errors });
  const v = (actionData?.values ?? {}) as Record<string, string>;
  return (
    <>
      <h1>Feedback from the public</h1>
      {params.get("deadline") ? (
        <p className="notice notice--success" role="status">
          The response deadline is saved. It applies to new feedback.
        </p>
      ) : null}
      <ScrollTable caption={<>{threads.length} messages, newest first</>}>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Entry</th>
            <th scope="col">Type</th>
            <th scope="col">Received</th>
            <th scope="col">Moderation</th>
            <th scope="col">Status</th>
            <th scope="col">Answer by</th>
          </tr>
        </thead>
        <tbody>
          {threads.map((th) => (
            <tr key={th.id}>
              <td>
                <a href={`/feedback/${th.id}`}>{th.reference}</a>
              </td>
              <td>
                {th.entry.name}
                {deadlines.length > 1 ? <span className="muted"> ({th.organisation.name})</span> : null}
              </td>
              <td>{FEEDBACK_TYPE_TITLES[th.type] ?? th.type}</td>
              <td>{date(th.createdAt)}</td>
              <td>{th.withdrawnAt ? "Withdrawn" : (MODERATION_LABELS[th.moderation] ?? th.moderation)}</td>
              <td>{feedbackStatusLabel(th)}</td>
              <td>
                {date(th.deadlineAt)} {th.overdue ? <span className="tag tag--danger">Overdue</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {deadlines.length ? (
        <section aria-labelledby="deadline-title">
          <h2 id="deadline-title">Response deadline</h2>
          <p>The number of working days (Monday to Friday, public holidays excluded) an organisation has to answer new feedback.</p>
          <ErrorSummary errors={errors} labels={{ organisationId: "Organisation", days: "Working days" }} />
          <Form method="post" {...formProps}>
            <CsrfInput />
            {deadlines.length === 1 ? (
              <input type="hidden" name="organisationId" value={deadlines[0].id} />
            ) : (
              <SelectField
                name="organisationId"
                label="Organisation"
                options={deadlines.map((o) => ({ value: o.id, label: `${o.name} (now ${o.feedbackDeadlineDays} days)` }))}
                placeholder="Choose…"
                error={errors.organisationId}
                defaultValue={v.organisationId}
              />
            )}
            <TextField
              name="days"
              label={deadlines.length === 1 ? `Working days for ${deadlines[0].name}` : "Working days"}
              inputMode="numeric"
              className="input input--short"
              error={errors.days}
              defaultValue={v.days ?? (deadlines.length === 1 ? String(deadlines[0].feedbackDeadlineDays) : "")}
            />
            <button type="submit">Save deadline</button>
          </Form>
        </section>
      ) : null}
    </>
  );
}

export { ErrorBoundary } from "~/root";
