import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { CsrfInput, TextArea, TextField } from "~/components/forms";
import { readDocument, readOrSkip, storedDraft } from "~/entries/documents.server";
import { requireEditableEntry } from "~/entries/entries.server";
import { fieldLabel } from "~/entries/standard-text";
import { translationFormSchema } from "~/entries/translation-schemas";
import { languageName, languageTag, TRANSLATABLE_FIELDS, translatedFields, translationTargets } from "~/entries/translations";
import { saveTranslation } from "~/entries/translations.server";
import { EDITABLE_STATES, type EntryState } from "~/entries/workflow";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { confirmation } from "~/i18n/confirmation";
import { languageOf, pathIn, textOf } from "~/i18n/language.server";
import { isLanguage } from "~/i18n/languages.mjs";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { readForm } from "~/utils/form.server";
import { storageUnavailable, UNAVAILABLE, withStorageErrors } from "~/utils/storage-errors.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

/** Staff of the entry's organisation, while the entry can be edited; `?into=nl` picks the language. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const entry = await requireEditableEntry(user, params.id ?? "");
  if (!EDITABLE_STATES.includes(entry.state as EntryState)) throw redirect(pathIn(request, `/entries/${entry.id}`));
  const doc = readOrSkip(() => readDocument(storedDraft(entry), { entryId: entry.id }));
  if (!doc) throw redirect(pathIn(request, `/entries/${entry.id}`));
  const t = textOf(request);
  const page = languageOf(request);
  const targets = translationTargets(doc.language);
  const asked = new URL(request.url).searchParams.get("into");
  const into = isLanguage(asked) && targets.includes(asked) ? asked : (targets[0] ?? null);
  const original = languageTag(doc.language);
  const translation = into ? translatedFields(doc, into) : {};
  return {
    title: `${t.translations.form.title}: ${entry.name} – ${t.site.name}`,
    entry: { id: entry.id, name: entry.name },
    original: original ? { tag: original, name: languageName(original, page) } : null,
    into: into ? { language: into, name: languageName(into, page) } : null,
    others: targets.filter((l) => l !== into).map((l) => ({ language: l, name: languageName(l, page) })),
    originals: Object.fromEntries(TRANSLATABLE_FIELDS.map((f) => [f, doc[f] ?? ""])) as Record<(typeof TRANSLATABLE_FIELDS)[number], string>,
    values: Object.fromEntries(TRANSLATABLE_FIELDS.map((f) => [f, translation[f] ?? ""])) as Record<string, string>,
    done: confirmation(t.translations.form.done, new URL(request.url).searchParams.get("done")),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(await readForm(request), translationFormSchema);
  const values = parsed.values as Record<string, string>;
  if (!parsed.ok) return data({ errors: parsed.errors, values }, { status: 400 });
  const entryId = params.id ?? "";
  const result = await withStorageErrors(() => saveTranslation(user, entryId, parsed.data));
  if (result === UNAVAILABLE) return storageUnavailable(values);
  if (!result.ok) return data({ errors: result.errors, values }, { status: 400 });
  throw redirect(pathIn(request, `/entries/${entryId}/translation?${new URLSearchParams({ into: parsed.data.language, done: "saved" })}`));
}

export default function EntryTranslation() {
  const { entry, original, into, others, originals, values, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const to = useLocalePath();
  const { errors, formProps } = useValidatedForm(translationFormSchema, { serverErrors: actionData?.errors });
  const typed = actionData?.values ?? values;
  const labels = Object.fromEntries(TRANSLATABLE_FIELDS.map((f) => [f, fieldLabel(t, f)]));
  return (
    <div className="prose">
      <p className="muted">
        <Link to={to(`/entries/${entry.id}/edit`)}>{t.translations.form.back}</Link>
      </p>
      <h1>{into ? t.translations.form.heading({ language: into.name, name: entry.name }) : t.translations.form.title}</h1>
      {done && !actionData ? (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      {!original || !into ? (
        <p className="notice notice--warning">{t.translations.form.noLanguage}</p>
      ) : (
        <>
          <p>{t.translations.form.originalLanguage({ language: original.name })}</p>
          <p>{t.translations.form.intro({ language: into.name })}</p>
          <p className="muted">{t.translations.form.remove}</p>
          {others.length ? (
            <nav aria-label={t.translations.form.otherLanguages}>
              <ul>
                {others.map((o) => (
                  <li key={o.language}>
                    <Link to={to(`/entries/${entry.id}/translation?into=${o.language}`)}>{t.translations.editLink({ language: o.name })}</Link>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <ErrorSummary errors={errors} labels={{ language: t.translations.form.language, ...labels }} />
          <Form method="post" {...formProps}>
            <CsrfInput />
            <input type="hidden" name="language" value={into.language} />
            {TRANSLATABLE_FIELDS.map((f) => {
              const Field = f === "name" ? TextField : TextArea;
              return (
                <div key={f} className="translation-field">
                  <Field name={f} label={labels[f]} defaultValue={String(typed[f] ?? "")} error={errors[f]} lang={into.language} />
                  {originals[f] ? (
                    <details>
                      <summary>{t.translations.form.original}</summary>
                      <p lang={original.tag} className="translation-original">
                        {originals[f]}
                      </p>
                    </details>
                  ) : null}
                </div>
              );
            })}
            <button type="submit">{t.translations.form.save}</button>
          </Form>
        </>
      )}
    </div>
  );
}

export { ErrorBoundary } from "~/root";
