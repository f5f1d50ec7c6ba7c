import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AssessmentSection } from "~/assessments/assessment-section";
import { addComment, createAssessment } from "~/assessments/assessments.server";
import { assessmentsForEntryPage, publicAssessmentForApi } from "~/assessments/entry-assessments.server";
import { createDraft } from "~/entries/entries.server";
import { loader as publicEntryLoader } from "~/routes/algorithms.$id";
import { db } from "~/utils/db.server";
import { SECRET_ANSWER, completeAssessmentDoc, createAssessmentIn } from "../support/assessment-factories";
import { createOrgWithStaff, validDocument } from "../support/entry-factories";
import { call, dataOf, getRequest } from "../support/requests";

const COMMENT = "INTERNAL-REVIEWER-COMMENT-never-public";

async function concludedWithComment() {
  const s = await createAssessmentIn("submitted");
  await addComment(s.reviewer, s.assessmentId, { questionId: "2A.2", body: COMMENT });
  const { transitionAssessment } = await import("~/assessments/assessments.server");
  await transitionAssessment(s.reviewer, s.assessmentId, "conclude", { outcome: "adequate_with_recommendations", publicSummary: "Sound; monitor drift." });
  await db.assessment.update({ where: { id: s.assessmentId }, data: { aiaLevel: 3 } });
  return s;
}

describe("public assessment data", () => {
  it("shows outcome, summary, parts, rights and withheld reasons, but never answers or comments", async () => {
    const s = await concludedWithComment();
    const out = await assessmentsForEntryPage(s.entry.id);
    expect(out).toHaveLength(1);
    const a = out[0];
    expect(a.outcome).toBe("adequate_with_recommendations");
    expect(a.publicSummary).toBe("Sound; monitor drift.");
    expect(a.aiaLevel).toBe("III");
    expect(a.parts.find((p) => p.part === "1")).toMatchObject({ answered: 5, total: 5 });
    expect(a.rights.find((r) => r.right === "non-discrimination")).toMatchObject({
      affected: true,
      seriousness: "medium",
      mitigations: "Human review of every case (non-discrimination).",
    });
    expect(a.withheld).toEqual([
      { id: "2A.2", title: "Sources and quality", withheld: true, reason: "Reveals fraud detection thresholds", legalGround: "Woo art. 5.1(2)(d)" },
    ]);
    const json = JSON.stringify(out);
    expect(json).not.toContain(SECRET_ANSWER);
    expect(json).not.toContain("Answer to 1.1");
    expect(json).not.toContain(COMMENT);
    expect(json).not.toContain("Participatiewet"); // legal basis of a right is reviewers' material, not in the public summary
    expect(await publicAssessmentForApi(s.assessmentId)).toEqual(a);
  });

  it("publishes nothing for draft, submitted or changes-requested assessments", async () => {
    for (const state of ["draft", "submitted", "changes_requested"] as const) {
      const s = await createAssessmentIn(state);
      expect(await assessmentsForEntryPage(s.entry.id)).toEqual([]);
      expect(await publicAssessmentForApi(s.assessmentId)).toBeNull();
    }
  });

  it("publishes nothing for an entry that was never published", async () => {
    const { org, editor } = await createOrgWithStaff();
    const entry = await createDraft(editor, org.id, validDocument());
    const { id } = await createAssessment(editor, entry.id);
    await db.assessment.update({
      where: { id },
      data: { state: "concluded", outcome: "adequate", publicSummary: "x", data: JSON.stringify(completeAssessmentDoc()) },
    });
    expect(await assessmentsForEntryPage(entry.id)).toEqual([]);
  });

  it("renders withheld with reason and legal ground, and no answer text, in the section HTML", async () => {
    const s = await concludedWithComment();
    const html = renderToString(createElement(AssessmentSection, { assessments: await assessmentsForEntryPage(s.entry.id), entryPublicId: s.entry.publicId }));
    expect(html).toContain("Adequate, with recommendations");
    expect(html).toContain("Reveals fraud detection thresholds");
    expect(html).toContain("Woo art. 5.1(2)(d)");
    expect(html).toContain("Level III");
    expect(html).not.toContain(SECRET_ANSWER);
    expect(html).not.toContain(COMMENT);
  });

  it("keeps answers and comments out of the public entry page loader", async () => {
    const s = await concludedWithComment();
    const { result, thrown } = await call(publicEntryLoader, getRequest(`/algorithms/${s.entry.publicId}`), { id: s.entry.publicId });
    expect(thrown).toBeNull();
    const json = JSON.stringify(dataOf(result));
    expect(json).toContain("Sound; monitor drift.");
    expect(json).not.toContain(SECRET_ANSWER);
    expect(json).not.toContain(COMMENT);
  });
});
