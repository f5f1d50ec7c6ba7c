/**
 * Who may file from a spreadsheet: approvers for their own organisation, administrators for any (they choose).
 * Editors file one entry at a time in the form: an upload creates or overwrites many of the organisation's
 * drafts at once, including drafts others are working on, which is the approver's call.
 */
import { requireRole } from "~/auth/guards.server";
import type { SessionUser } from "~/auth/session.server";
import { db } from "~/utils/db.server";

export const BULK_ROLES = ["approver", "admin"] as const;

export async function requireBulkFiler(request: Request): Promise<SessionUser> {
  return requireRole(request, BULK_ROLES);
}

/** The organisations the user may file for, by name. */
export async function bulkOrganisations(user: Pick<SessionUser, "role" | "organisationId">) {
  if (user.role === "admin") return db.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  if (user.role !== "approver" || !user.organisationId) return [];
  return db.organisation.findMany({ where: { id: user.organisationId }, select: { id: true, name: true } });
}

export function mayFileFor(user: Pick<SessionUser, "role" | "organisationId">, organisationId: string): boolean {
  return user.role === "admin" || (user.role === "approver" && user.organisationId === organisationId);
}
