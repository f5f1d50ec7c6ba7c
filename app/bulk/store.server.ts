/**
 * Stores checked spreadsheet rows as drafts of one organisation, all in one transaction: a row whose own id
 * (`sourceSystem` "own:<organisationId>", `sourceId`) is new creates a draft; one the organisation already
 * filed updates that entry's working draft (a published entry gets a new draft revision, as in the form).
 * Fields without a column in the file are kept. Entries waiting for approval or retired are refused.
 */
import { recordAudit } from "~/audit/audit.server";
import { defaultEntryLanguage, nameOf, newPublicId } from "~/entries/entries.server";
import { draftColumns, readDocument, storedDraft, UnreadableDocumentError } from "~/entries/documents.server";
import { emptyEntry, sanitizeDraft, type EntryDraft } from "~/entries/entry-schema";
import { problem } from "~/i18n/problem";
import { db } from "~/utils/db.server";
import { applyValues, type BulkProblem, type BulkRow } from "./rows";

export const ownSourceSystem = (organisationId: string) => `own:${organisationId}`;

export type StoredRow = { row: number; id: string; publicId: string; name: string; outcome: "created" | "updated" | "unchanged" };

export type StoreOutcome = { ok: true; stored: StoredRow[] } | { ok: false; problems: BulkProblem[] };

type Existing = { id: string; publicId: string; state: string; draft: string; draftSchemaVersion: number | null };

// Bulk files of a few hundred rows: the limit only catches a stuck write.
const TIMEOUT_MS = 60_000;

/** `idHeading`: the own-id column's heading in the file, for the problems it names. */
export async function storeRows(
  actor: { id: string },
  organisationId: string,
  rows: BulkRow[],
  { idHeading, fileName }: { idHeading: string; fileName: string },
): Promise<StoreOutcome> {
  const sourceSystem = ownSourceSystem(organisationId);
  const found = await db.entry.findMany({
    where: { sourceSystem, sourceId: { in: rows.map((r) => r.sourceId) } },
    select: { id: true, publicId: true, state: true, draft: true, draftSchemaVersion: true, sourceId: true },
  });
  const existing = new Map<string, Existing>(found.map((e) => [e.sourceId!, e]));

  const problems: BulkProblem[] = [];
  const language = await defaultEntryLanguage(organisationId);
  const plans = rows.map((row) => {
    const entry = existing.get(row.sourceId);
    if (!entry) return { row, doc: sanitizeDraft(applyValues(emptyEntry(language), row.values)) };
    if (entry.state === "submitted" || entry.state === "archived") {
      const message = problem(entry.state === "submitted" ? "bulk.problems.waitingForApproval" : "bulk.problems.retired", { publicId: entry.publicId });
      problems.push({ row: row.number, column: idHeading, message });
      return null;
    }
    let current: EntryDraft;
    try {
      current = readDocument(storedDraft(entry), { entryId: entry.id });
    } catch (error) {
      if (!(error instanceof UnreadableDocumentError)) throw error;
      problems.push({ row: row.number, column: idHeading, message: problem("entries.validation.unreadable") });
      return null;
    }
    const doc = sanitizeDraft(applyValues(current, row.values));
    return { row, doc, entry, unchanged: JSON.stringify(doc) === JSON.stringify(sanitizeDraft(current)) };
  });
  if (problems.length) return { ok: false, problems };

  const needed = plans.filter((plan) => plan && !plan.entry).length;
  const freshIds: string[] = [];
  while (freshIds.length < needed) {
    const id = await newPublicId();
    if (!freshIds.includes(id)) freshIds.push(id);
  }

  const stored = await db.$transaction(
    async (tx) => {
      const out: StoredRow[] = [];
      for (const plan of plans) {
        if (!plan) continue;
        const { row, doc } = plan;
        const details = { via: "spreadsheet", file: fileName, row: row.number };
        if (!plan.entry) {
          const created = await tx.entry.create({
            data: {
              publicId: freshIds.shift()!,
              organisationId,
              name: nameOf(doc),
              ...draftColumns(doc),
              createdById: actor.id,
              sourceSystem,
              sourceId: row.sourceId,
            },
            select: { id: true, publicId: true },
          });
          await recordAudit({ actorId: actor.id, action: "entry.created", subjectType: "entry", subjectId: created.id, entryId: created.id, details }, tx);
          out.push({ row: row.number, ...created, name: nameOf(doc), outcome: "created" });
          continue;
        }
        const { entry } = plan;
        if (plan.unchanged) {
          out.push({ row: row.number, id: entry.id, publicId: entry.publicId, name: nameOf(doc), outcome: "unchanged" });
          continue;
        }
        // As in the form: editing a published entry opens a new draft revision; the public page keeps the last version.
        const state = entry.state === "published" ? "draft" : entry.state;
        await tx.entry.update({ where: { id: entry.id }, data: { ...draftColumns(doc), name: nameOf(doc), state } });
        await recordAudit({ actorId: actor.id, action: "entry.draft_saved", subjectType: "entry", subjectId: entry.id, entryId: entry.id, details }, tx);
        out.push({ row: row.number, id: entry.id, publicId: entry.publicId, name: nameOf(doc), outcome: "updated" });
      }
      const count = (outcome: StoredRow["outcome"]) => out.filter((r) => r.outcome === outcome).length;
      await recordAudit(
        {
          actorId: actor.id,
          action: "entries.bulk_filed",
          subjectType: "organisation",
          subjectId: organisationId,
          details: { file: fileName, created: count("created"), updated: count("updated"), unchanged: count("unchanged") },
        },
        tx,
      );
      return out;
    },
    { timeout: TIMEOUT_MS },
  );
  return { ok: true, stored };
}
