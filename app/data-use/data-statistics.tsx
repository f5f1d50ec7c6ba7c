import type { DataCategoryStatistics } from "./data-statistics.server";

/** The "personal data" block of /statistics. Filled in by the data-use module. */
export function DataStatistics(_props: { stats: DataCategoryStatistics }) {
  return null;
}
