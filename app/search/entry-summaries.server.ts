/** What a result list shows of each entry, read from its current published version only. */
import { stmt } from "./read-db.server";

export type EntrySummary = {
  publicId: string;
  name: string;
  descriptionShort: string;
  organisation: { slug: string; name: string };
  category: string | null;
  lifecycle: string | null;
  themes: string[];
  state: "published" | "archived";
  version: number;
  updatedAt: string;
};

type Row = {
  id: string;
  publicId: string;
  state: string;
  orgSlug: string;
  orgName: string;
  number: number;
  publishedAt: string | number;
  name: unknown;
  descriptionShort: unknown;
  category: unknown;
  lifecycle: unknown;
  themes: string | null;
};

// SQLite pulls the few fields out of the (large) version document, so no whole document is parsed here.
const SQL = `SELECT e.id AS id, e.publicId AS publicId, e.state AS state, o.slug AS orgSlug, o.name AS orgName,
  v.number AS number, v.publishedAt AS publishedAt,
  json_extract(v.data, '$.name') AS name, json_extract(v.data, '$.descriptionShort') AS descriptionShort,
  json_extract(v.data, '$.publicationCategory') AS category, json_extract(v.data, '$.lifecycle.status') AS lifecycle,
  json_extract(v.data, '$.themes') AS themes
  FROM json_each(?) j CROSS JOIN Entry e ON e.id = j.value
  JOIN Organisation o ON o.id = e.organisationId
  JOIN EntryVersion v ON v.id = e.currentVersionId`;

const text = (v: unknown) => (typeof v === "string" ? v : "");
const orNull = (v: unknown) => (typeof v === "string" && v ? v : null);

function themesOf(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const list: unknown = JSON.parse(raw);
    return Array.isArray(list) ? list.filter((t): t is string => typeof t === "string") : [];
  } catch {
    return [];
  }
}

/** Summaries in the order of `ids` (Entry.id values). */
export async function entrySummaries(ids: string[]): Promise<EntrySummary[]> {
  if (!ids.length) return [];
  const rows = stmt(SQL).all(JSON.stringify(ids)) as Row[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        publicId: r.publicId,
        name: text(r.name),
        descriptionShort: text(r.descriptionShort),
        organisation: { slug: r.orgSlug, name: r.orgName },
        category: orNull(r.category),
        lifecycle: orNull(r.lifecycle),
        themes: themesOf(r.themes),
        state: r.state === "archived" ? "archived" : "published",
        version: Number(r.number),
        updatedAt: new Date(r.publishedAt).toISOString(),
      },
    ];
  });
}
