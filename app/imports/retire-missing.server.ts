/**
 * After a full listing import: entries of that source which the file no longer holds are retired, with
 * the reason and the date, so they show as retired on their page and in the change feed.
 * A partial file (the import's `partial` flag) never comes here.
 */
import { readDocument, readOrSkip } from "~/entries/documents.server";
import { archiveInTransaction } from "~/entries/entries.server";
import type { EntryDraft } from "~/entries/entry-schema";
import { db } from "~/utils/db.server";
import type { ImportFormat } from "./formats";

export const NO_LONGER_IN_SOURCE = "No longer in the source register";

/** Only listings are the whole source register; a Dutch standard 1.0 file holds whatever its sender chose. */
export const FULL_LISTING_FORMATS: readonly ImportFormat[] = ["nl-listing", "uk-atrs-listing"];

/** Retires the published entries of `format` whose source id is not in `sourceIds`; returns how many. */
export async function retireMissing(
  format: ImportFormat,
  sourceIds: Array<string | undefined>,
  options: { actorId?: string | null; now?: Date } = {},
): Promise<number> {
  if (!FULL_LISTING_FORMATS.includes(format)) return 0;
  const present = new Set(sourceIds.filter((id): id is string => Boolean(id)));
  // A file that names no entry at all is far more likely a mistake than an emptied register.
  if (!present.size) return 0;
  const now = options.now ?? new Date();
  const candidates = await db.entry.findMany({
    where: { sourceSystem: format, state: { not: "archived" }, currentVersionId: { not: null } },
    select: { id: true, sourceId: true, currentVersionId: true, organisation: { select: { id: true, slug: true, name: true, type: true } } },
  });
  let retired = 0;
  for (const entry of candidates) {
    if (!entry.sourceId || present.has(entry.sourceId)) continue;
    await db.$transaction((tx) =>
      archiveInTransaction(tx, {
        entry,
        actorId: options.actorId ?? null,
        comment: NO_LONGER_IN_SOURCE,
        now,
        details: { sourceSystem: format, sourceId: entry.sourceId },
      }),
    );
    retired++;
  }
  return retired;
}

/** The document of the last version before the entry was retired, for an entry that is back in the source; null when unreadable. */
export async function documentBeforeRetirement(entryId: string): Promise<EntryDraft | null> {
  const version = await db.entryVersion.findFirst({
    where: { entryId, kind: { not: "archived" } },
    orderBy: { number: "desc" },
    select: { number: true, data: true, schemaVersion: true },
  });
  return version ? readOrSkip(() => readDocument(version, { entryId, version: version.number })) : null;
}
