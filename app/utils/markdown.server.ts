import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "ul",
    "ol",
    "li",
    "a",
    "blockquote",
    "code",
    "pre",
    "h2",
    "h3",
    "h4",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "hr",
  ],
  allowedAttributes: { a: ["href", "title", "rel"], th: ["scope"] },
  allowedSchemes: ["https", "http", "mailto"],
  transformTags: {
    // Headings inside user content start at h2 so the page keeps one h1.
    h1: "h2",
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }),
  },
};

export type MarkdownOptions = {
  /** Changes each link's address before sanitizing (which still checks the result's scheme). */
  rewriteLink?: (href: string) => string;
};

function withLinkRewrite(rewriteLink: (href: string) => string): sanitizeHtml.IOptions {
  return {
    ...ALLOWED,
    transformTags: {
      ...ALLOWED.transformTags,
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, ...(attribs.href ? { href: rewriteLink(attribs.href) } : {}), rel: "noopener noreferrer" },
      }),
    },
  };
}

/** Markdown to HTML that is safe to render: marked passes raw HTML through, so always sanitize. */
export function renderMarkdown(markdown: string | null | undefined, options: MarkdownOptions = {}): string {
  if (!markdown) return "";
  const html = marked.parse(markdown, { async: false, gfm: true }) as string;
  return sanitizeHtml(html, options.rewriteLink ? withLinkRewrite(options.rewriteLink) : ALLOWED);
}
