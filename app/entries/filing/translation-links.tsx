import { Link } from "@remix-run/react";
import { languageName, translationTargets } from "~/entries/translations";
import { useLanguage, useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";

/** On the edit page: where staff add or change the entry's translation into each of the register's other languages. */
export function TranslationLinks({ entryId, language }: { entryId: string; language: string | undefined }) {
  const t = useT();
  const page = useLanguage();
  const to = useLocalePath();
  const targets = translationTargets(language);
  if (!targets.length) return null;
  return (
    <div className="translation-links">
      <p className="muted">{t.translations.editLinkIntro}</p>
      <ul>
        {targets.map((l) => (
          <li key={l}>
            <Link to={to(`/entries/${entryId}/translation?into=${l}`)}>{t.translations.editLink({ language: languageName(l, page) })}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
