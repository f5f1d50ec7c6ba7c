import type { AssessmentDoc } from "~/assessments/assessment-schema";
import { TEXT_QUESTIONS } from "~/assessments/assessment-schema";
import { createAssessment, transitionAssessment } from "~/assessments/assessments.server";
import { db } from "~/utils/db.server";
import { ALWAYS_CHECKED_RIGHTS } from "~content/vocabularies/fraia";
import { createPublishedEntry } from "./entry-factories";
import { createUser } from "./factories";

export const SECRET_ANSWER = "SECRET-ANSWER-TEXT-never-public";

/** A document that passes the submit schema; question 2A.2 is withheld. */
export function completeAssessmentDoc(overrides: Partial<AssessmentDoc> = {}): AssessmentDoc {
  const answers = Object.fromEntries(TEXT_QUESTIONS.map((q) => [q.id, `Answer to ${q.id}.`]));
  answers["2A.2"] = SECRET_ANSWER;
  return {
    answers,
    confidential: { "2A.2": { withheld: true, reason: "Reveals fraud detection thresholds", legalGround: "Woo art. 5.1(2)(d)" } },
    rights: ALWAYS_CHECKED_RIGHTS.map((right) => ({
      right,
      affected: right !== "good-administration",
      seriousness: "medium",
      legalBasis: "Participatiewet art. 53a",
      effectiveness: "Tested on 2024 cases.",
      necessity: "No less intrusive way found.",
      balancing: "Benefits outweigh the limited interference.",
      mitigations: `Human review of every case (${right}).`,
    })),
    dpia: { summary: "DPIA done in 2025.", link: "https://example.org/dpia" },
    art27: {},
    otherAssessments: [{ type: "dpia", date: "2025-01-15", link: "https://example.org/dpia", summary: "No high residual risk." }],
    noneExplanation: undefined,
    reviewDueOn: undefined,
    ...overrides,
  };
}

/** A published entry with an assessment in the given state, plus its staff and a reviewer. */
export async function createAssessmentIn(state: "draft" | "submitted" | "changes_requested" | "concluded", doc = completeAssessmentDoc()) {
  const s = await createPublishedEntry();
  const reviewer = await createUser("reviewer", null);
  const { id } = await createAssessment(s.editor, s.entry.id);
  await db.assessment.update({ where: { id }, data: { data: JSON.stringify(doc) } });
  const step = async (r: Awaited<ReturnType<typeof transitionAssessment>>) => {
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
  };
  if (state !== "draft") await step(await transitionAssessment(s.editor, id, "submit"));
  if (state === "changes_requested") await step(await transitionAssessment(reviewer, id, "request_changes", { comment: "Explain 3.2 better." }));
  if (state === "concluded")
    await step(
      await transitionAssessment(reviewer, id, "conclude", { outcome: "adequate_with_recommendations", publicSummary: "Sound assessment; monitor drift." }),
    );
  return { ...s, reviewer, assessmentId: id };
}
