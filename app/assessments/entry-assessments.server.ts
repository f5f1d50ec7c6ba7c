import { db } from "~/utils/db.server";
import type { Language } from "~content/vocabularies/localized";
import { toPublicAssessment, type PublicAssessment } from "./public-assessment";

/** Only concluded reviews of entries that have been published are public. */
const PUBLIC_WHERE = { state: "concluded", entry: { currentVersionId: { not: null } } } as const;
const PUBLIC_SELECT = {
  id: true,
  data: true,
  aiaLevel: true,
  outcome: true,
  publicSummary: true,
  submittedAt: true,
  concludedAt: true,
  reviewDueAt: true,
} as const;

/** Public summaries of an entry's concluded assessments, newest first (never answers' text, never comments). */
export async function assessmentsForEntryPage(entryId: string, language: Language = "en"): Promise<PublicAssessment[]> {
  const rows = await db.assessment.findMany({ where: { ...PUBLIC_WHERE, entryId }, orderBy: { concludedAt: "desc" }, select: PUBLIC_SELECT });
  return rows.map((row) => toPublicAssessment(row, language));
}

/** The same public data for the JSON API, for one assessment (null when it is not public). */
export async function publicAssessmentForApi(assessmentId: string): Promise<PublicAssessment | null> {
  const row = await db.assessment.findFirst({ where: { ...PUBLIC_WHERE, id: assessmentId }, select: PUBLIC_SELECT });
  return row ? toPublicAssessment(row) : null;
}

export type PublicAssessments = PublicAssessment[];
export type { PublicAssessment };
