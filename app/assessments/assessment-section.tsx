import type { PublicAssessments } from "./entry-assessments.server";

/** The public assessment section of an entry page. Filled in by the assessments module. */
export function AssessmentSection(_props: { assessments: PublicAssessments; entryPublicId: string }) {
  return null;
}
