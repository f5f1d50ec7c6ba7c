/** Response statistics for organisation pages and /statistics. Filled in by the feedback module. */
export type ResponseStats = { received: number; answered: number; answeredInTime: number; awaiting: number; overdue: number; medianDaysToAnswer: number | null };

export async function organisationResponseStats(_organisationId: string): Promise<ResponseStats> {
  return { received: 0, answered: 0, answeredInTime: 0, awaiting: 0, overdue: 0, medianDaysToAnswer: null };
}

export async function overallResponseStats(): Promise<ResponseStats> {
  return { received: 0, answered: 0, answeredInTime: 0, awaiting: 0, overdue: 0, medianDaysToAnswer: null };
}

/** Ids of entries with at least one published thread still awaiting an answer (for the search facet). */
export async function entriesAwaitingAnswer(): Promise<Set<string>> {
  return new Set();
}
