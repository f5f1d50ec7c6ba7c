import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { getAssessmentForStaff, saveAia } from "~/assessments/assessments.server";
import { requireUser } from "~/auth/guards.server";
import { aiaSchema } from "~/assessments/review-forms";
import { ChoiceGroup, CsrfInput } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { assessmentMeta } from "~/assessments/assessment-meta";
import { samePrefixPath } from "~/i18n/redirect-path.server";
import { useLanguage, useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { readForm } from "~/utils/form.server";
import { AIA_LEVELS, AIA_MITIGATION_QUESTIONS, AIA_RISK_QUESTIONS, scoreAia } from "~content/vocabularies/canada-aia";

export const meta: MetaFunction = assessmentMeta;

function parseAnswers(json: string | null): Record<string, string> {
  try {
    const v = JSON.parse(json ?? "{}");
    return v && typeof v === "object" ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const a = await getAssessmentForStaff(user, params.id!);
  const answers = parseAnswers(a.aia);
  return { id: a.id, entryName: a.entry.name, canEdit: a.can.edit, answers, result: a.aia ? scoreAia(answers) : null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(await readForm(request), aiaSchema);
  const values = parsed.values;
  if (!parsed.ok) return data({ errors: parsed.errors, values }, { status: 400 });
  const result = await saveAia(user, params.id!, parsed.data);
  if (!result.ok) return data({ errors: result.errors, values }, { status: 400 });
  throw redirect(samePrefixPath(request, `/assessments/${params.id}/aia?saved=1`));
}

export default function AiaQuestionnaire() {
  const { id, entryName, canEdit, answers, result } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const values = (actionData?.values ?? answers) as Record<string, string>;
  const { errors, formProps } = useValidatedForm(aiaSchema, { serverErrors: actionData?.errors });
  const level = result ? AIA_LEVELS.find((l) => l.level === result.level) : null;
  const ta = useT().assessments;
  const language = useLanguage();
  const to = useLocalePath();
  const labels = Object.fromEntries([...AIA_RISK_QUESTIONS, ...AIA_MITIGATION_QUESTIONS].map((q) => [q.id, q.question[language]]));
  const fields = (qs: typeof AIA_RISK_QUESTIONS | typeof AIA_MITIGATION_QUESTIONS) =>
    qs.map((q) => (
      <ChoiceGroup
        key={q.id}
        type="radio"
        name={q.id}
        legend={q.question[language]}
        optional
        options={q.options.map((o) => ({ value: o.value, label: o.label[language] }))}
        defaultValue={values[q.id] ?? null}
        error={errors[q.id]}
      />
    ));
  return (
    <>
      <p>
        <a href={to(`/assessments/${id}`)}>{ta.backToAssessment({ name: entryName })}</a>
      </p>
      <h1>{ta.aiaTitle}</h1>
      <p className="lead">{ta.aiaIntro}</p>
      {params.get("saved") ? (
        <p className="notice notice--success" role="status">
          {ta.saved}
        </p>
      ) : null}
      {result && level ? (
        <section aria-labelledby="aia-level" className="notice">
          <h2 id="aia-level">
            {ta.aiaLevel}: {result.level}
          </h2>
          <p>
            {level.label[language]}. {level.summary[language]}
          </p>
          <p>
            {ta.aiaPage.score({ score: Math.round(result.score * 100) / 100, share: Math.round(result.share * 100) / 100 })}
            {result.mitigationApplied ? ta.aiaPage.reduced : ""}.
          </p>
          <ul>
            {level.requires[language].map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {canEdit ? (
        <>
          <ErrorSummary errors={errors} labels={labels} />
          <Form method="post" {...formProps}>
            <CsrfInput />
            <h2>{ta.aiaPage.impact}</h2>
            {fields(AIA_RISK_QUESTIONS)}
            <h2>{ta.aiaPage.mitigation}</h2>
            {fields(AIA_MITIGATION_QUESTIONS)}
            <button type="submit">{ta.aiaSave}</button>
          </Form>
        </>
      ) : (
        <p className="muted">{ta.aiaPage.readOnly}</p>
      )}
    </>
  );
}

export { ErrorBoundary } from "~/root";
