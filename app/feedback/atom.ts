import { Feed } from "feed";
import { textAsHtml, xmlEscape, xmlSafe } from "~/exports/xml";
import type { Language } from "~/i18n/languages.mjs";
import { textFor } from "~/i18n/text";
import type { Text } from "~/i18n/text-types";
import type { PublicThread } from "./entry-feedback.server";
import { feedbackTypeTitle } from "./feedback-types";

type FeedInput = {
  origin: string;
  entry: { publicId: string; name: string; publishedAt: Date | null };
  organisationName: string;
  threads: PublicThread[];
  /** The language of the feed's own words (titles, "Answer from"); what people wrote stays as written. */
  language: Language;
};

function threadText(thread: PublicThread, organisationName: string, t: Text) {
  const answers = thread.answers.map((a) => `\n\n${t.feedback.answerFrom({ org: organisationName })} (${a.at.slice(0, 10)}):\n${a.body}`).join("");
  return `${thread.text}${answers}`;
}

/** An Atom 1.0 feed of an entry's published threads and their answers; what people wrote is shown as text, never as markup. */
export function feedbackAtomFeed({ origin, entry, organisationName, threads, language }: FeedInput): string {
  const text = textFor(language);
  const page = `${origin}/algorithms/${entry.publicId}`;
  const updated =
    threads
      .map((t) => t.updatedAt)
      .sort()
      .at(-1) ?? (entry.publishedAt ?? new Date(0)).toISOString();
  const feed = new Feed({
    id: `${page}/feedback.atom`,
    title: xmlSafe(text.feedback.feedTitle({ entry: entry.name })),
    updated: new Date(updated),
    author: { name: xmlSafe(organisationName) },
    feed: `${page}/feedback.atom`,
    link: page,
    generator: false,
  });
  for (const t of threads) {
    feed.addItem({
      id: `${page}#feedback-${t.reference}`,
      title: xmlEscape(`${feedbackTypeTitle(text, t.type)} ${t.reference}`),
      link: `${page}#feedback-${t.reference}`,
      date: new Date(t.updatedAt),
      published: new Date(t.receivedAt),
      content: textAsHtml(threadText(t, organisationName, text)),
    });
  }
  return `${feed.atom1()}\n`;
}
