/** A text's `lang` attribute on a page in `page`: set only when the text is in another language (WCAG 3.1.2). */
export function otherLanguage(text: string | null | undefined, page: string): string | undefined {
  return text && text !== page ? text : undefined;
}
