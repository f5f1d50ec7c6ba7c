/**
 * One bulk-export row: the current (or a past) published version of an entry with its organisation,
 * read as an array by better-sqlite3 and turned into an ExportRow. Pure, so the export worker
 * (export.worker.ts) builds rows exactly as the server does.
 */
import { logUnreadable, parseStoredDocument, UnreadableDocumentError } from "~/entries/document-upgrades";
import { publicView } from "~/entries/restricted";
import type { EntryDraft } from "~/entries/entry-schema";

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

// Rows are read as arrays (better-sqlite3's raw mode), in this column order: no object per row.
export const EXPORT_COLUMNS = `e.id, e.publicId, e.state, e.firstPublishedAt, v.number, v.kind, v.publishedAt, v.changeNote, v.data,
  v.schemaVersion, o.slug, o.name, o.type, o.identifierScheme, o.identifier`;
export type RawExportRow = [
  entryId: string,
  publicId: string,
  state: string,
  firstPublishedAt: string | number | null,
  number: number | bigint,
  kind: string,
  publishedAt: string | number,
  changeNote: string,
  data: string,
  schemaVersion: number | bigint | null,
  orgSlug: string,
  orgName: string,
  orgType: string,
  orgScheme: string,
  orgIdentifier: string,
];

// Prisma stores DateTime as ISO text with "+00:00" (or, from older writers, epoch milliseconds).
const ISO_UTC = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3})(?:\+00:00|Z)$/;
function isoOf(v: string | number | null): string | null {
  if (v === null) return null;
  if (typeof v === "string") {
    const utc = ISO_UTC.exec(v);
    if (utc) return `${utc[1]}Z`;
    if (/^\d+$/.test(v)) return new Date(Number(v)).toISOString();
  }
  return new Date(v).toISOString();
}

/**
 * The row, or null (logged) when its document cannot be read: exports leave that entry out.
 * Restricted-section entries are reduced to their public fields (see entries/restricted.ts).
 */
export function toExportRow(r: RawExportRow): ExportRow | null {
  const [
    entryId,
    publicId,
    state,
    firstPublishedAt,
    number,
    kind,
    publishedAt,
    changeNote,
    data,
    schemaVersion,
    slug,
    name,
    type,
    identifierScheme,
    identifier,
  ] = r;
  let doc: EntryDraft;
  try {
    // Documents were sanitised when they were stored: no schema pass here, only the version check.
    doc = publicView(
      parseStoredDocument({ data, schemaVersion: schemaVersion === null ? null : Number(schemaVersion) }, { entryId, version: Number(number) }) as EntryDraft,
    );
  } catch (error) {
    if (!(error instanceof UnreadableDocumentError)) throw error;
    logUnreadable(error);
    return null;
  }
  return {
    entryId,
    publicId,
    state: state === "archived" ? "archived" : "published",
    firstPublishedAt: isoOf(firstPublishedAt),
    version: Number(number),
    versionKind: kind,
    publishedAt: isoOf(publishedAt)!,
    changeNote,
    organisation: { slug, name, type, identifierScheme, identifier },
    doc,
  };
}

/** The current version of every published or retired entry, in public id order; `where` narrows it. */
export const currentVersionSql = (where = "") =>
  `SELECT ${EXPORT_COLUMNS} FROM Entry e JOIN EntryVersion v ON v.id = e.currentVersionId JOIN Organisation o ON o.id = e.organisationId ${where ? `WHERE ${where} ` : ""}ORDER BY e.publicId`;
