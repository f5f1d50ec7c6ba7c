import { hasPermission } from "~/auth/roles";
import type { SessionUser } from "~/auth/session.server";
import { db } from "~/utils/db.server";

const DAY = 86_400_000;
const ageInDays = (from: Date, now: Date) => Math.max(0, Math.floor((now.getTime() - from.getTime()) / DAY));

/** Facet rows that make a published entry "high risk" for oversight. */
const HIGH_RISK_FACETS = [
  { facet: "risk_level", value: "high" },
  { facet: "category", value: "A" },
  { facet: "eu_high_risk", value: "yes" },
] as const;

/**
 * Dashboard data for reviewers (and admins, read-only): the review queue, high-risk entries
 * without a concluded assessment, overdue reviews and counts per organisation. Null for everyone else.
 */
export async function reviewPanel(user: Pick<SessionUser, "role">, now = new Date()) {
  const reviewer = hasPermission(user.role, "assessment:review:any");
  if (!reviewer && !hasPermission(user.role, "admin:manage")) return null;

  const [queue, highRisk, overdue, all] = await Promise.all([
    db.assessment.findMany({
      where: { state: "submitted" },
      orderBy: [{ submittedAt: "asc" }, { createdAt: "asc" }],
      select: { id: true, submittedAt: true, createdAt: true, entry: { select: { name: true, publicId: true, organisation: { select: { name: true } } } } },
    }),
    db.entry.findMany({
      where: {
        state: "published",
        facets: { some: { OR: HIGH_RISK_FACETS.map((f) => ({ facet: f.facet, value: f.value })) } },
        assessments: { none: { state: "concluded" } },
      },
      orderBy: { publishedAt: "asc" },
      select: {
        id: true,
        name: true,
        publicId: true,
        organisation: { select: { name: true } },
        facets: { where: { OR: HIGH_RISK_FACETS.map((f) => ({ facet: f.facet, value: f.value })) }, select: { facet: true, value: true } },
      },
    }),
    db.assessment.findMany({
      where: { reviewDueAt: { lt: now } },
      orderBy: { reviewDueAt: "asc" },
      select: { id: true, state: true, reviewDueAt: true, entry: { select: { name: true, organisation: { select: { name: true } } } } },
    }),
    db.assessment.findMany({ select: { state: true, entry: { select: { organisation: { select: { id: true, name: true } } } } } }),
  ]);

  const perOrg = new Map<string, { organisation: string; draft: number; submitted: number; changes_requested: number; concluded: number }>();
  for (const a of all) {
    const org = a.entry.organisation;
    const row = perOrg.get(org.id) ?? { organisation: org.name, draft: 0, submitted: 0, changes_requested: 0, concluded: 0 };
    if (a.state in row) row[a.state as "draft"] += 1;
    perOrg.set(org.id, row);
  }

  return {
    readOnly: !reviewer,
    queue: queue.map((a) => ({
      id: a.id,
      entry: a.entry.name,
      publicId: a.entry.publicId,
      organisation: a.entry.organisation.name,
      submittedAt: (a.submittedAt ?? a.createdAt).toISOString(),
      ageDays: ageInDays(a.submittedAt ?? a.createdAt, now),
    })),
    highRiskWithoutAssessment: highRisk.map((e) => ({
      id: e.id,
      name: e.name,
      publicId: e.publicId,
      organisation: e.organisation.name,
      reasons: e.facets.map((f) => `${f.facet}=${f.value}`),
    })),
    overdue: overdue.map((a) => ({
      id: a.id,
      entry: a.entry.name,
      organisation: a.entry.organisation.name,
      state: a.state,
      reviewDueAt: a.reviewDueAt!.toISOString(),
      daysOverdue: ageInDays(a.reviewDueAt!, now),
    })),
    perOrganisation: [...perOrg.values()].sort((x, y) => x.organisation.localeCompare(y.organisation)),
  };
}
