import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { applyPartForm, rightsToShow } from "~/assessments/assessment-form";
import { assessmentLabels } from "~/assessments/assessment-labels";
import { assessmentMeta } from "~/assessments/assessment-meta";
import { assessmentDraftSchema, FORM_PARTS, parsePartId, type FormPartId } from "~/assessments/assessment-schema";
import { getAssessmentForStaff, saveAssessmentPart } from "~/assessments/assessments.server";
import { ExtraFields, QuestionFields, RightsFields } from "~/assessments/part-fields";
import { requireUser } from "~/auth/guards.server";
import { CsrfInput } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { useValidatedForm } from "~/forms/use-validated-form";
import { samePrefixPath } from "~/i18n/redirect-path.server";
import { textOf } from "~/i18n/language.server";
import { useLanguage, useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { formString, readForm } from "~/utils/form.server";
import { forbidden, notFound } from "~/utils/http.server";
import { FRAIA_PARTS, fraiaPartTitle } from "~content/vocabularies/fraia";

export const meta: MetaFunction = assessmentMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const part = parsePartId(params.part);
  if (!part) notFound();
  const a = await getAssessmentForStaff(user, params.id!);
  if (!a.can.edit) {
    const ta = textOf(request).assessments;
    forbidden(a.state === "submitted" ? ta.underReview : ta.cannotChange);
  }
  return { id: a.id, part, entryName: a.entry.name, doc: a.doc };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const part = parsePartId(params.part);
  if (!part) notFound();
  const result = await saveAssessmentPart(user, params.id!, part, form);
  if (!result.ok) return data({ errors: result.errors, doc: result.doc }, { status: 400 });
  const intent = formString(form, "intent");
  const next = FORM_PARTS[FORM_PARTS.indexOf(part) + 1];
  if (intent === "save-next" && next) throw redirect(samePrefixPath(request, `/assessments/${params.id}/part/${next}?saved=1`));
  if (intent === "update-rights") throw redirect(samePrefixPath(request, `/assessments/${params.id}/part/4?saved=1#${"f-rights"}`));
  throw redirect(samePrefixPath(request, `/assessments/${params.id}/part/${part}?saved=1`));
}

export default function AssessmentPart() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const doc = actionData?.doc ?? loaded.doc;
  const { part, id } = loaded;
  // The browser reads the part into the document the way the action does, and checks it with the same draft schema.
  const { errors, formProps } = useValidatedForm(assessmentDraftSchema, {
    serverErrors: actionData?.errors,
    read: (form) => applyPartForm(loaded.doc, part, form),
  });
  const next = FORM_PARTS[FORM_PARTS.indexOf(part) + 1];
  const t = useT();
  const ta = t.assessments;
  const language = useLanguage();
  const to = useLocalePath();
  const partTitle = (p: FormPartId) => (p === "extra" ? ta.extraPart.title : ta.partHeading({ id: p, title: fraiaPartTitle(p, language) }));
  const partIntro = (p: FormPartId) => FRAIA_PARTS.find((x) => x.id === p)?.intro[language] ?? "";
  const rightsShown = rightsToShow(doc.rights.map((r) => r.right));
  return (
    <>
      <p>
        <a href={to(`/assessments/${id}`)}>{ta.backToAssessment({ name: loaded.entryName })}</a>
      </p>
      <h1>{partTitle(part)}</h1>
      {partIntro(part) ? <p className="lead">{partIntro(part)}</p> : null}
      {params.get("saved") && !actionData ? (
        <p className="notice notice--success" role="status">
          {ta.saved}
        </p>
      ) : null}
      <ErrorSummary errors={errors} labels={assessmentLabels(t, language, rightsShown)} />
      <Form method="post" {...formProps} key={part}>
        <CsrfInput />
        {part === "4" ? (
          <RightsFields doc={doc} errors={errors} shown={rightsShown} />
        ) : part === "extra" ? (
          <ExtraFields doc={doc} errors={errors} />
        ) : (
          <QuestionFields part={part} doc={doc} errors={errors} />
        )}
        <div className="button-row">
          <button type="submit" name="intent" value="save">
            {ta.save}
          </button>
          {next ? (
            <button type="submit" name="intent" value="save-next" className="button--secondary">
              {ta.saveAndNext}
            </button>
          ) : null}
        </div>
      </Form>
    </>
  );
}

export { ErrorBoundary } from "~/root";
