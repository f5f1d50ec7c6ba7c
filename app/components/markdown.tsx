/** Renders HTML that the server produced with renderMarkdown (already sanitized). */
export function SanitizedHtml({ html, className }: { html: string; className?: string }) {
  return <div className={className ?? "prose"} dangerouslySetInnerHTML={{ __html: html }} />;
}
