/** Renders HTML that the server produced with renderMarkdown (already sanitized). */
export function SanitizedHtml({ html, className, lang }: { html: string; className?: string; lang?: string }) {
  return <div className={className ?? "prose"} lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
