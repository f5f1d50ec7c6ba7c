import { ART27_ELEMENTS } from "~content/vocabularies/fraia";
import { TEXT_QUESTIONS } from "./assessment-schema";

/** The assessment's fields named for the error summary, in the order of the parts. */
export const ASSESSMENT_LABELS: Readonly<Record<string, string>> = Object.fromEntries([
  ...TEXT_QUESTIONS.flatMap((q) => [
    [`answers.${q.id}`, `${q.id} ${q.title}`],
    [`confidential.${q.id}`, `${q.id} ${q.title}`],
  ]),
  ["rights", "Fundamental rights"],
  ["dpia.summary", "Summary of the DPIA"],
  ["dpia.link", "Link to the DPIA"],
  ...ART27_ELEMENTS.map((e) => [`art27.${e.id}`, `(${e.id}) ${e.label}`]),
  ["otherAssessments", "Other assessments"],
  ["noneExplanation", "If no other assessment was done, explain why"],
  ["reviewDueOn", "Review this assessment again by"],
]);
