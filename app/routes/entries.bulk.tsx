import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { bulkOrganisations, mayFileFor, requireBulkFiler } from "~/bulk/access.server";
import { bulkFormSchema, MAX_BULK_BYTES, MAX_BULK_ROWS, readBulkForm } from "~/bulk/bulk-form-schema";
import { BulkProblems, BulkResult } from "~/bulk/bulk-report";
import type { BulkProblem } from "~/bulk/rows";
import { readRows } from "~/bulk/rows";
import { readSheetFile } from "~/bulk/sheet-file.server";
import { storeRows, type StoredRow } from "~/bulk/store.server";
import { CsrfInput, SelectField, TextField } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm, type TypedValues } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { languageOf, textOf } from "~/i18n/language.server";
import { metaText } from "~/i18n/meta-text";
import { problem, showProblem } from "~/i18n/problem";
import { useLanguage, useT } from "~/i18n/text";
import { forbidden } from "~/utils/http.server";
import { readForm } from "~/utils/form.server";
import { storageUnavailable, UNAVAILABLE, withStorageErrors } from "~/utils/storage-errors.server";

export const meta: MetaFunction = (args) => {
  const t = metaText(args);
  return [{ title: `${t.bulk.title} – ${t.site.name}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireBulkFiler(request);
  return { organisations: await bulkOrganisations(user) };
}

type ActionData = { errors?: Record<string, string>; values?: TypedValues; fileName?: string; problems?: BulkProblem[]; stored?: StoredRow[] };

// Room for the form around a file just over the limit, so that it gets the page's message rather than a bare 413.
const MAX_POST_BYTES = 2 * MAX_BULK_BYTES;

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireBulkFiler(request);
  const form = await readForm(request, { maxBytes: MAX_POST_BYTES });
  const parsed = parseForm(form, bulkFormSchema, { read: readBulkForm });
  const { values } = parsed;
  if (!parsed.ok) return data<ActionData>({ errors: parsed.errors, values }, { status: 400 });
  const { organisationId, file } = parsed.data;
  if (!mayFileFor(user, organisationId)) forbidden();
  if (!(await bulkOrganisations(user)).some((o) => o.id === organisationId))
    return data<ActionData>({ errors: { organisationId: problem("bulk.organisationRequired") }, values }, { status: 400 });

  const fileName = file.name;
  const read = await readSheetFile(file);
  if (!read.ok) {
    const message = showProblem(textOf(request), read.message);
    return data<ActionData>({ errors: { file: problem("bulk.fileProblem", { fileName, message }) }, values, fileName }, { status: 400 });
  }
  const rows = readRows(read.sheet, languageOf(request));
  const outcome = rows.ok
    ? await withStorageErrors(() => storeRows(user, organisationId, rows.rows, { idHeading: rows.idHeading, fileName }))
    : { ok: false as const, problems: rows.problems };
  if (outcome === UNAVAILABLE) return storageUnavailable(values);
  if (!outcome.ok) {
    const errors = { file: problem("bulk.fileHasProblems", { fileName, count: outcome.problems.length }) };
    return data<ActionData>({ errors, values, fileName, problems: outcome.problems }, { status: 400 });
  }
  // The outcome is shown, not redirected to: it exists only for this upload. Posting again changes nothing (same ids, same drafts).
  return data<ActionData>({ stored: outcome.stored, fileName, values });
}

export default function BulkFiling() {
  const t = useT();
  const tb = t.bulk;
  const language = useLanguage();
  const { organisations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const { errors, formProps } = useValidatedForm(bulkFormSchema, { serverErrors: actionData?.errors, read: readBulkForm });
  const labels = { organisationId: tb.organisation, file: tb.file };
  const chosen = String(actionData?.values?.organisationId ?? "");
  return (
    <>
      <h1>{tb.title}</h1>
      <p className="lead">{tb.intro}</p>
      {actionData?.stored ? <BulkResult stored={actionData.stored} fileName={actionData.fileName ?? ""} /> : null}
      <ErrorSummary errors={errors} labels={labels} />
      {actionData?.problems ? <BulkProblems problems={actionData.problems} fileName={actionData.fileName ?? ""} /> : null}
      <h2>{tb.howTitle}</h2>
      <ol>
        <li>
          {tb.howDownload}{" "}
          <a href={`/entries/bulk/template.xlsx?lang=${language}`} download>
            {tb.templateXlsx}
          </a>{" "}
          ·{" "}
          <a href={`/entries/bulk/template.csv?lang=${language}`} download>
            {tb.templateCsv}
          </a>
        </li>
        <li>{tb.howFill}</li>
        <li>{tb.howUpload}</li>
      </ol>
      <Form method="post" encType="multipart/form-data" {...formProps} aria-label={tb.title}>
        <CsrfInput />
        {organisations.length === 1 ? (
          <>
            <input type="hidden" name="organisationId" value={organisations[0].id} />
            <p>
              {tb.organisation}: <strong>{organisations[0].name}</strong>
            </p>
          </>
        ) : (
          <SelectField
            name="organisationId"
            label={tb.organisation}
            hint={tb.organisationHint}
            placeholder={tb.chooseOrganisation}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            defaultValue={chosen}
            error={errors.organisationId}
          />
        )}
        <TextField
          name="file"
          type="file"
          label={tb.file}
          hint={tb.fileHint({ maxMb: MAX_BULK_BYTES / 1024 / 1024, maxRows: MAX_BULK_ROWS })}
          error={errors.file}
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        />
        <button type="submit">{tb.submit}</button>
      </Form>
    </>
  );
}

export { ErrorBoundary } from "~/root";
