/** Small text helpers for mapping source records. */
import sanitizeHtml from "sanitize-html";
import TurndownService from "turndown";
import { NL_HTML_TAGS } from "~/entries/standard";

/** Trimmed text, or undefined when empty or not text. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return undefined;
  const t = value.trim();
  return t === "" ? undefined : t;
}

/** Shortens text to at most `max` characters at a sentence or word boundary, marking the cut with "…". */
export function truncate(value: string | undefined, max: number): string | undefined {
  if (value === undefined || value.length <= max) return value;
  const room = value.slice(0, max - 1);
  const sentence = Math.max(room.lastIndexOf(". "), room.lastIndexOf("! "), room.lastIndexOf("? "));
  if (sentence > max * 0.6) return room.slice(0, sentence + 1);
  const space = room.lastIndexOf(" ");
  const cut = space > max * 0.6 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,.;:–-]+$/u, "")}…`;
}

export function httpUrlOf(value: unknown): string | undefined {
  const t = textOf(value);
  if (!t) return undefined;
  try {
    const u = new URL(t);
    return u.protocol === "https:" || u.protocol === "http:" ? t : undefined;
  } catch {
    return undefined;
  }
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === "object" && !Array.isArray(v);

/** A `YYYY-MM-DD` date or an ISO timestamp as a Date; undefined when absent or not a real date. */
export function dateOf(value: unknown): Date | undefined {
  const t = textOf(value);
  if (!t || !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(t)) return undefined;
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(t) ? `${t}T00:00:00Z` : t);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/* ---------- HTML in source text ---------- */

/** A complete start or end tag, comment or doctype: text like "a < b" or "x<y" is not HTML. */
const TAG = /<(?:\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?|!--[\s\S]*?--|![a-z][^<>]*)>/i;

export function hasHtml(value: string): boolean {
  return TAG.test(value);
}

let markdown: TurndownService | undefined;

function toMarkdown(html: string): string {
  if (!markdown) {
    markdown = new TurndownService({ bulletListMarker: "-", br: "", headingStyle: "atx" });
    // The source is text with a few tags, not Markdown: its * _ [ ] stay as they are.
    markdown.escape = (text) => text;
    markdown.addRule("listItem", {
      filter: "li",
      replacement: (content, node) => {
        const parent = node.parentNode as HTMLElement | null;
        const index = parent ? Array.prototype.indexOf.call(parent.children, node) : 0;
        const marker = parent?.nodeName === "OL" ? `${index + 1}. ` : "- ";
        const body = content.trim().replace(/\n+/g, "\n" + " ".repeat(marker.length));
        return `${marker}${body}${node.nextSibling ? "\n" : ""}`;
      },
    });
  }
  return markdown.turndown(html);
}

const BLOCK_TAG_WITH_SPACE = new RegExp(`\\s*(</?(?:${NL_HTML_TAGS.join("|")})\\b[^<>]*>)\\s*`, "gi");

/**
 * Source text that may hold HTML, as the register's own text. With `keepStructure` (the standard's long
 * fields) its allowed tags (NL_HTML_TAGS) become Markdown paragraphs, line breaks and lists; without, the
 * text is run together on one line (the standard allows no tags there). Every other tag is removed, with
 * the content of scripts and styles and with all attributes (event handlers, `javascript:` links).
 * Text without tags is returned as given.
 */
export function htmlToText(value: string, keepStructure: boolean): string {
  if (!hasHtml(value)) return value;
  // Line breaks in the text are kept; those beside block tags are only layout of the HTML.
  const html = value.replace(BLOCK_TAG_WITH_SPACE, "$1").replace(/\r?\n/g, "<br>");
  const safe = sanitizeHtml(html, { allowedTags: [...NL_HTML_TAGS], allowedAttributes: {}, disallowedTagsMode: "discard" });
  let text = toMarkdown(safe);
  // Escaped tags in the source (`&lt;script&gt;`) are tags now: remove them too, leaving the text as it is.
  for (let pass = 0; pass < 5 && hasHtml(text); pass++) text = unescapeText(sanitizeHtml(text, { allowedTags: [], allowedAttributes: {} }));
  if (hasHtml(text)) text = text.replace(new RegExp(TAG.source, "gi"), "");
  text = text
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return keepStructure ? text : text.replace(/\s*\n\s*/g, " ");
}

/** Undoes the escaping sanitize-html applies to text. */
const unescapeText = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
