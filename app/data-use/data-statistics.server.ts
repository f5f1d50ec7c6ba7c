/** How many published systems use each personal-data category. Filled in by the data-use module. */
export async function dataCategoryStatistics() {
  return { categories: [] as Array<{ slug: string; label: string; count: number; special: boolean }>, specialCount: 0, total: 0 };
}
export type DataCategoryStatistics = Awaited<ReturnType<typeof dataCategoryStatistics>>;
