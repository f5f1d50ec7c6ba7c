import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { fieldId } from "~/components/forms";
import { readDocument, readOrSkip, storedDraft } from "~/entries/documents.server";
import { requireEditableEntry, saveDraft, transition } from "~/entries/entries.server";
import { entryToFormDefaults } from "~/entries/entry-form";
import { entrySubmitSchema, formDataToEntry, validateForSubmit } from "~/entries/entry-schema";
import { FilingForm } from "~/entries/filing/filing-form";
import { FILING_LABELS } from "~/entries/filing/filing-labels";
import { savedLocation, savedSection, SECTION_BUTTON } from "~/entries/filing/section-links";
import { EDITABLE_STATES, STATE_LABELS, type EntryState } from "~/entries/workflow";
import { entriesText as tx } from "~/i18n/entries.en";
import { ErrorSummary } from "~/forms/error-summary";
import { useValidatedForm } from "~/forms/use-validated-form";
import { t } from "~/i18n/en";
import { listSupplierOptions } from "~/procurement/suppliers.server";
import { db } from "~/utils/db.server";
import { readForm } from "~/utils/form.server";
import { storageUnavailable, UNAVAILABLE, withStorageErrors } from "~/utils/storage-errors.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${tx.editTitle}: ${data?.entry.name ?? ""} – ${t.site.name}` }];

/** Several values in one input (search words) report their problems on that input. */
function onInputs(errors: Record<string, string>) {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) out[key.replace(/^tags\.\d+$/, "tags")] ??= message;
  return out;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const entry = await requireEditableEntry(user, params.id ?? "");
  if (!EDITABLE_STATES.includes(entry.state as EntryState)) throw redirect(`/entries/${entry.id}`);
  // A draft that cannot be read is never shown as an empty form: the overview explains the problem.
  const doc = readOrSkip(() => readDocument(storedDraft(entry), { entryId: entry.id }));
  if (!doc) throw redirect(`/entries/${entry.id}`);
  const query = new URL(request.url).searchParams;
  const saved = query.get("saved") === "1";
  const changeRequest =
    entry.state === "changes_requested"
      ? await db.auditLog.findFirst({
          where: { entryId: entry.id, action: "entry.request_changes" },
          orderBy: { at: "desc" },
          select: { comment: true, at: true },
        })
      : null;
  return {
    entry: { id: entry.id, publicId: entry.publicId, name: entry.name, state: entry.state as EntryState, published: Boolean(entry.currentVersionId) },
    doc,
    defaults: entryToFormDefaults(doc),
    // Remaining problems are shown after a save, as notices: they never block saving.
    notices: saved ? onInputs(validateForSubmit(doc).errors) : {},
    saved,
    section: savedSection(query),
    changeRequest,
    supplierOptions: await listSupplierOptions(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const entryId = params.id ?? "";
  const doc = formDataToEntry(form);
  // The draft is always saved first, so nothing typed is lost whatever else is wrong; when storage
  // cannot take it, the form comes back with everything typed and says so.
  if ((await withStorageErrors(() => saveDraft(user, entryId, doc))) === UNAVAILABLE) return storageUnavailable(entryToFormDefaults(doc));
  // "Save draft" at the end of a section comes back to that section.
  if (form.get("intent") !== "submit") throw redirect(savedLocation(entryId, form.get(SECTION_BUTTON)));
  const result = await transition(user, entryId, "submit");
  if (!result.ok) return data({ errors: onInputs(result.errors), values: entryToFormDefaults(doc) }, { status: 400 });
  throw redirect(`/entries/${entryId}?done=submit`);
}

const isSubmit = (button: HTMLButtonElement | null) => button?.value === "submit";

export default function EditEntry() {
  const { entry, doc, defaults, notices, saved, section, changeRequest, supplierOptions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  // "Save and submit" is checked in the browser with the submit schema; saving a draft is never blocked.
  const { errors: problems, formProps } = useValidatedForm(entrySubmitSchema, { serverErrors: actionData?.errors, read: formDataToEntry, when: isSubmit });
  const errors = onInputs(problems as Record<string, string>);
  const hasErrors = Object.keys(errors).length > 0;
  const noticeList = Object.entries(notices);
  return (
    <>
      <p className="muted">
        <a href={`/entries/${entry.id}`}>Back to the entry overview</a>
      </p>
      <h1>
        {tx.editTitle}: {entry.name}
      </h1>
      <p>
        <span className="tag">{STATE_LABELS[entry.state]}</span>
        {entry.published ? <> The public page keeps showing the last published version until a new version is approved.</> : null}
      </p>
      {changeRequest?.comment ? (
        <div className="notice notice--warning">
          <h2 className="h-small">Changes requested by the approver</h2>
          <p>{changeRequest.comment}</p>
        </div>
      ) : null}
      <ErrorSummary errors={errors} labels={FILING_LABELS} />
      {!hasErrors && saved && !section ? (
        <div className="notice notice--success" role="status">
          <p>{noticeList.length ? tx.savedWithProblems(noticeList.length) : tx.saved}</p>
          {noticeList.length ? (
            <>
              <h2 className="h-small">{tx.stillToDo}</h2>
              <ul>
                {noticeList.map(([name, message]) => (
                  <li key={name}>
                    <a href={`#${fieldId(name)}`}>{message}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
      <FilingForm
        defaults={actionData?.values ?? defaults}
        doc={doc}
        messages={hasErrors ? errors : notices}
        supplierOptions={supplierOptions}
        onSubmit={formProps.onSubmit}
        savedSection={hasErrors ? null : section}
      />
    </>
  );
}

export { ErrorBoundary } from "~/root";
