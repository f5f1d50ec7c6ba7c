import type { Language } from "~/i18n/languages.mjs";
import type { Text } from "~/i18n/text";
import { ART27_ELEMENTS, rightName } from "~content/vocabularies/fraia";
import { TEXT_QUESTIONS } from "./assessment-schema";

/**
 * The assessment's fields named for the error summary, in the order of the parts, in the page's
 * language. `rights` are the rights of part 4 in the order of their blocks (`rights.0` is the first).
 */
export function assessmentLabels(t: Text, language: Language, rights: readonly string[] = []): Readonly<Record<string, string>> {
  const f = t.assessments.fields;
  return Object.fromEntries([
    ...TEXT_QUESTIONS.flatMap((q) => [
      [`answers.${q.id}`, `${q.id} ${q.title[language]}`],
      [`confidential.${q.id}`, `${q.id} ${q.title[language]}`],
    ]),
    ["rights", f.rights],
    ...rights.map((slug, i) => [`rights.${i}`, `4 ${rightName(slug, language)}`]),
    ["dpia.summary", f.dpiaSummary],
    ["dpia.link", f.dpiaLink],
    ...ART27_ELEMENTS.map((e) => [`art27.${e.id}`, `(${e.id}) ${e.label[language]}`]),
    ["otherAssessments", f.otherHeading],
    ["noneExplanation", f.noneExplanation],
    ["reviewDueOn", f.reviewDueOn],
  ]);
}
