/** Published versions as change events, for the Atom feed and the incremental-sync API. */
import { parseStoredDocument } from "~/entries/document-upgrades";
import { readOrSkip } from "~/entries/documents.server";
import { db } from "~/utils/db.server";

type ChangeKind = "published" | "new_version" | "retired";

export type Change = {
  kind: ChangeKind;
  publicId: string;
  name: string;
  organisation: string;
  version: number;
  publishedAt: Date;
  changeNote: string;
  /** The history page comparing this version with the one before, or null for a first publication. */
  diffPath: string | null;
  cursor: string;
};

function kindOf(v: { kind: string; number: number }): ChangeKind {
  if (v.kind === "archived") return "retired";
  return v.number === 1 ? "published" : "new_version";
}

const encodeCursor = (at: Date, id: string) => Buffer.from(`${at.toISOString()}|${id}`).toString("base64url");

function decodeCursor(cursor: string | null | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const date = new Date(at ?? "");
  return id && !Number.isNaN(date.getTime()) ? { at: date, id } : null;
}

const SELECT = {
  id: true,
  number: true,
  kind: true,
  publishedAt: true,
  changeNote: true,
  data: true,
  schemaVersion: true,
  organisationName: true,
  entry: { select: { id: true, publicId: true, organisation: { select: { name: true } } } },
} as const;

type Row = {
  id: string;
  number: number;
  kind: string;
  publishedAt: Date;
  changeNote: string;
  data: string;
  schemaVersion: number | null;
  organisationName: string | null;
  entry: { id: string; publicId: string; organisation: { name: string } };
};

// Only the name is needed: read without the schema pass, as the bulk exports do.
function nameOf(v: Row): string {
  const name = parseStoredDocument(v, { entryId: v.entry.id, version: v.number }).name;
  return typeof name === "string" && name ? name : v.entry.publicId;
}

/** A change, or null (logged) when its version's document cannot be read: it is left out. */
function toChange(v: Row): Change | null {
  const name = readOrSkip(() => nameOf(v));
  if (name === null) return null;
  return {
    kind: kindOf(v),
    publicId: v.entry.publicId,
    name,
    organisation: v.organisationName ?? v.entry.organisation.name, // the organisation at that version
    version: v.number,
    publishedAt: v.publishedAt,
    changeNote: v.changeNote,
    diffPath: v.number > 1 ? `/algorithms/${v.entry.publicId}/history?from=${v.number - 1}&to=${v.number}` : null,
    cursor: encodeCursor(v.publishedAt, v.id),
  };
}

/** The newest changes first (for the feed). */
export async function latestChanges(limit = 50): Promise<Change[]> {
  const rows = await db.entryVersion.findMany({ orderBy: [{ publishedAt: "desc" }, { id: "desc" }], take: limit, select: SELECT });
  return rows.map(toChange).filter((c): c is Change => c !== null);
}

/** Changes after `since` (exclusive) and after `cursor`, oldest first, `limit` at a time. */
export async function changesSince(opts: { since: Date | null; cursor: string | null; limit: number }) {
  const after = decodeCursor(opts.cursor);
  const where = {
    AND: [
      opts.since ? { publishedAt: { gt: opts.since } } : {},
      after ? { OR: [{ publishedAt: { gt: after.at } }, { publishedAt: after.at, id: { gt: after.id } }] } : {},
    ],
  };
  const rows = await db.entryVersion.findMany({ where, orderBy: [{ publishedAt: "asc" }, { id: "asc" }], take: opts.limit + 1, select: SELECT });
  const page = rows.slice(0, opts.limit);
  const last = page[page.length - 1];
  // The cursor follows the rows read, so a change left out never repeats or stops the sync.
  return {
    changes: page.map(toChange).filter((c): c is Change => c !== null),
    nextCursor: rows.length > opts.limit ? encodeCursor(last.publishedAt, last.id) : null,
  };
}
