/** The register's change feed as Atom 1.0 (RFC 4287): one entry per published version, newest first. */
import type { Change } from "./changes.server";
import { xmlEscape as x } from "./xml";

const TITLES: Record<Change["kind"], (c: Change) => string> = {
  published: (c) => `Published: ${c.name}`,
  new_version: (c) => `New version ${c.version}: ${c.name}`,
  retired: (c) => `Retired: ${c.name}`,
};

export function changesAtomFeed(origin: string, changes: Change[], now = new Date()): string {
  const updated = (changes[0]?.publishedAt ?? now).toISOString();
  const items = changes.map((c) => {
    const link = `${origin}${c.diffPath ?? `/algorithms/${c.publicId}`}`;
    const summary = [`${c.organisation}.`, c.changeNote].filter(Boolean).join(" ");
    return `  <entry>
    <id>${x(`${origin}/algorithms/${c.publicId}/versions/${c.version}`)}</id>
    <title>${x(TITLES[c.kind](c))}</title>
    <updated>${c.publishedAt.toISOString()}</updated>
    <link rel="alternate" type="text/html" href="${x(link)}"/>
    <author><name>${x(c.organisation)}</name></author>
    <category term="${c.kind}"/>
    <summary>${x(summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${x(`${origin}/feed.atom`)}</id>
  <title>Public Algorithm Register: changes</title>
  <subtitle>Publications, new versions and retirements of algorithm entries.</subtitle>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${x(`${origin}/feed.atom`)}"/>
  <link rel="alternate" type="text/html" href="${x(`${origin}/algorithms`)}"/>
  <author><name>Public Algorithm Register</name></author>
${items.join("\n")}
</feed>
`;
}
