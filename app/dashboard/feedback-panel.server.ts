import type { SessionUser } from "~/auth/session.server";
import { hasPermission } from "~/auth/roles";
import { db } from "~/utils/db.server";

/** Dashboard data for moderators: new and overdue feedback (own organisation; every one for admins). */
export async function feedbackPanel(user: SessionUser, now = new Date()) {
  const any = hasPermission(user.role, "feedback:moderate:any");
  if (!any && !(hasPermission(user.role, "feedback:moderate:own") && user.organisationId)) return null;
  const scope = { withdrawnAt: null, ...(any ? {} : { organisationId: user.organisationId! }) };
  const overdueWhere = { ...scope, moderation: { not: "rejected" }, status: "received", answeredAt: null, deadlineAt: { lt: now } };
  const [pending, awaiting, overdueCount, overdue] = await Promise.all([
    db.feedbackThread.count({ where: { ...scope, moderation: "pending" } }),
    db.feedbackThread.count({ where: { ...scope, moderation: { not: "rejected" }, status: "received", answeredAt: null } }),
    db.feedbackThread.count({ where: overdueWhere }),
    db.feedbackThread.findMany({
      where: overdueWhere,
      orderBy: { deadlineAt: "asc" },
      take: 10,
      select: { id: true, reference: true, deadlineAt: true, entry: { select: { name: true } } },
    }),
  ]);
  return { pending, awaiting, overdueCount, overdue };
}
