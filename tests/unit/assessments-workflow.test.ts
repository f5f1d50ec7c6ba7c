import { describe, expect, it } from "vitest";
import { addComment, createAssessment, saveAssessmentPart, transitionAssessment } from "~/assessments/assessments.server";
import { ASSESSMENT_STATES, ASSESSMENT_TRANSITIONS, type AssessmentAction, type AssessmentState } from "~/assessments/workflow";
import { db } from "~/utils/db.server";
import { completeAssessmentDoc, createAssessmentIn } from "../support/assessment-factories";
import { createOrgWithStaff, createPublishedEntry } from "../support/entry-factories";
import { createUser } from "../support/factories";
import { problem, showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
};

describe("assessment permissions", () => {
  it("lets editors and approvers of the entry's organisation create an assessment, nobody else", async () => {
    const { entry, editor, approver } = await createPublishedEntry();
    const other = await createOrgWithStaff();
    const reviewer = await createUser("reviewer", null);
    const admin = await createUser("admin", null);
    await expect(createAssessment(editor, entry.id)).resolves.toHaveProperty("id");
    await expect(createAssessment(approver, entry.id)).resolves.toHaveProperty("id");
    for (const actor of [other.editor, other.approver, reviewer, admin]) {
      await expect(createAssessment(actor, entry.id)).rejects.toMatchObject({ status: 403 });
    }
  });

  it("lets only the entry's organisation save answers; a reviewer cannot edit answers", async () => {
    const { editor, reviewer, assessmentId } = await createAssessmentIn("draft");
    const other = await createOrgWithStaff();
    const ok = await saveAssessmentPart(editor, assessmentId, "1", form({ "answers.1.1": "Because." }));
    expect(ok.ok).toBe(true);
    await expect(saveAssessmentPart(other.editor, assessmentId, "1", form({ "answers.1.1": "x" }))).rejects.toMatchObject({ status: 403 });
    await expect(saveAssessmentPart(reviewer, assessmentId, "1", form({ "answers.1.1": "x" }))).rejects.toMatchObject({ status: 403 });
  });

  it("lets only reviewers request changes or conclude", async () => {
    const { editor, approver, assessmentId } = await createAssessmentIn("submitted");
    const admin = await createUser("admin", null);
    for (const actor of [editor, approver, admin]) {
      await expect(transitionAssessment(actor, assessmentId, "conclude", { outcome: "adequate", publicSummary: "x" })).rejects.toMatchObject({ status: 403 });
      await expect(transitionAssessment(actor, assessmentId, "request_changes", { comment: "x" })).rejects.toMatchObject({ status: 403 });
    }
  });

  it("does not let a reviewer submit or withdraw the agency's assessment", async () => {
    const draft = await createAssessmentIn("draft");
    await expect(transitionAssessment(draft.reviewer, draft.assessmentId, "submit")).rejects.toMatchObject({ status: 403 });
    const submitted = await createAssessmentIn("submitted");
    await expect(transitionAssessment(submitted.reviewer, submitted.assessmentId, "withdraw")).rejects.toMatchObject({ status: 403 });
  });

  it("refuses edits while submitted or concluded", async () => {
    for (const state of ["submitted", "concluded"] as const) {
      const { editor, assessmentId } = await createAssessmentIn(state);
      await expect(saveAssessmentPart(editor, assessmentId, "1", form({ "answers.1.1": "x" }))).rejects.toMatchObject({ status: 403 });
    }
  });
});

describe("assessment state machine", () => {
  const actions = Object.keys(ASSESSMENT_TRANSITIONS) as AssessmentAction[];
  const input = { comment: "Please expand on 3.2.", outcome: "adequate", publicSummary: "Fine." };

  for (const from of ASSESSMENT_STATES) {
    for (const action of actions) {
      const rule = ASSESSMENT_TRANSITIONS[action];
      const allowed = rule.from.includes(from);
      it(`${allowed ? "allows" : "refuses"} ${action} from ${from}`, async () => {
        const s = await createAssessmentIn(from as AssessmentState);
        const actor = rule.permission === "assessment:review:any" ? s.reviewer : s.editor;
        const before = await db.assessmentRevision.count({ where: { assessmentId: s.assessmentId } });
        const auditBefore = await db.auditLog.count({ where: { subjectId: s.assessmentId } });
        const result = await transitionAssessment(actor, s.assessmentId, action, input);
        const row = await db.assessment.findUniqueOrThrow({ where: { id: s.assessmentId }, select: { state: true } });
        if (allowed) {
          expect(result).toEqual({ ok: true, state: rule.to });
          expect(row.state).toBe(rule.to);
          const rev = await db.assessmentRevision.findFirstOrThrow({ where: { assessmentId: s.assessmentId }, orderBy: { number: "desc" } });
          expect(rev.number).toBe(before + 1);
          expect(rev.state).toBe(rule.to);
          const audit = await db.auditLog.findFirstOrThrow({ where: { subjectId: s.assessmentId, action: `assessment.${action}` } });
          expect(audit.entryId).toBe(s.entry.id);
          expect(audit.actorId).toBe(actor.id);
        } else {
          expect(result.ok).toBe(false);
          expect(row.state).toBe(from);
          expect(await db.assessmentRevision.count({ where: { assessmentId: s.assessmentId } })).toBe(before);
          expect(await db.auditLog.count({ where: { subjectId: s.assessmentId } })).toBe(auditBefore);
        }
      });
    }
  }

  it("refuses to submit an incomplete assessment and says what is missing", async () => {
    const { editor, assessmentId } = await createAssessmentIn(
      "draft",
      completeAssessmentDoc({ answers: {}, rights: [], otherAssessments: [], confidential: { "1.1": { withheld: true, reason: "", legalGround: undefined } } }),
    );
    const result = await transitionAssessment(editor, assessmentId, "submit");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const en = (message: string | undefined) => showProblem(textFor("en"), message ?? "");
    expect(en(result.errors["answers.1.1"])).toMatch(/Answer question 1.1/);
    expect(en(result.errors["confidential.1.1.reason"])).toMatch(/reason/);
    expect(en(result.errors["confidential.1.1.legalGround"])).toMatch(/legal ground/);
    expect(en(result.errors.rights)).toMatch(/data protection/);
    expect(en(result.errors.noneExplanation)).toMatch(/Explain why/);
  });

  it("requires an outcome and a public summary to conclude, and a comment to request changes", async () => {
    const { reviewer, assessmentId } = await createAssessmentIn("submitted");
    const r1 = await transitionAssessment(reviewer, assessmentId, "conclude", { outcome: "great", publicSummary: " " });
    expect(r1.ok ? {} : r1.errors).toEqual({
      outcome: problem("assessments.validation.chooseOutcome"),
      publicSummary: problem("assessments.validation.writeSummary"),
    });
    const r2 = await transitionAssessment(reviewer, assessmentId, "request_changes", { comment: "" });
    expect(r2.ok ? {} : r2.errors).toEqual({ comment: problem("assessments.validation.explainChanges") });
  });

  it("goes around the loop: submit → changes requested → editor answers → resubmit → concluded", async () => {
    const s = await createAssessmentIn("changes_requested");
    const thread = await db.assessmentComment.findFirstOrThrow({ where: { assessmentId: s.assessmentId } });
    expect(await addComment(s.editor, s.assessmentId, { parentId: thread.id, body: "Expanded 3.2." })).toMatchObject({ ok: true });
    expect(await transitionAssessment(s.editor, s.assessmentId, "submit")).toEqual({ ok: true, state: "submitted" });
    expect(await transitionAssessment(s.reviewer, s.assessmentId, "conclude", { outcome: "adequate", publicSummary: "Good." })).toEqual({
      ok: true,
      state: "concluded",
    });
    const a = await db.assessment.findUniqueOrThrow({ where: { id: s.assessmentId } });
    expect(a.reviewDueAt!.getTime()).toBeGreaterThan(Date.now());
    const numbers = (await db.assessmentRevision.findMany({ where: { assessmentId: s.assessmentId }, orderBy: { number: "asc" } })).map((r) => r.state);
    expect(numbers).toEqual(["draft", "submitted", "changes_requested", "submitted", "concluded"]);
  });
});

describe("comments", () => {
  it("lets reviewers comment on a question and editors only answer", async () => {
    const s = await createAssessmentIn("submitted");
    expect(await addComment(s.reviewer, s.assessmentId, { questionId: "2A.3", body: "What about proxies?" })).toEqual({ ok: true, questionId: "2A.3" });
    await expect(addComment(s.editor, s.assessmentId, { questionId: "2A.3", body: "New thread" })).rejects.toMatchObject({ status: 403 });
    const thread = await db.assessmentComment.findFirstOrThrow({ where: { assessmentId: s.assessmentId, questionId: "2A.3" } });
    expect(await addComment(s.editor, s.assessmentId, { parentId: thread.id, body: "We removed postcode." })).toEqual({ ok: true, questionId: "2A.3" });
    const reply = await db.assessmentComment.findFirstOrThrow({ where: { parentId: thread.id } });
    expect(reply.questionId).toBe("2A.3");
    const other = await createOrgWithStaff();
    await expect(addComment(other.editor, s.assessmentId, { parentId: thread.id, body: "x" })).rejects.toMatchObject({ status: 403 });
    expect(await addComment(s.reviewer, s.assessmentId, { questionId: "9.9", body: "x" })).toMatchObject({ ok: false });
  });

  it("keeps a comment on a right of part 4 with that right, and refuses a right outside the catalogue", async () => {
    const s = await createAssessmentIn("submitted");
    expect(await addComment(s.reviewer, s.assessmentId, { right: "privacy", body: "Is home visiting covered?" })).toEqual({
      ok: true,
      questionId: "right:privacy",
    });
    const thread = await db.assessmentComment.findFirstOrThrow({ where: { assessmentId: s.assessmentId, questionId: "right:privacy" } });
    expect(await addComment(s.editor, s.assessmentId, { parentId: thread.id, body: "Yes, in the protocol." })).toEqual({
      ok: true,
      questionId: "right:privacy",
    });
    expect(await addComment(s.reviewer, s.assessmentId, { right: "flying", body: "x" })).toEqual({
      ok: false,
      errors: { right: problem("assessments.validation.chooseRightFromList") },
    });
    expect(await addComment(s.reviewer, s.assessmentId, { questionId: "general", body: "Overall fine." })).toEqual({ ok: true, questionId: null });
    expect(await db.assessmentComment.count({ where: { assessmentId: s.assessmentId } })).toBe(3);
  });
});
