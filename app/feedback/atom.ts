import { Feed } from "feed";
import { textAsHtml, xmlEscape, xmlSafe } from "~/exports/xml";
import type { PublicThread } from "./entry-feedback.server";
import { FEEDBACK_TYPE_TITLES } from "./feedback-types";

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

/** An Atom 1.0 feed of an entry's published threads and their answers; what people wrote is shown as text, never as markup. */
export function feedbackAtomFeed({ origin, entry, organisationName, threads }: FeedInput): string {
  const page = `${origin}/algorithms/${entry.publicId}`;
  const updated =
    threads
      .map((t) => t.updatedAt)
      .sort()
      .at(-1) ?? (entry.publishedAt ?? new Date(0)).toISOString();
  const feed = new Feed({
    id: `${page}/feedback.atom`,
    title: xmlSafe(`Questions and answers: ${entry.name}`),
    updated: new Date(updated),
    author: { name: xmlSafe(organisationName) },
    feed: `${page}/feedback.atom`,
    link: page,
    generator: false,
  });
  for (const t of threads) {
    feed.addItem({
      id: `${page}#feedback-${t.reference}`,
      title: xmlEscape(`${FEEDBACK_TYPE_TITLES[t.type] ?? t.type} ${t.reference}`),
      link: `${page}#feedback-${t.reference}`,
      date: new Date(t.updatedAt),
      published: new Date(t.receivedAt),
      content: textAsHtml(threadText(t, organisationName)),
    });
  }
  return `${feed.atom1()}\n`;
}
