import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { fieldId } from "~/components/forms";
import { readDocument, readOrSkip, storedDraft } from "~/entries/documents.server";
import { nameOf, requireEditableEntry, saveDraft, transition } from "~/entries/entries.server";
import { entryToFormDefaults } from "~/entries/entry-form";
import { formDataToEntry, validateForSubmit } from "~/entries/entry-schema";
import { FilingForm } from "~/entries/filing/filing-form";
import { filingLabels } from "~/entries/filing/filing-labels";
import { TranslationLinks } from "~/entries/filing/translation-links";
import { savedLocation, savedSection, sectionAnchor, SECTION_BUTTON } from "~/entries/filing/section-links";
import { EDITABLE_STATES, STATE_LABELS, type EntryState } from "~/entries/workflow";
import { ErrorSummary } from "~/forms/error-summary";
import { summarize } from "~/forms/summary";
import { confirmation } from "~/i18n/confirmation";
import { textOf } from "~/i18n/language.server";
import { samePrefixPath } from "~/i18n/redirect-path.server";
import { showProblem } from "~/i18n/problem";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { REGISTER_SUPPLIER_INTENT, REGISTERED_SUPPLIER_PARAM, withSupplierSelected } from "~/procurement/registered-supplier";
import { listSupplierOptions } from "~/procurement/suppliers.server";
import { db } from "~/utils/db.server";
import { readForm } from "~/utils/form.server";
import { storageUnavailable, UNAVAILABLE, withStorageErrors } from "~/utils/storage-errors.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

/** Several values in one input (search words) report their problems on that input. */
function onInputs(errors: Record<string, string>) {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) out[key.replace(/^tags\.\d+$/, "tags")] ??= message;
  return out;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const entry = await requireEditableEntry(user, params.id ?? "");
  if (!EDITABLE_STATES.includes(entry.state as EntryState)) throw redirect(samePrefixPath(request, `/entries/${entry.id}`));
  // A draft that cannot be read is never shown as an empty form: the overview explains the problem.
  const doc = readOrSkip(() => readDocument(storedDraft(entry), { entryId: entry.id }));
  if (!doc) throw redirect(samePrefixPath(request, `/entries/${entry.id}`));
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
  const supplierOptions = await listSupplierOptions();
  const t = textOf(request);
  return {
    title: `${t.entries.editTitle}: ${entry.name} – ${t.site.name}`,
    entry: { id: entry.id, publicId: entry.publicId, name: entry.name, state: entry.state as EntryState, published: Boolean(entry.currentVersionId) },
    doc,
    // Back from registering a supplier: it is selected, ready to be saved with the draft.
    defaults: withSupplierSelected(entryToFormDefaults(doc), query.get(REGISTERED_SUPPLIER_PARAM), supplierOptions),
    // Remaining problems are shown after a save, as notices: they never block saving.
    notices: saved ? onInputs(validateForSubmit(doc).errors) : {},
    saved,
    done: confirmation(t.entries.editDone, query.get("done")),
    section: savedSection(query, t),
    changeRequest,
    supplierOptions,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const entryId = params.id ?? "";
  const doc = formDataToEntry(form);
  // The draft is always saved first, so nothing typed is lost whatever else is wrong; when storage
  // cannot take it, the form comes back with everything typed and says so.
  const stored = await withStorageErrors(() => saveDraft(user, entryId, doc));
  if (stored === UNAVAILABLE) return storageUnavailable(entryToFormDefaults(doc));
  const intent = form.get("intent");
  if (intent === REGISTER_SUPPLIER_INTENT) {
    // Leaving the form never loses what was typed: saved above, and the supplier form comes back to this section.
    throw redirect(
      samePrefixPath(
        request,
        `/suppliers/new?${new URLSearchParams({ returnTo: samePrefixPath(request, `/entries/${entryId}/edit#${sectionAnchor("procurement")}`) })}`,
      ),
    );
  }
  // "Save draft" at the end of a section comes back to that section.
  if (intent !== "submit") throw redirect(samePrefixPath(request, savedLocation(entryId, form.get(SECTION_BUTTON))));
  const result = await transition(user, entryId, "submit");
  if (!result.ok) {
    // The page is not reloaded after a refused submit, so the answer carries the saved draft's name and state.
    const saved = { name: nameOf(doc), state: stored.state };
    return data({ errors: onInputs(result.errors), values: entryToFormDefaults(doc), saved }, { status: 400 });
  }
  throw redirect(samePrefixPath(request, `/entries/${entryId}?done=submit`));
}

export default function EditEntry() {
  const { entry, doc, defaults, notices, saved, done, section, changeRequest, supplierOptions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const tx = t.entries;
  const to = useLocalePath();
  const labels = filingLabels(t);
  // Every button posts: the draft is saved whatever is wrong, and a refused submit comes back with its reasons.
  const errors = actionData?.errors ?? {};
  const hasErrors = Object.keys(errors).length > 0;
  // Named and ordered as in the error summary.
  const noticeList = summarize(notices, labels);
  const notSubmitted = (actionData as { saved?: { name: string; state: EntryState } } | undefined)?.saved ?? null;
  const name = notSubmitted?.name ?? entry.name;
  const state = notSubmitted?.state ?? entry.state;
  return (
    <>
      <p className="muted">
        <a href={to(`/entries/${entry.id}`)}>{tx.edit.back}</a>
      </p>
      <h1>
        {tx.editTitle}: {name}
      </h1>
      <p>
        <span className="tag">{STATE_LABELS[state]}</span>
        {entry.published ? <> {tx.edit.publishedKept}</> : null}
      </p>
      <TranslationLinks entryId={entry.id} language={doc.language} />
      {changeRequest?.comment ? (
        <div className="notice notice--warning">
          <h2 className="h-small">{tx.edit.changesRequested}</h2>
          <p>{changeRequest.comment}</p>
        </div>
      ) : null}
      {notSubmitted ? (
        <p className="notice notice--warning" role="status" data-testid="saved-not-submitted">
          {tx.savedNotSubmitted({ count: summarize(errors, labels).length })}
        </p>
      ) : null}
      <ErrorSummary errors={errors} labels={labels} />
      {done && !actionData ? (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      {!hasErrors && saved && !section ? (
        <div className="notice notice--success" role="status">
          <p>{noticeList.length ? tx.savedWithProblems({ count: noticeList.length }) : tx.saved}</p>
          {noticeList.length ? (
            <>
              <h2 className="h-small">{tx.stillToDo}</h2>
              <ul>
                {noticeList.map((notice) => (
                  <li key={notice.name}>
                    <a href={`#${fieldId(notice.name)}`}>
                      {notice.label ? `${notice.label}: ${showProblem(t, notice.message)}` : showProblem(t, notice.message)}
                    </a>
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
        savedSection={hasErrors ? null : section}
      />
    </>
  );
}

export { ErrorBoundary } from "~/root";
