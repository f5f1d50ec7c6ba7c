/** The register's change feed as Atom 1.0 (RFC 4287): one entry per published version, newest first. */
import { Feed } from "feed";
import type { Change } from "./changes.server";
import { xmlEscape, xmlSafe } from "./xml";

const TITLES: Record<Change["kind"], (c: Change) => string> = {
  published: (c) => `Published: ${c.name}`,
  new_version: (c) => `New version ${c.version}: ${c.name}`,
  retired: (c) => `Retired: ${c.name}`,
};

export function changesAtomFeed(origin: string, changes: Change[], now = new Date()): string {
  const feed = new Feed({
    id: `${origin}/feed.atom`,
    title: "Public Algorithm Register: changes",
    description: "Publications, new versions and retirements of algorithm entries.",
    updated: changes[0]?.publishedAt ?? now,
    feed: `${origin}/feed.atom`,
    link: `${origin}/algorithms`,
    author: { name: "Public Algorithm Register" },
    generator: false,
  });
  for (const c of changes) {
    feed.addItem({
      id: `${origin}/algorithms/${c.publicId}/versions/${c.version}`,
      // The library marks titles and summaries as HTML: escape the plain text.
      title: xmlEscape(TITLES[c.kind](c)),
      link: `${origin}${c.diffPath ?? `/algorithms/${c.publicId}`}`,
      date: c.publishedAt,
      author: [{ name: xmlSafe(c.organisation) }],
      category: [{ term: c.kind }],
      description: xmlEscape([`${c.organisation}.`, c.changeNote].filter(Boolean).join(" ")),
    });
  }
  return `${feed.atom1()}\n`;
}
