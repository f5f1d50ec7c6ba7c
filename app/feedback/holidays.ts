/**
 * Public holidays that do not count as working days for response deadlines (ISO dates, UTC).
 * Dutch national holidays; add a year's dates here before it starts.
 */
export const HOLIDAYS: readonly string[] = [
  "2026-01-01", "2026-04-06", "2026-04-27", "2026-05-14", "2026-05-25", "2026-12-25",
  "2027-01-01", "2027-03-29", "2027-04-27", "2027-05-06", "2027-05-17",
  "2028-04-17", "2028-04-27", "2028-05-25", "2028-06-05", "2028-12-25", "2028-12-26",
];
