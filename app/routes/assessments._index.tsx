import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { createAssessment, entriesForNewAssessment, listAssessmentsFor } from "~/assessments/assessments.server";
import { assessmentMeta } from "~/assessments/assessment-meta";
import { ASSESSMENT_STATES, type AssessmentState } from "~/assessments/workflow";
import { requireUser } from "~/auth/guards.server";
import { hasPermission } from "~/auth/roles";
import { newAssessmentSchema } from "~/assessments/review-forms";
import { CsrfInput, SelectField } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { samePrefixPath } from "~/i18n/redirect-path.server";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { readForm } from "~/utils/form.server";
import { ScrollTable } from "~/components/scroll-table";

export const meta: MetaFunction = assessmentMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [assessments, entries] = await Promise.all([listAssessmentsFor(user), entriesForNewAssessment(user)]);
  return {
    assessments: assessments.map((a) => ({ ...a, updatedAt: a.updatedAt.toISOString(), submittedAt: a.submittedAt?.toISOString() ?? null })),
    entries,
    canCreate: hasPermission(user.role, "assessment:edit:own"),
    preselect: new URL(request.url).searchParams.get("entry") ?? "",
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const parsed = parseForm(form, newAssessmentSchema);
  if (!parsed.ok) return data({ errors: parsed.errors }, { status: 400 });
  const created = await createAssessment(user, parsed.data.entryId);
  throw redirect(samePrefixPath(request, `/assessments/${created.id}`));
}

export default function Assessments() {
  const { assessments, entries, canCreate, preselect } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { errors, formProps } = useValidatedForm(newAssessmentSchema, { serverErrors: actionData?.errors });
  const ta = useT().assessments;
  const to = useLocalePath();
  const stateLabel = (state: string) => ((ASSESSMENT_STATES as readonly string[]).includes(state) ? ta.states[state as AssessmentState] : state);
  return (
    <>
      <h1>{ta.title}</h1>
      {canCreate ? (
        <section aria-labelledby="new-assessment">
          <h2 id="new-assessment">{ta.newTitle}</h2>
          {entries.length ? (
            <>
              <ErrorSummary errors={errors} labels={{ entryId: ta.chooseEntry }} />
              <Form method="post" {...formProps}>
                <CsrfInput />
                <SelectField
                  name="entryId"
                  label={ta.chooseEntry}
                  hint={ta.chooseEntryHint}
                  placeholder={ta.fields.choose}
                  defaultValue={preselect}
                  error={errors.entryId}
                  options={entries.map((e) => ({ value: e.id, label: `${e.name} (${e.publicId})` }))}
                />
                <button type="submit">{ta.create}</button>
              </Form>
            </>
          ) : (
            <p>{ta.noEntries}</p>
          )}
        </section>
      ) : null}
      <ScrollTable caption={<>{ta.list.count({ count: assessments.length })}</>}>
        <thead>
          <tr>
            <th scope="col">{ta.entry}</th>
            <th scope="col">{ta.list.organisation}</th>
            <th scope="col">{ta.state}</th>
            <th scope="col">{ta.list.lastChange}</th>
          </tr>
        </thead>
        <tbody>
          {assessments.map((a) => (
            <tr key={a.id}>
              <td>
                <a href={to(`/assessments/${a.id}`)}>{a.entry.name}</a>
              </td>
              <td>{a.entry.organisation.name}</td>
              <td>{stateLabel(a.state)}</td>
              <td>
                <time dateTime={a.updatedAt}>{a.updatedAt.slice(0, 10)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
}

export { ErrorBoundary } from "~/root";
