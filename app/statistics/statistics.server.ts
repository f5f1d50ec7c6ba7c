/** Figures for /statistics, over published (not retired) entries, from the search facet rows. */
import { overallResponseStats } from "~/feedback/feedback-stats.server";
import type { Language } from "~/i18n/languages.mjs";
import { textFor } from "~/i18n/text";
import { facetLabels, type FacetKey } from "~/search/facets";
import { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";

export type Bar = { value: string; label: string; count: number };

// Quoted names, so that the SQL is the same on SQLite and PostgreSQL.
const PUBLISHED = Prisma.sql`SELECT "entryId" FROM "EntryFacet" WHERE "facet" = 'state' AND "value" = 'published'`;

async function countsBy(facet: FacetKey, language: Language): Promise<Bar[]> {
  const rows = await db.$queryRaw<Array<{ value: string; n: bigint | number }>>`
    SELECT "value" AS value, COUNT(*) AS n FROM "EntryFacet" WHERE "facet" = ${facet} AND "entryId" IN (${PUBLISHED}) GROUP BY "value"`;
  const labels = facetLabels(facet, language);
  const order = Object.keys(labels);
  return rows
    .map((r) => ({ value: r.value, label: labels[r.value] ?? r.value, count: Number(r.n) }))
    .sort((a, b) => (order.length ? order.indexOf(a.value) - order.indexOf(b.value) : b.count - a.count));
}

/** The register's figures, labelled in a language. */
export async function registerStatistics(language: Language = "en") {
  const t = textFor(language).discovery.statistics;
  const [total, assessed, byOrganisationType, byTheme, byRisk, byLifecycle, feedback] = await Promise.all([
    db.$queryRaw<Array<{ n: bigint | number }>>`SELECT COUNT(*) AS n FROM (${PUBLISHED}) AS published`,
    db.$queryRaw<Array<{ n: bigint | number }>>`
      SELECT COUNT(DISTINCT "entryId") AS n FROM "Assessment" WHERE "state" IN ('submitted', 'concluded') AND "entryId" IN (${PUBLISHED})`,
    countsBy("organisation_type", language),
    countsBy("theme", language),
    countsBy("risk_level", language),
    countsBy("lifecycle", language),
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
      { value: "yes", label: t.withAssessment, count: withAssessment },
      { value: "no", label: t.withoutAssessment, count: entries - withAssessment },
    ],
    feedback: [
      { value: "in_time", label: t.answeredInTime, count: feedback.answeredInTime },
      { value: "late", label: t.answeredLate, count: feedback.answered - feedback.answeredInTime },
      { value: "awaiting", label: t.awaiting, count: feedback.awaiting },
    ],
    feedbackStats: feedback,
  };
}
