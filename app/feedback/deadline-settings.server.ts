import { hasPermission } from "~/auth/roles";
import type { SessionUser } from "~/auth/session.server";
import { db } from "~/utils/db.server";

/** Organisations whose response deadline this user may change: all for admins, their own for approvers. */
export async function deadlineSettingsFor(user: Pick<SessionUser, "role" | "organisationId">) {
  if (hasPermission(user.role, "admin:manage")) {
    return db.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, feedbackDeadlineDays: true } });
  }
  if (hasPermission(user.role, "entry:publish:own") && user.organisationId) {
    return db.organisation.findMany({ where: { id: user.organisationId }, select: { id: true, name: true, feedbackDeadlineDays: true } });
  }
  return [];
}
