/** Published versions as change events, for the Atom feed and the incremental-sync API. */
import { parseDocument } from "~/entries/entries.server";
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
  entry: { select: { publicId: true, organisation: { select: { name: true } } } },
} as const;

type Row = { id: string; number: number; kind: string; publishedAt: Date; changeNote: string; data: string; entry: { publicId: string; organisation: { name: string } } };

function toChange(v: Row): Change {
  return {
    kind: kindOf(v),
    publicId: v.entry.publicId,
    name: parseDocument(v.data).name ?? v.entry.publicId,
    organisation: v.entry.organisation.name,
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
  return rows.map(toChange);
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
  const page = rows.slice(0, opts.limit).map(toChange);
  return { changes: page, nextCursor: rows.length > opts.limit ? page[page.length - 1].cursor : null };
}
