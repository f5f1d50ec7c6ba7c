import { dataUseCounts } from "./your-data.server";
import type { Language } from "~content/vocabularies/localized";

/**
 * How many published systems use each personal-data category.
 * `special` marks GDPR art. 9 and art. 10 (criminal) categories alike; `specialCount`
 * is the number of systems that use at least one of them.
 */
export async function dataCategoryStatistics(language: Language = "en") {
  const { total, categories, sensitiveCount } = await dataUseCounts(language);
  return {
    categories: categories
      .map((c) => ({ slug: c.slug as string, label: c.label as string, count: c.count, special: c.special || c.criminal }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, language)),
    specialCount: sensitiveCount,
    total,
  };
}
export type DataCategoryStatistics = Awaited<ReturnType<typeof dataCategoryStatistics>>;
