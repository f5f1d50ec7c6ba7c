/** Published feedback threads of an entry, for its public page. Filled in by the feedback module. */
export async function feedbackForEntryPage(_entryId: string) {
  return { threads: [] as Array<Record<string, unknown>> };
}
export type PublicFeedback = Awaited<ReturnType<typeof feedbackForEntryPage>>;
