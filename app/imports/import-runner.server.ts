/**
 * Runs an import: maps each record, then stores them in batches, one transaction per batch with
 * new entries written in bulk. Imported entries are published directly under their organisation;
 * the source id keeps a re-import from duplicating them. A bad record is reported with its
 * position and reason and never stops the others: a batch that fails is stored again record by record.
 */
import { recordAudit } from "~/audit/audit.server";
import { publishImported, type ImportTx } from "~/entries/entries.server";
import { createImportedEntries, type ImportedNewEntry } from "~/entries/imported-entries.server";
import { sanitizeDraft, validateDraft, type EntryDraft } from "~/entries/entry-schema";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import { importText } from "~/i18n/imports.en";
import { db } from "~/utils/db.server";
import { csvColumns, formatMismatch, mismatchMessage } from "./detect-format";
import { IMPORT_FORMATS, SOURCE_LABELS, type ImportFormat } from "./formats";
import { loadImportLookups, type ImportedEntry, type ImportLookups } from "./import-lookups.server";
import type { ImportOutcome, ImportSource, ImportSummary, MappedRecord } from "./import-types";
import { nlListingSource } from "./nl-listing.import.server";
import { nlStandardSource } from "./nl-standard.import.server";
import { renameMovedOrganisations } from "./organisation-renames.server";
import { documentBeforeRetirement, retireMissing } from "./retire-missing.server";
import { withoutProvenanceContact } from "./provenance";
import { isPlainObject } from "./text";
import { ukAtrsListingSource } from "./uk-atrs-listing.import.server";

const SOURCES: Record<ImportFormat, ImportSource> = {
  "nl-1.0": nlStandardSource,
  "nl-listing": nlListingSource,
  "uk-atrs-listing": ukAtrsListingSource,
};

/** Records per transaction: one commit (and one disk sync) per batch instead of per record. */
const BATCH = 500;
// A batch of a few hundred records takes well under a second; the limit only catches a stuck write.
const BATCH_TIMEOUT_MS = 120_000;

/**
 * `partial`: the file is not the whole source register, so entries missing from it are not retired.
 * `choice`: how the refusal of a file of another format names the format to choose (the option's label by default).
 */
type Options = { actorId?: string | null; now?: Date; partial?: boolean; choice?: (format: ImportFormat) => string };

const optionLabel = (format: ImportFormat) => `“${IMPORT_FORMATS.find((f) => f.value === format)?.label ?? format}”`;
type Context = { format: ImportFormat; actorId: string | null; now: Date };

class RecordError extends Error {}

/** Reads the text of an uploaded or local file as JSON. A CSV file is in none of the formats (`wrongFormat`). */
export function parseImportText(text: string): { ok: true; json: unknown } | { ok: false; reason: string; wrongFormat?: boolean } {
  try {
    return { ok: true, json: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch (error) {
    const columns = csvColumns(text);
    if (columns) return { ok: false, reason: importText.noSupportedFormat(importText.found.csv(columns)), wrongFormat: true };
    return { ok: false, reason: `The file is not valid JSON (${(error as Error).message}).` };
  }
}

export async function runImport(format: ImportFormat, json: unknown, options: Options = {}): Promise<ImportOutcome> {
  // A file of another format would fail record by record: refuse it whole, before anything is stored.
  const mismatch = formatMismatch(format, json);
  if (mismatch) return { ok: false, reason: mismatchMessage(mismatch, options.choice ?? optionLabel), wrongFormat: true };
  const source = SOURCES[format];
  const list = source.records(json);
  if (!list.ok) return list;

  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, retired: 0, failed: [], warnings: [] };
  const mapped: Array<{ position: number; record: MappedRecord }> = [];
  list.items.forEach((item, index) => {
    const result = source.map(item);
    if (result.ok) mapped.push({ position: index + 1, record: result.record });
    if (result.ok) for (const message of result.warnings ?? []) summary.warnings.push({ position: index + 1, sourceId: result.record.sourceId, message });
    else summary.failed.push({ position: index + 1, sourceId: result.sourceId, reason: result.reason });
  });

  const lookups = await loadImportLookups(
    format,
    mapped.flatMap((m) => (m.record.sourceId ? [m.record.sourceId] : [])),
  );
  await renameMovedOrganisations(
    format,
    mapped.map((m) => m.record),
    lookups,
  );
  try {
    await lookups.preload(mapped.map((m) => m.record));
  } catch {
    // Each record then finds or creates its own, and only the one that fails is reported.
  }
  const context: Context = { format, actorId: options.actorId ?? null, now: options.now ?? new Date() };
  let batch: Write[] = [];
  const pendingSourceIds = new Set<string>();
  const flush = async () => {
    await storeBatch(batch, lookups, context, summary);
    batch = [];
    pendingSourceIds.clear();
  };
  for (const { position, record } of mapped) {
    // A source id seen twice in one file: the first must be stored before the second is compared with it.
    if (record.sourceId && pendingSourceIds.has(record.sourceId)) await flush();
    try {
      const write = await prepare(record, lookups, context);
      if (write === "unchanged") summary.unchanged++;
      else {
        batch.push({ ...write, position });
        if (record.sourceId) pendingSourceIds.add(record.sourceId);
      }
    } catch (error) {
      summary.failed.push({ position, sourceId: record.sourceId, reason: reasonOf(error) });
    }
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  summary.failed.sort((a, b) => a.position - b.position);
  // A record that failed still names its entry: it is in the source, so it is not retired.
  if (!options.partial)
    summary.retired = await retireMissing(format, [...mapped.map((m) => m.record.sourceId), ...summary.failed.map((f) => f.sourceId)], options);
  await recordAudit({
    actorId: context.actorId,
    action: "import.completed",
    subjectType: "import",
    subjectId: format,
    details: {
      created: summary.created,
      updated: summary.updated,
      unchanged: summary.unchanged,
      retired: summary.retired,
      failed: summary.failed.length,
      warnings: summary.warnings.length,
      partial: Boolean(options.partial),
    },
  });
  return { ok: true, summary };
}

type Provenance = { sourceSystem: ImportFormat; sourceId: string | null; sourceUrl: string | null };
type Organisation = ImportedNewEntry["organisation"];
type Create = { kind: "create"; record: MappedRecord; entry: ImportedNewEntry };
type Update = {
  kind: "update";
  record: MappedRecord;
  existing: ImportedEntry;
  doc: EntryDraft;
  organisation: Organisation;
  changed: boolean;
  back: boolean;
  provenance: Provenance;
};
type Write = (Create | Update) & { position: number };

/** Everything decided before writing: the document to store, or "unchanged", or a RecordError. */
async function prepare(record: MappedRecord, lookups: ImportLookups, { format }: Context): Promise<Create | Update | "unchanged"> {
  const organisation = await lookups.organisation(record.organisationName);
  const existing = record.sourceId ? lookups.existing.get(record.sourceId) : undefined;
  const fields = { ...record.fields };
  if (record.providerName) {
    const supplierId = await lookups.supplier(record.providerName);
    const current = existing?.doc?.procurement?.suppliers ?? [];
    fields.procurement = { inHouse: false, suppliers: current.some((s) => s.supplierId === supplierId) ? current : [{ supplierId, role: "developer" }] };
  }
  const provenance: Provenance = { sourceSystem: format, sourceId: record.sourceId ?? null, sourceUrl: record.sourceUrl ?? null };

  if (existing) {
    // A retired entry stays retired: the organisation decided so in this register. One retired only because
    // a full listing no longer held it comes back, from its last version before the retirement.
    const back = existing.state === "archived" && existing.retiredBySource;
    if (existing.state === "archived" && !back) return "unchanged";
    const base = back ? await documentBeforeRetirement(existing.id) : existing.doc;
    // Merging into an empty stand-in would publish a version without everything the source leaves out.
    if (!base) throw new RecordError("The register's stored version of this entry cannot be read, so it was not updated");
    const doc = checked(withoutProvenanceContact(merge(base, fields), [existing.sourceUrl, provenance.sourceUrl]));
    // A move to another organisation, or its new name, is a new version: the history shows the organisation of each.
    const changed =
      back ||
      stableJson(doc) !== stableJson(existing.doc) ||
      existing.organisationId !== organisation.id ||
      (existing.versionOrganisationName ?? organisation.name) !== organisation.name;
    if (!changed && existing.sourceUrl === provenance.sourceUrl) return "unchanged";
    return { kind: "update", record, existing, doc, organisation, changed, back, provenance };
  }

  const doc = checked({ ...record.defaults, ...fields });
  const publicId = lookups.takePublicId(record.preferredPublicIds);
  return {
    kind: "create",
    record,
    entry: { publicId, doc, organisation, provenance, changeNote: `Imported from ${SOURCE_LABELS[format]}`, ...fromSource(record) },
  };
}

/**
 * Stores a batch: the new entries in one transaction, the updates in another. When one fails,
 * its records are stored one by one, so only the bad ones fail.
 */
async function storeBatch(batch: Write[], lookups: ImportLookups, context: Context, summary: ImportSummary) {
  const creates = batch.filter((w) => w.kind === "create");
  const updates = batch.filter((w) => w.kind === "update");
  const createAll = async (writes: Write[]) =>
    createImportedEntries(
      writes.map((w) => (w as Create).entry),
      context,
    );
  const updateAll = (writes: Write[]) => db.$transaction((tx) => updateEntries(tx, writes as Update[], context), { timeout: BATCH_TIMEOUT_MS });
  for (const [writes, store] of [
    [creates, createAll],
    [updates, updateAll],
  ] as const) {
    if (!writes.length) continue;
    try {
      const ids = await store(writes);
      writes.forEach((write, i) => remember(write, ids[i], lookups, summary));
    } catch {
      for (const write of writes) {
        try {
          const [id] = await store([write]);
          remember(write, id, lookups, summary);
        } catch (error) {
          summary.failed.push({ position: write.position, sourceId: write.record.sourceId, reason: reasonOf(error) });
        }
      }
    }
  }
}

async function updateEntries(tx: ImportTx, updates: Update[], { format, actorId, now }: Context): Promise<string[]> {
  for (const { record, existing, doc, organisation, provenance, changed, back } of updates) {
    if (changed) {
      const changeNote = back ? `Back in ${SOURCE_LABELS[format]}` : `Updated from ${SOURCE_LABELS[format]}`;
      await publishImported(tx, {
        entryId: existing.id,
        doc,
        organisation,
        actorId,
        now,
        changeNote,
        details: provenance,
        known: { state: existing.state, lastVersionNumber: existing.versionNumber },
        ...fromSource(record),
      });
    }
    await tx.entry.update({ where: { id: existing.id }, data: { sourceUrl: provenance.sourceUrl, ...(back ? { archivedAt: null } : {}) } });
  }
  return updates.map((u) => u.existing.id);
}

/** Once committed: counts the record and keeps the lookups in step with the database. */
function remember(write: Write, entryId: string, lookups: ImportLookups, summary: ImportSummary) {
  if (write.kind === "create") {
    const { entry } = write;
    if (entry.provenance.sourceId)
      lookups.existing.set(entry.provenance.sourceId, {
        id: entryId,
        state: "published",
        organisationId: entry.organisation.id,
        versionOrganisationName: entry.organisation.name,
        retiredBySource: false,
        sourceUrl: entry.provenance.sourceUrl,
        versionNumber: 1,
        doc: entry.doc,
      });
    summary.created++;
    return;
  }
  const { existing, doc, organisation, changed, provenance } = write;
  if (changed)
    Object.assign(existing, {
      doc,
      organisationId: organisation.id,
      versionOrganisationName: organisation.name,
      retiredBySource: false,
      versionNumber: existing.versionNumber + 1,
      state: ["draft", "submitted", "changes_requested"].includes(existing.state) ? existing.state : "published",
    });
  existing.sourceUrl = provenance.sourceUrl;
  summary.updated++;
}

const fromSource = (record: MappedRecord) => ({ sourceDates: record.sourceDates, derivedFields: record.derivedFields });

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
  if (problems.length) throw new RecordError(problems.map(([path, message]) => `${path}: ${showProblem(textFor("en"), message)}`).join("; "));
  return clean;
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    isPlainObject(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

function reasonOf(error: unknown): string {
  if (error instanceof RecordError) return error.message;
  if (error instanceof Response) return error.statusText || `Refused (${error.status})`;
  // P2002 from Prisma, SQLITE_CONSTRAINT_UNIQUE from the bulk writer's own connection.
  if (["P2002", "SQLITE_CONSTRAINT_UNIQUE"].includes((error as { code?: string })?.code ?? "")) return "Another entry already uses this source id or public id";
  const message = error instanceof Error ? (error.message.split("\n").filter(Boolean).pop() ?? "") : String(error);
  return `The record could not be stored: ${message.slice(0, 200)}`;
}
