import type { PublicThread } from "./entry-feedback.server";
import { FEEDBACK_TYPE_TITLES } from "./feedback-types";

// XML 1.0 forbids most control characters even when escaped.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlEscape(value: string): string {
  return value
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

type FeedInput = {
  origin: string;
  entry: { publicId: string; name: string; publishedAt: Date | null };
  organisationName: string;
  threads: PublicThread[];
};

function threadText(t: PublicThread, organisationName: string) {
  const answers = t.answers.map((a) => `\n\nAnswer from ${organisationName} (${a.at.slice(0, 10)}):\n${a.body}`).join("");
  return `${t.text}${answers}`;
}

/** An Atom 1.0 feed of an entry's published threads and their answers (text content only). */
export function feedbackAtomFeed({ origin, entry, organisationName, threads }: FeedInput): string {
  const page = `${origin}/algorithms/${entry.publicId}`;
  const self = `${page}/feedback.atom`;
  const updated = threads.map((t) => t.updatedAt).sort().at(-1) ?? (entry.publishedAt ?? new Date(0)).toISOString();
  const items = threads.map(
    (t) => `  <entry>
    <id>${xmlEscape(`${page}#feedback-${t.reference}`)}</id>
    <title>${xmlEscape(`${FEEDBACK_TYPE_TITLES[t.type] ?? t.type} ${t.reference}`)}</title>
    <updated>${t.updatedAt}</updated>
    <published>${t.receivedAt}</published>
    <link rel="alternate" href="${xmlEscape(`${page}#feedback-${t.reference}`)}"/>
    <content type="text">${xmlEscape(threadText(t, organisationName))}</content>
  </entry>`,
  );
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom">`,
    `  <id>${xmlEscape(self)}</id>`,
    `  <title>${xmlEscape(`Questions and answers: ${entry.name}`)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xmlEscape(organisationName)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(page)}"/>`,
    ...items,
    `</feed>`,
    "",
  ].join("\n");
}
