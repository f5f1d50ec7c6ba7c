import { FIELDS, fieldsInSection, SECTIONS } from "~/entries/standard";

/** The filing form's field labels in the order of its sections, for the error summary. */
export const FILING_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  SECTIONS.flatMap((s) => fieldsInSection(s.id)).map((key) => [key, FIELDS[key].label]),
);
