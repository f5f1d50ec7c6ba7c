import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { requirePermission } from "~/auth/guards.server";
import { CsrfInput, fieldId, SelectField, TextField } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { textOf } from "~/i18n/language.server";
import { metaText } from "~/i18n/meta-text";
import { useT } from "~/i18n/text";
import { IMPORT_FORMATS, type ImportFormat } from "~/imports/formats";
import { importFormSchema, MAX_IMPORT_BYTES, readImportForm } from "~/imports/import-form-schema";
import { parseImportText, runImport } from "~/imports/import-runner.server";
import { ImportResult } from "~/imports/import-result";
import type { ImportSummary } from "~/imports/import-types";
import { readForm } from "~/utils/form.server";

export const meta: MetaFunction = (args) => {
  const t = metaText(args);
  return [{ title: `${t.imports.title} – ${t.nav.admin}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  return null;
}

type ActionData = { errors?: Record<string, string>; values?: Record<string, unknown>; summary?: ImportSummary; fileName?: string };

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin:manage");
  const form = await readForm(request, { maxBytes: MAX_IMPORT_BYTES });
  const parsed = parseForm(form, importFormSchema, { read: readImportForm });
  const { values } = parsed;
  if (!parsed.ok) return data<ActionData>({ errors: parsed.errors, values }, { status: 400 });
  const { file } = parsed.data;
  const text = textOf(request);

  // A file of another format (or of none) is said at the format field: choosing the right one is the fix.
  const json = parseImportText(await file.text(), text);
  if (!json.ok) return data<ActionData>({ errors: { [json.wrongFormat ? "format" : "file"]: json.reason }, values }, { status: 400 });
  const outcome = await runImport(parsed.data.format as ImportFormat, json.json, { actorId: admin.id, partial: parsed.data.partial === "on", text });
  if (!outcome.ok) return data<ActionData>({ errors: { [outcome.wrongFormat ? "format" : "file"]: outcome.reason }, values }, { status: 400 });
  // The outcome is shown, not redirected to: it exists only for this upload. Posting again is safe (nothing duplicates).
  return data<ActionData>({ summary: outcome.summary, fileName: file.name, values });
}

export default function AdminImport() {
  const t = useT();
  const importText = t.imports;
  const labels = { format: importText.format, file: importText.file };
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const { errors, formProps } = useValidatedForm(importFormSchema, { serverErrors: actionData?.errors, read: readImportForm });
  const summary = actionData?.summary;
  return (
    <>
      <h1>{importText.title}</h1>
      <p>{importText.intro}</p>
      {summary ? <ImportResult summary={summary} fileName={actionData?.fileName} /> : null}
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" encType="multipart/form-data" {...formProps} aria-label={importText.title}>
        <CsrfInput />
        <SelectField
          name="format"
          label={labels.format}
          hint={importText.formatHint}
          options={IMPORT_FORMATS.map(({ value }) => ({ value, label: importText.formats[value] }))}
          placeholder={importText.chooseFormat}
          error={errors.format}
          defaultValue={String(actionData?.values?.format ?? "")}
        />
        <TextField name="file" type="file" label={labels.file} hint={importText.fileHint} error={errors.file} accept=".json,application/json" />
        <div className="field">
          <div className="choice">
            <input
              type="checkbox"
              id={fieldId("partial")}
              name="partial"
              aria-describedby={`${fieldId("partial")}-hint`}
              defaultChecked={actionData?.values?.partial === "on"}
            />
            <label htmlFor={fieldId("partial")}>{importText.partial}</label>
          </div>
          <div id={`${fieldId("partial")}-hint`} className="hint">
            {importText.partialHint}
          </div>
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
