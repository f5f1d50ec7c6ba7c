/** Public summaries of an entry's concluded or submitted assessments (never reviewers' comments). Filled in by the assessments module. */
export async function assessmentsForEntryPage(_entryId: string) {
  return [] as Array<Record<string, unknown>>;
}
export type PublicAssessments = Awaited<ReturnType<typeof assessmentsForEntryPage>>;
