/** Figures for /statistics, over published (not retired) entries, from the search facet rows. */
import { overallResponseStats } from "~/feedback/feedback-stats.server";
import { FACETS, type FacetKey } from "~/search/facets";
import { db } from "~/utils/db.server";

export type Bar = { value: string; label: string; count: number };

const PUBLISHED = `SELECT entryId FROM EntryFacet WHERE facet = 'state' AND value = 'published'`;

async function countsBy(facet: FacetKey): Promise<Bar[]> {
  const rows = await db.$queryRawUnsafe<Array<{ value: string; n: bigint | number }>>(
    `SELECT value, COUNT(*) AS n FROM EntryFacet WHERE facet = ? AND entryId IN (${PUBLISHED}) GROUP BY value`,
    facet,
  );
  const labels = FACETS.find((f) => f.key === facet)?.labels ?? {};
  const order = Object.keys(labels);
  return rows
    .map((r) => ({ value: r.value, label: labels[r.value] ?? r.value, count: Number(r.n) }))
    .sort((a, b) => (order.length ? order.indexOf(a.value) - order.indexOf(b.value) : b.count - a.count));
}

export async function registerStatistics() {
  const [total, assessed, byOrganisationType, byTheme, byRisk, byLifecycle, feedback] = await Promise.all([
    db.$queryRawUnsafe<Array<{ n: bigint | number }>>(`SELECT COUNT(*) AS n FROM (${PUBLISHED})`),
    db.$queryRawUnsafe<Array<{ n: bigint | number }>>(
      `SELECT COUNT(DISTINCT entryId) AS n FROM Assessment WHERE state IN ('submitted', 'concluded') AND entryId IN (${PUBLISHED})`,
    ),
    countsBy("organisation_type"),
    countsBy("theme"),
    countsBy("risk_level"),
    countsBy("lifecycle"),
    overallResponseStats(),
  ]);
  const entries = Number(total[0]?.n ?? 0);
  const withAssessment = Number(assessed[0]?.n ?? 0);
  return {
    entries,
    byOrganisationType,
    byTheme: byTheme.sort((a, b) => b.count - a.count),
    byRisk,
    byLifecycle,
    assessments: [
      { value: "yes", label: "With an impact assessment", count: withAssessment },
      { value: "no", label: "Without", count: entries - withAssessment },
    ],
    feedback: [
      { value: "in_time", label: "Answered within the deadline", count: feedback.answeredInTime },
      { value: "late", label: "Answered late", count: feedback.answered - feedback.answeredInTime },
      { value: "awaiting", label: "Waiting for an answer", count: feedback.awaiting },
    ],
    feedbackStats: feedback,
  };
}
