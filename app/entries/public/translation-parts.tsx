/** The parts of the public pages that say which language an entry's texts are in. */
import { Fragment } from "react";
import { fieldLabel } from "~/entries/standard-text";
import { langAttribute, languageName, TRANSLATABLE_FIELDS, type ShownLanguage, type TranslatableField, type Translations } from "~/entries/translations";
import { LANGUAGES, type Language } from "~/i18n/languages.mjs";
import { useLanguage, useT } from "~/i18n/text";

/** "This entry is written in Dutch." when no translation into the page's language exists; "Translated from …" when one is shown. */
export function EntryLanguageNotice({ texts }: { texts: ShownLanguage | undefined }) {
  const t = useT();
  const page = useLanguage();
  if (!texts?.original || texts.shown === "same") return null;
  const language = languageName(texts.original, page);
  return (
    <p className="notice entry-language" role="note" data-testid="entry-language-notice">
      {texts.shown === "translation" ? t.translations.page.translated({ language }) : t.translations.page.writtenIn({ language })}
    </p>
  );
}

/** A history row's field label; a translated text's row names its language. */
export function DiffFieldLabel({ label, language }: { label: string; language?: Language }) {
  const t = useT();
  const page = useLanguage();
  return <>{language ? t.translations.diffLabel({ label, language: languageName(language, page) }) : label}</>;
}

/** For a page's entry texts: the `lang` attribute of a field (the entry's own language when none is given), set only when not the page's. */
export function useTextLanguage(texts: ShownLanguage | undefined): (field?: TranslatableField) => string | undefined {
  const page = useLanguage();
  return (field) => (field ? langAttribute(texts, field, page) : texts?.original && texts.original !== page ? texts.original : undefined);
}

/** For the approver: every translation in the submission, field by field, each text marked with its language. */
export function TranslationPreview({ translations }: { translations: Translations | undefined }) {
  const t = useT();
  const page = useLanguage();
  const languages = LANGUAGES.filter((l) => Object.values(translations?.[l] ?? {}).some((v) => v?.trim()));
  if (!languages.length) return null;
  return (
    <section aria-labelledby="translations-preview-title" data-testid="translations-preview">
      <h2 id="translations-preview-title">{t.translations.form.title}</h2>
      {languages.map((l) => (
        <div key={l}>
          <h3>{t.translations.editLink({ language: languageName(l, page) })}</h3>
          <dl className="summary">
            {TRANSLATABLE_FIELDS.filter((f) => translations?.[l]?.[f]?.trim()).map((f) => (
              <Fragment key={f}>
                <dt>{fieldLabel(t, f)}</dt>
                <dd lang={l === page ? undefined : l} className="translation-text">
                  {translations?.[l]?.[f]}
                </dd>
              </Fragment>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}
