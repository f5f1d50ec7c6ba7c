/** Staff-side reading of entries: who may read a draft, its audit trail, and which workflow actions a user may take. */
import { canActForOrganisation } from "~/auth/guards.server";
import { hasPermission } from "~/auth/roles";
import { db } from "~/utils/db.server";
import { forbidden, notFound } from "~/utils/http.server";
import { readDocument, readOrSkip, storedDraft } from "./documents.server";
import type { Actor } from "./entries.server";
import { EDITABLE_STATES, TRANSITIONS, type EntryState, type WorkflowAction } from "./workflow";

/** An entry with its working draft, for own-organisation staff, reviewers and admins only. */
export async function requireReadableEntry(actor: Actor, entryId: string) {
  const entry = await db.entry.findUnique({
    where: { id: entryId },
    select: {
      id: true,
      publicId: true,
      name: true,
      state: true,
      draft: true,
      draftSchemaVersion: true,
      organisationId: true,
      currentVersionId: true,
      publishedAt: true,
      lastReviewedAt: true,
      reviewDueAt: true,
      copiedFromId: true,
      organisation: { select: { name: true, slug: true } },
    },
  });
  if (!entry) notFound();
  if (!canActForOrganisation(actor, entry.organisationId, "entry:read-drafts:own")) forbidden();
  return entry;
}

export type UnreadableNotice = { part: "draft" | "published"; version?: number };

/**
 * The stored documents of an entry that cannot be read (each logged), so its staff page says so
 * instead of the entry looking empty: the working draft and the current published version.
 */
export async function unreadableDocuments(entry: {
  id: string;
  draft: string;
  draftSchemaVersion: number | null;
  currentVersionId: string | null;
}): Promise<UnreadableNotice[]> {
  const out: UnreadableNotice[] = [];
  if (readOrSkip(() => readDocument(storedDraft(entry), { entryId: entry.id })) === null) out.push({ part: "draft" });
  if (entry.currentVersionId) {
    const v = await db.entryVersion.findUniqueOrThrow({ where: { id: entry.currentVersionId }, select: { number: true, data: true, schemaVersion: true } });
    if (readOrSkip(() => readDocument(v, { entryId: entry.id, version: v.number })) === null) out.push({ part: "published", version: v.number });
  }
  return out;
}

/** The workflow actions this actor may take on an entry in its current state. */
export function allowedActions(actor: Actor, entry: { organisationId: string; state: string }): WorkflowAction[] {
  return (Object.keys(TRANSITIONS) as WorkflowAction[]).filter((action) => {
    const rule = TRANSITIONS[action];
    if (rule.notOfferedWith && hasPermission(actor.role, rule.notOfferedWith)) return false;
    return (
      rule.from.includes(entry.state as EntryState) &&
      hasPermission(actor.role, rule.permission) &&
      canActForOrganisation(actor, entry.organisationId, rule.permission)
    );
  });
}

export function canEditDraft(actor: Actor, entry: { organisationId: string; state: string }) {
  return EDITABLE_STATES.includes(entry.state as EntryState) && canActForOrganisation(actor, entry.organisationId, "entry:edit:own");
}

/** Who did what and when, with any comment, oldest first. */
export async function entryAuditTrail(entryId: string) {
  const rows = await db.auditLog.findMany({
    where: { entryId },
    orderBy: { at: "asc" },
    select: { id: true, at: true, action: true, comment: true, actorId: true, apiClientId: true, details: true },
  });
  const present = (ids: Array<string | null>) => [...new Set(ids.filter((x): x is string => Boolean(x)))];
  const [users, clients] = await Promise.all([
    db.user.findMany({ where: { id: { in: present(rows.map((r) => r.actorId)) } }, select: { id: true, name: true } }),
    db.apiClient.findMany({ where: { id: { in: present(rows.map((r) => r.apiClientId)) } }, select: { id: true, name: true } }),
  ]);
  const names = new Map(users.map((u) => [u.id, u.name]));
  const clientNames = new Map(clients.map((c) => [c.id, c.name]));
  return rows.map((r) => {
    // A change made through the API names its client ("via API client X").
    const apiClient = (!r.actorId && r.apiClientId && clientNames.get(r.apiClientId)) || null;
    return { id: r.id, at: r.at, action: r.action, comment: r.comment, apiClient, actor: (r.actorId && names.get(r.actorId)) || apiClient || "System" };
  });
}
