/**
 * The rows every bulk export is built from, in one query each (no N+1): the
 * current version of every public entry, or every version. Documents were
 * sanitised when they were published, so they are read with a plain JSON.parse
 * (a schema pass over 50,000 documents would take seconds).
 */
import { publicView } from "~/entries/restricted";
import type { EntryDraft } from "~/entries/entry-schema";
import type { SuppliersById } from "~/procurement/procurement-export";
import { db } from "~/utils/db.server";
import { bulkReader } from "./bulk-read.server";

export type ExportRow = {
  entryId: string;
  publicId: string;
  state: "published" | "archived";
  firstPublishedAt: string | null;
  version: number;
  versionKind: string;
  publishedAt: string;
  changeNote: string;
  organisation: { slug: string; name: string; type: string; identifierScheme: string; identifier: string };
  doc: EntryDraft;
};

type Raw = {
  entryId: string;
  publicId: string;
  state: string;
  firstPublishedAt: string | number | null;
  number: number | bigint;
  kind: string;
  publishedAt: string | number;
  changeNote: string;
  data: string;
  orgSlug: string;
  orgName: string;
  orgType: string;
  orgScheme: string;
  orgIdentifier: string;
};

const isoOf = (v: string | number | null | Date) => (v === null ? null : new Date(typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v).toISOString());

/** Restricted-section entries are reduced to their public fields (see entries/restricted.ts). */
function parse(json: string): EntryDraft {
  try {
    const value = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? publicView(value) : {};
  } catch {
    return {};
  }
}

function toRow(r: Raw): ExportRow {
  return {
    entryId: r.entryId,
    publicId: r.publicId,
    state: r.state === "archived" ? "archived" : "published",
    firstPublishedAt: isoOf(r.firstPublishedAt),
    version: Number(r.number),
    versionKind: r.kind,
    publishedAt: isoOf(r.publishedAt)!,
    changeNote: r.changeNote,
    organisation: { slug: r.orgSlug, name: r.orgName, type: r.orgType, identifierScheme: r.orgScheme, identifier: r.orgIdentifier },
    doc: parse(r.data),
  };
}

const COLUMNS = `e.id AS entryId, e.publicId AS publicId, e.state AS state, e.firstPublishedAt AS firstPublishedAt,
  v.number AS number, v.kind AS kind, v.publishedAt AS publishedAt, v.changeNote AS changeNote, v.data AS data,
  o.slug AS orgSlug, o.name AS orgName, o.type AS orgType, o.identifierScheme AS orgScheme, o.identifier AS orgIdentifier`;

/** The current version of every published or retired entry, by public id. */
export async function currentVersionRows(): Promise<ExportRow[]> {
  const rows = bulkReader()
    .prepare(`SELECT ${COLUMNS} FROM Entry e JOIN EntryVersion v ON v.id = e.currentVersionId JOIN Organisation o ON o.id = e.organisationId ORDER BY e.publicId`)
    .all() as Raw[];
  return rows.map(toRow);
}

/**
 * The same rows as currentVersionRows, `pageSize` at a time in public id order, so a download can
 * stream 50,000 entries without holding their documents at once. Small pages die young (a page of
 * 1,000 documents survives into the old generation and nearly doubles the time spent in GC). Paged by
 * key rather than with one open iterator, which would keep the shared read connection busy.
 */
export async function* currentVersionPages(pageSize = 200): AsyncGenerator<ExportRow[]> {
  const page = bulkReader().prepare(
    `SELECT ${COLUMNS} FROM Entry e JOIN EntryVersion v ON v.id = e.currentVersionId JOIN Organisation o ON o.id = e.organisationId
     WHERE e.publicId > ? ORDER BY e.publicId LIMIT ?`,
  );
  let after = "";
  for (;;) {
    const rows = page.all(after, pageSize) as Raw[];
    if (rows.length === 0) return;
    yield rows.map(toRow);
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1].publicId;
  }
}

/** Every published version of every entry, by public id then version number. */
export async function allVersionRows(): Promise<ExportRow[]> {
  const rows = bulkReader()
    .prepare(`SELECT ${COLUMNS} FROM EntryVersion v JOIN Entry e ON e.id = v.entryId JOIN Organisation o ON o.id = e.organisationId WHERE e.currentVersionId IS NOT NULL ORDER BY e.publicId, v.number`)
    .all() as Raw[];
  return rows.map(toRow);
}

/** All supplier records in one query, for naming suppliers in exports. */
export async function allSuppliers(): Promise<SuppliersById> {
  const rows = await db.supplier.findMany({ select: { id: true, slug: true, name: true, scheme: true, identifier: true, country: true } });
  return Object.fromEntries(rows.map((s) => [s.id, s]));
}
