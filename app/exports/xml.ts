// XML 1.0 forbids most control characters even when escaped.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Drops the characters XML 1.0 cannot hold; for text handed to a library that escapes but does not filter. */
export function xmlSafe(value: string): string {
  return value.replace(NOT_XML, "");
}

/** Escaping for XML text and attribute values; characters XML 1.0 forbids are dropped. */
export function xmlEscape(value: string): string {
  return xmlSafe(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/**
 * Plain text as the HTML an Atom feed built with `feed` carries (its titles, summaries and contents
 * are type="html"): escaped, so markup a citizen typed stays text; blank lines become paragraphs, line breaks <br>.
 */
export function textAsHtml(text: string): string {
  return xmlEscape(text)
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, "<br>\n")}</p>`)
    .join("\n");
}
