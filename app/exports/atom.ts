/** The register's change feed as Atom 1.0 (RFC 4287): one entry per published version, newest first. */
import { Feed } from "feed";
import { localePath, type Language } from "~/i18n/languages.mjs";
import { textFor } from "~/i18n/text";
import type { Change } from "./changes.server";
import { xmlEscape, xmlSafe } from "./xml";

/**
 * `language`: the feed's words. `chosen`: the address asked for that language (`?lang=nl`), so the feed is
 * a feed of its own (its own id and self link) and links to the pages in that language; otherwise links go
 * to the addresses without prefix, which every visitor reads in their own language.
 */
export type FeedLanguage = { language: Language; chosen: boolean };

export function changesAtomFeed(
  origin: string,
  changes: Change[],
  { language, chosen }: FeedLanguage = { language: "en", chosen: false },
  now = new Date(),
): string {
  const t = textFor(language).feed;
  const page = (path: string) => origin + (chosen ? localePath(language, path) : path);
  const self = `${origin}/feed.atom${chosen ? `?lang=${language}` : ""}`;
  const titles: Record<Change["kind"], (c: Change) => string> = {
    published: (c) => t.published({ name: c.name }),
    new_version: (c) => t.newVersion({ name: c.name, version: c.version }),
    retired: (c) => t.retired({ name: c.name }),
  };
  const feed = new Feed({
    id: self,
    title: t.title,
    description: t.subtitle,
    language,
    updated: changes[0]?.publishedAt ?? now,
    feed: self,
    link: page("/algorithms"),
    author: { name: textFor(language).site.name },
    generator: false,
  });
  for (const c of changes) {
    feed.addItem({
      id: `${origin}/algorithms/${c.publicId}/versions/${c.version}`,
      // The library marks titles and summaries as HTML: escape the plain text.
      title: xmlEscape(titles[c.kind](c)),
      link: page(c.diffPath ?? `/algorithms/${c.publicId}`),
      date: c.publishedAt,
      author: [{ name: xmlSafe(c.organisation) }],
      category: [{ term: c.kind }],
      description: xmlEscape([`${c.organisation}.`, c.changeNote].filter(Boolean).join(" ")),
    });
  }
  return `${feed.atom1()}\n`;
}
