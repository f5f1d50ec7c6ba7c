/** Saving an entry's translation into one language with its working draft (see translations.ts). */
import type { Language } from "~/i18n/languages.mjs";
import { problem } from "~/i18n/problem";
import { forbidden } from "~/utils/http.server";
import { readDocument, storedDraft, UnreadableDocumentError } from "./documents.server";
import { requireEditableEntry, saveDraft, type Actor } from "./entries.server";
import type { TranslationForm } from "./translation-schemas";
import { TRANSLATABLE_FIELDS, translationTargets, type Translations } from "./translations";
import { EDITABLE_STATES, type EntryState } from "./workflow";

export type SaveTranslationResult = { ok: true } | { ok: false; errors: Record<string, string> };

/** Replaces the draft's translation into `form.language` (every field empty: removes it); the rest of the draft stays as it is. */
export async function saveTranslation(actor: Actor, entryId: string, form: TranslationForm): Promise<SaveTranslationResult> {
  const entry = await requireEditableEntry(actor, entryId);
  if (!EDITABLE_STATES.includes(entry.state as EntryState)) forbidden();
  let doc;
  try {
    doc = readDocument(storedDraft(entry), { entryId });
  } catch (error) {
    if (error instanceof UnreadableDocumentError) return { ok: false, errors: { _form: problem("translations.form.unreadable") } };
    throw error;
  }
  if (!translationTargets(doc.language).length) return { ok: false, errors: { _form: problem("translations.form.noLanguage") } };
  if (!translationTargets(doc.language).includes(form.language)) return { ok: false, errors: { language: problem("translations.form.sameLanguage") } };
  const fields = Object.fromEntries(TRANSLATABLE_FIELDS.flatMap((f) => (form[f] ? [[f, form[f]]] : [])));
  const translations: Translations = { ...doc.translations };
  if (Object.keys(fields).length) translations[form.language as Language] = fields;
  else delete translations[form.language];
  await saveDraft(actor, entryId, { ...doc, translations });
  return { ok: true };
}
