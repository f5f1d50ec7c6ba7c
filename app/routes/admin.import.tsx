import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { requirePermission } from "~/auth/guards.server";
import { CsrfInput, ErrorSummary, fieldId, SelectField } from "~/components/forms";
import { useZodForm } from "~/components/use-zod-form";
import { t } from "~/i18n/en";
import { importText } from "~/i18n/imports.en";
import { IMPORT_FORMATS, type ImportFormat } from "~/imports/formats";
import { importFormSchema, MAX_IMPORT_BYTES } from "~/imports/import-form-schema";
import { parseImportText, runImport } from "~/imports/import-runner.server";
import { ImportResult } from "~/imports/import-result";
import type { ImportSummary } from "~/imports/import-types";
import { readForm } from "~/utils/form.server";
import { formToObject, issuesToErrors } from "~/utils/validation";

export const meta: MetaFunction = () => [{ title: `${importText.title} – ${t.nav.admin}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  return null;
}

type ActionData = { errors?: Record<string, string>; values?: Record<string, unknown>; summary?: ImportSummary; fileName?: string };

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin:manage");
  const form = await readForm(request, { maxBytes: MAX_IMPORT_BYTES });
  const values = formToObject(form);
  const parsed = importFormSchema.safeParse(values);
  const errors: Record<string, string> = parsed.success ? {} : issuesToErrors(parsed.error);
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) errors.file = importText.fileRequired;
  if (Object.keys(errors).length || !(file instanceof File) || !parsed.success) return data<ActionData>({ errors, values }, { status: 400 });

  const json = parseImportText(await file.text());
  if (!json.ok) return data<ActionData>({ errors: { file: json.reason }, values }, { status: 400 });
  const outcome = await runImport(parsed.data.format as ImportFormat, json.json, { actorId: admin.id });
  if (!outcome.ok) return data<ActionData>({ errors: { file: outcome.reason }, values }, { status: 400 });
  // The outcome is shown, not redirected to: it exists only for this upload. Posting again is safe (nothing duplicates).
  return data<ActionData>({ summary: outcome.summary, fileName: file.name, values });
}

export default function AdminImport() {
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const { register, errors, onSubmit } = useZodForm(importFormSchema, actionData?.errors);
  const summary = actionData?.summary;
  const fileError = errors.file;
  const fileId = fieldId("file");
  return (
    <>
      <h1>{importText.title}</h1>
      <p>{importText.intro}</p>
      {summary ? <ImportResult summary={summary} fileName={actionData?.fileName} /> : null}
      <ErrorSummary errors={errors} />
      <Form method="post" encType="multipart/form-data" noValidate onSubmit={onSubmit} aria-label={importText.title}>
        <CsrfInput />
        <SelectField
          label={importText.format}
          hint={importText.formatHint}
          options={IMPORT_FORMATS}
          placeholder="Choose…"
          error={errors.format}
          defaultValue={String(actionData?.values?.format ?? "")}
          {...register("format")}
        />
        <div className={`field${fileError ? " field--error" : ""}`}>
          <label htmlFor={fileId} className="label">{importText.file}</label>
          <div id={`${fileId}-hint`} className="hint">{importText.fileHint}</div>
          {fileError ? (
            <p id={`${fileId}-error`} className="error-message">
              <span className="visually-hidden">{t.forms.errorPrefix}</span> {fileError}
            </p>
          ) : null}
          <input
            type="file"
            id={fileId}
            name="file"
            accept=".json,application/json"
            className="input"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={[`${fileId}-hint`, fileError ? `${fileId}-error` : null].filter(Boolean).join(" ")}
          />
        </div>
        <button type="submit">{importText.submit}</button>
      </Form>
      <p>
        {importText.cli} <code>npm run import -- --format nl-1.0 FILE</code>.
      </p>
    </>
  );
}

export { ErrorBoundary } from "~/root";
