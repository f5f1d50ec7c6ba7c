/**
 * Stored entry documents carry the schema version they were written under (EntryVersion.schemaVersion,
 * Entry.draftSchemaVersion). Reading an older one runs it through the upgrade steps below, in order;
 * a document that cannot be read is an UnreadableDocumentError, never an empty or a stripped entry.
 * No zod here: bulk readers (exports, search) use this on every document. See decision record 005.
 */

export type StoredDocument = { data: string; schemaVersion: number | null };

/** Where a stored document lives: an entry's working draft, or one of its published versions. */
export type DocumentRef = { entryId: string; version?: number };

export type UpgradeStep = {
  from: number;
  to: number;
  /** What changed between the two versions, for whoever reads the list. */
  change: string;
  upgrade: (doc: Record<string, unknown>) => Record<string, unknown>;
};

/** Drops JSON nulls (in lists too): version 1 documents hold no nulls, an empty value is absent. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== null).map(withoutNulls);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = withoutNulls(v);
    return out;
  }
  return value;
}

/** Every change of the document schema, oldest first; the last `to` is the current version. */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [
  {
    from: 0,
    to: 1,
    change: "Documents stored before versions were recorded may hold null for an empty value; version 1 leaves it out.",
    upgrade: (doc) => withoutNulls(doc) as Record<string, unknown>,
  },
];

export const CURRENT_SCHEMA_VERSION = UPGRADE_STEPS[UPGRADE_STEPS.length - 1].to;

export class UnreadableDocumentError extends Error {
  readonly ref: DocumentRef;
  readonly reason: string;
  constructor(ref: DocumentRef, reason: string) {
    // Only ids, version numbers and field paths: never a value from the document.
    super(`Stored document of entry ${ref.entryId} (${ref.version === undefined ? "working draft" : `version ${ref.version}`}) cannot be read: ${reason}`);
    this.name = "UnreadableDocumentError";
    this.ref = ref;
    this.reason = reason;
  }
}

/** Logs why a document cannot be read: entry id, version and field paths only, no content. */
export function logUnreadable(error: UnreadableDocumentError) {
  console.error(error.message);
}

/** Brings a parsed document from `from` up to the current version, one step at a time. */
export function upgradeDocument(
  doc: Record<string, unknown>,
  from: number,
  ref: DocumentRef,
  steps: readonly UpgradeStep[] = UPGRADE_STEPS,
): Record<string, unknown> {
  const current = steps.length ? steps[steps.length - 1].to : from;
  if (!Number.isInteger(from) || from < 0) throw new UnreadableDocumentError(ref, `unknown schema version ${from}`);
  if (from > current) throw new UnreadableDocumentError(ref, `schema version ${from} is newer than this register knows (${current})`);
  let version = from;
  let out = doc;
  while (version < current) {
    const step = steps.find((s) => s.from === version);
    if (!step) throw new UnreadableDocumentError(ref, `no upgrade step from schema version ${version}`);
    out = step.upgrade(out);
    version = step.to;
  }
  return out;
}

/**
 * The stored JSON as a current-version object: JSON.parse, a type check and, for older documents only,
 * the upgrade steps. Values are not validated here (see readDocument in documents.server.ts for that).
 */
export function parseStoredDocument(stored: StoredDocument, ref: DocumentRef): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(stored.data);
  } catch {
    throw new UnreadableDocumentError(ref, "not valid JSON");
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new UnreadableDocumentError(ref, "not a JSON object");
  const version = stored.schemaVersion ?? 0;
  return version === CURRENT_SCHEMA_VERSION ? (value as Record<string, unknown>) : upgradeDocument(value as Record<string, unknown>, version, ref);
}
