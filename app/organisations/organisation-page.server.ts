/** What an organisation's public page shows: its published entries, concluded assessments and feedback answers. */
import { organisationResponseStats } from "~/feedback/feedback-stats.server";
import { entrySummaries } from "~/search/entry-summaries.server";
import { db } from "~/utils/db.server";
import type { Language } from "~/i18n/languages.mjs";

export async function organisationPage(slug: string, language: Language) {
  const organisation = await db.organisation.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, type: true, website: true, identifierScheme: true, identifier: true, noPublicationNote: true },
  });
  if (!organisation) return null;
  const ids = await db.entry.findMany({
    where: { organisationId: organisation.id, currentVersionId: { not: null } },
    orderBy: { publishedAt: "desc" },
    select: { id: true },
  });
  const [entries, assessments, feedback] = await Promise.all([
    entrySummaries(
      ids.map((e) => e.id),
      language,
    ),
    db.assessment.findMany({
      where: { state: "concluded", entry: { organisationId: organisation.id, currentVersionId: { not: null } } },
      orderBy: { concludedAt: "desc" },
      select: { id: true, outcome: true, concludedAt: true, entry: { select: { publicId: true } } },
    }),
    organisationResponseStats(organisation.id),
  ]);
  const names = new Map(entries.map((e) => [e.publicId, e.name]));
  return {
    organisation,
    entries: entries.sort((a, b) => a.name.localeCompare(b.name, language, { sensitivity: "base" })),
    assessments: assessments.map((a) => ({
      id: a.id,
      outcome: a.outcome,
      concludedAt: a.concludedAt?.toISOString() ?? null,
      publicId: a.entry.publicId,
      name: names.get(a.entry.publicId) ?? a.entry.publicId,
    })),
    feedback,
  };
}
