import type { SessionUser } from "~/auth/session.server";
import { listOrganisationEntries, reviewStatus } from "~/entries/entries.server";
import { ENTRY_STATES, STATE_LABELS } from "~/entries/workflow";

/** Dashboard data for editors and approvers: their organisation's entries and review reminders. Null for other roles. */
export async function entriesPanel(user: SessionUser, now = new Date()) {
  if ((user.role !== "editor" && user.role !== "approver") || !user.organisationId) return null;
  const entries = await listOrganisationEntries(user.organisationId);
  const row = (e: (typeof entries)[number]) => ({
    id: e.id,
    publicId: e.publicId,
    name: e.name,
    state: e.state,
    updatedAt: e.updatedAt,
    reviewDueAt: e.reviewDueAt,
  });
  const published = entries.filter((e) => e.state === "published" && e.currentVersionId);
  return {
    organisation: user.organisation ? { name: user.organisation.name, slug: user.organisation.slug } : null,
    groups: ENTRY_STATES.map((state) => ({ state, label: STATE_LABELS[state], entries: entries.filter((e) => e.state === state).map(row) })).filter(
      (g) => g.entries.length > 0,
    ),
    overdue: published.filter((e) => reviewStatus(e.reviewDueAt, now) === "overdue").map(row),
    dueSoon: published.filter((e) => reviewStatus(e.reviewDueAt, now) === "due_soon").map(row),
    awaitingApproval: user.role === "approver" ? entries.filter((e) => e.state === "submitted").map(row) : null,
    total: entries.length,
  };
}
