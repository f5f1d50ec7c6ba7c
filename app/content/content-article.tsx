import type { ReactNode } from "react";
import { SanitizedHtml } from "~/components/markdown";
import type { Language } from "~/i18n/languages.mjs";
import { useLanguage, useT } from "~/i18n/text";

type Shown = { title: string; html: string; language: Language };

/**
 * A content page in the page's language. A page without a translation shows the English text under a
 * notice in the page's language, marked `lang="en"` so screen readers read it as English (WCAG 3.1.2).
 */
export function ContentArticle({ page, before }: { page: Shown; before?: ReactNode }) {
  const t = useT();
  const language = useLanguage();
  const untranslated = page.language !== language;
  return (
    <article>
      {before}
      {untranslated ? <p className="notice">{t.content.untranslated}</p> : null}
      <div lang={untranslated ? page.language : undefined}>
        <h1>{page.title}</h1>
        <SanitizedHtml html={page.html} />
      </div>
    </article>
  );
}
