/**
 * Runs an import: maps each record, then stores each in its own transaction. Imported entries are
 * published directly under their organisation; the source id keeps a re-import from duplicating them.
 * A bad record is reported with its position and reason and never stops the others.
 */
import { recordAudit } from "~/audit/audit.server";
import { draftColumns } from "~/entries/documents.server";
import { publishImported } from "~/entries/entries.server";
import { sanitizeDraft, validateDraft, type EntryDraft } from "~/entries/entry-schema";
import { LIMITS } from "~/entries/standard";
import { db } from "~/utils/db.server";
import { SOURCE_LABELS, type ImportFormat } from "./formats";
import { loadImportLookups, type ImportLookups } from "./import-lookups.server";
import type { ImportOutcome, ImportSource, ImportSummary, MappedRecord } from "./import-types";
import { nlListingSource } from "./nl-listing.import.server";
import { nlStandardSource } from "./nl-standard.import.server";
import { isPlainObject } from "./text";
import { ukAtrsListingSource } from "./uk-atrs-listing.import.server";

const SOURCES: Record<ImportFormat, ImportSource> = {
  "nl-1.0": nlStandardSource,
  "nl-listing": nlListingSource,
  "uk-atrs-listing": ukAtrsListingSource,
};

type Options = { actorId?: string | null; now?: Date };

class RecordError extends Error {}

/** Reads the text of an uploaded or local file as JSON. */
export function parseImportText(text: string): { ok: true; json: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, json: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch (error) {
    return { ok: false, reason: `The file is not valid JSON (${(error as Error).message}).` };
  }
}

export async function runImport(format: ImportFormat, json: unknown, options: Options = {}): Promise<ImportOutcome> {
  const source = SOURCES[format];
  const list = source.records(json);
  if (!list.ok) return list;

  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, failed: [], warnings: [] };
  const mapped: Array<{ position: number; record: MappedRecord }> = [];
  list.items.forEach((item, index) => {
    const result = source.map(item);
    if (result.ok) mapped.push({ position: index + 1, record: result.record });
    if (result.ok) for (const message of result.warnings ?? []) summary.warnings.push({ position: index + 1, sourceId: result.record.sourceId, message });
    else summary.failed.push({ position: index + 1, sourceId: result.sourceId, reason: result.reason });
  });

  const lookups = await loadImportLookups(format, mapped.flatMap((m) => (m.record.sourceId ? [m.record.sourceId] : [])));
  for (const { position, record } of mapped) {
    try {
      summary[await storeRecord(format, record, lookups, options)]++;
    } catch (error) {
      summary.failed.push({ position, sourceId: record.sourceId, reason: reasonOf(error) });
    }
  }
  summary.failed.sort((a, b) => a.position - b.position);
  await recordAudit({
    actorId: options.actorId ?? null,
    action: "import.completed",
    subjectType: "import",
    subjectId: format,
    details: { created: summary.created, updated: summary.updated, unchanged: summary.unchanged, failed: summary.failed.length, warnings: summary.warnings.length },
  });
  return { ok: true, summary };
}

async function storeRecord(format: ImportFormat, record: MappedRecord, lookups: ImportLookups, options: Options): Promise<"created" | "updated" | "unchanged"> {
  const now = options.now ?? new Date();
  const actorId = options.actorId ?? null;
  const organisation = await lookups.organisation(record.organisationName);
  const existing = record.sourceId ? lookups.existing.get(record.sourceId) : undefined;
  const fields = { ...record.fields };
  if (record.providerName) {
    const supplierId = await lookups.supplier(record.providerName);
    const current = existing?.doc?.procurement?.suppliers ?? [];
    fields.procurement = { inHouse: false, suppliers: current.some((s) => s.supplierId === supplierId) ? current : [{ supplierId, role: "developer" }] };
  }
  const provenance = { sourceSystem: format, sourceId: record.sourceId ?? null, sourceUrl: record.sourceUrl ?? null };

  if (existing) {
    // A retired entry stays retired: the organisation decided so in this register.
    if (existing.state === "archived") return "unchanged";
    // Merging into an empty stand-in would publish a version without everything the source leaves out.
    if (!existing.doc) throw new RecordError("The register's stored version of this entry cannot be read, so it was not updated");
    const doc = checked(merge(existing.doc, fields));
    const changed = stableJson(doc) !== stableJson(existing.doc) || existing.organisationId !== organisation.id;
    if (!changed && existing.sourceUrl === provenance.sourceUrl) return "unchanged";
    await db.$transaction(async (tx) => {
      if (changed) {
        await publishImported(tx, { entryId: existing.id, doc, organisation, actorId, now, changeNote: `Updated from ${SOURCE_LABELS[format]}`, details: provenance, known: { state: existing.state, lastVersionNumber: existing.versionNumber } });
      }
      await tx.entry.update({ where: { id: existing.id }, data: { sourceUrl: provenance.sourceUrl } });
    });
    if (changed) Object.assign(existing, { doc, organisationId: organisation.id, versionNumber: existing.versionNumber + 1, state: ["draft", "submitted", "changes_requested"].includes(existing.state) ? existing.state : "published" });
    existing.sourceUrl = provenance.sourceUrl;
    return "updated";
  }

  const doc = checked({ ...record.defaults, ...fields });
  const publicId = lookups.takePublicId(record.preferredPublicIds);
  const entryId = await db.$transaction(async (tx) => {
    const entry = await tx.entry.create({
      data: { publicId, organisationId: organisation.id, name: (doc.name ?? "").slice(0, LIMITS.name), ...draftColumns(doc), createdById: actorId, ...provenance },
      select: { id: true },
    });
    await publishImported(tx, { entryId: entry.id, doc, organisation, actorId, now, changeNote: `Imported from ${SOURCE_LABELS[format]}`, details: provenance, known: { state: "draft", lastVersionNumber: 0 } });
    return entry.id;
  });
  if (record.sourceId) lookups.existing.set(record.sourceId, { id: entryId, state: "published", organisationId: organisation.id, sourceUrl: provenance.sourceUrl, versionNumber: 1, doc });
  return "created";
}

/** Source fields over the current document; plain objects (lifecycle, procurement) merge key by key. */
function merge(current: EntryDraft, fields: Partial<EntryDraft>): EntryDraft {
  const out: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(fields)) {
    const cur = out[key];
    out[key] = isPlainObject(value) && isPlainObject(cur) ? { ...cur, ...value } : value;
  }
  return out as EntryDraft;
}

/** The document as it will be stored, or the first limit it breaks. */
function checked(doc: Partial<EntryDraft>): EntryDraft {
  const clean = sanitizeDraft(doc);
  const problems = Object.entries(validateDraft(clean));
  if (problems.length) throw new RecordError(problems.map(([path, message]) => `${path}: ${message}`).join("; "));
  return clean;
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (isPlainObject(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v));
}

function reasonOf(error: unknown): string {
  if (error instanceof RecordError) return error.message;
  if (error instanceof Response) return error.statusText || `Refused (${error.status})`;
  if ((error as { code?: string })?.code === "P2002") return "Another entry already uses this source id or public id";
  const message = error instanceof Error ? error.message.split("\n").filter(Boolean).pop() ?? "" : String(error);
  return `The record could not be stored: ${message.slice(0, 200)}`;
}
