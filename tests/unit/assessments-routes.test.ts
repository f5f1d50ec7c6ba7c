import { describe, expect, it } from "vitest";
import { reviewPanel } from "~/dashboard/review-panel.server";
import { action as indexAction } from "~/routes/assessments._index";
import { action as overviewAction, loader as overviewLoader } from "~/routes/assessments.$id._index";
import { action as partAction, loader as partLoader } from "~/routes/assessments.$id.part.$part";
import { action as reviewAction, loader as reviewLoader } from "~/routes/assessments.$id.review";
import { action as aiaAction } from "~/routes/assessments.$id.aia";
import { db } from "~/utils/db.server";
import { completeAssessmentDoc, createAssessmentIn } from "../support/assessment-factories";
import { createOrgWithStaff, createPublishedEntry } from "../support/entry-factories";
import { createUser, sessionFor } from "../support/factories";
import { call, dataOf, formRequest, getRequest, statusOf } from "../support/requests";
import { problem, showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";

type Errors = { errors: Record<string, string>; doc?: ReturnType<typeof completeAssessmentDoc>; values?: Record<string, string> };
const location = (r: unknown) => (r instanceof Response ? r.headers.get("Location") : null);
/** An action's message as the English page shows it. */
const en = (message: string | undefined) => showProblem(textFor("en"), message ?? "");

describe("assessment routes: access", () => {
  it("sends anonymous visitors to sign in and refuses other organisations", async () => {
    const s = await createAssessmentIn("draft");
    const anon = await call(overviewLoader, getRequest(`/assessments/${s.assessmentId}`), { id: s.assessmentId });
    expect(location(anon.thrown)).toMatch(/^\/login\?redirectTo=/);
    const other = await createOrgWithStaff();
    const cookie = await sessionFor(other.editor.id);
    const res = await call(overviewLoader, getRequest(`/assessments/${s.assessmentId}`, cookie), { id: s.assessmentId });
    expect(statusOf(res.thrown)).toBe(403);
  });

  it("keeps the review page and its actions for reviewers only", async () => {
    const s = await createAssessmentIn("submitted");
    for (const user of [s.editor, s.approver, await createUser("admin", null)]) {
      const cookie = await sessionFor(user.id);
      expect(statusOf((await call(reviewLoader, getRequest(`/assessments/${s.assessmentId}/review`, cookie), { id: s.assessmentId })).thrown)).toBe(403);
      const post = await call(
        reviewAction,
        await formRequest(`/assessments/${s.assessmentId}/review`, { intent: "conclude", outcome: "adequate", publicSummary: "x" }, { cookie }),
        { id: s.assessmentId },
      );
      expect(statusOf(post.thrown)).toBe(403);
    }
    expect((await db.assessment.findUniqueOrThrow({ where: { id: s.assessmentId } })).state).toBe("submitted");
  });

  it("does not give a reviewer the answer form", async () => {
    const s = await createAssessmentIn("draft");
    const cookie = await sessionFor(s.reviewer.id);
    expect(statusOf((await call(partLoader, getRequest(`/assessments/${s.assessmentId}/part/1`, cookie), { id: s.assessmentId, part: "1" })).thrown)).toBe(403);
    const post = await call(partAction, await formRequest(`/assessments/${s.assessmentId}/part/1`, { "answers.1.1": "reviewer text" }, { cookie }), {
      id: s.assessmentId,
      part: "1",
    });
    expect(statusOf(post.thrown)).toBe(403);
  });
});

describe("assessment routes: filling in", () => {
  it("creates an assessment for the editor's own entry and refuses another organisation's", async () => {
    const { entry, editor } = await createPublishedEntry();
    const cookie = await sessionFor(editor.id);
    const ok = await call(indexAction, await formRequest("/assessments", { entryId: entry.id }, { cookie }));
    expect(location(ok.thrown)).toMatch(/^\/assessments\/\w+$/);
    const other = await createOrgWithStaff();
    const refused = await call(indexAction, await formRequest("/assessments", { entryId: entry.id }, { cookie: await sessionFor(other.editor.id) }));
    expect(statusOf(refused.thrown)).toBe(403);
    const empty = await call(indexAction, await formRequest("/assessments", {}, { cookie }));
    expect(statusOf(empty.result)).toBe(400);
  });

  it("saves a part and keeps everything typed when an answer is too long", async () => {
    const s = await createAssessmentIn("draft", completeAssessmentDoc({ answers: {}, confidential: {} }));
    const cookie = await sessionFor(s.editor.id);
    const path = `/assessments/${s.assessmentId}/part/1`;
    const bad = await call(
      partAction,
      await formRequest(
        path,
        {
          intent: "save",
          "answers.1.1": "x".repeat(5001),
          "answers.1.2": "Faster decisions",
          "confidential.1.2.withheld": "yes",
          "confidential.1.2.reason": "Security",
        },
        { cookie },
      ),
      { id: s.assessmentId, part: "1" },
    );
    expect(statusOf(bad.result)).toBe(400);
    const d = dataOf<Errors>(bad.result);
    expect(en(d.errors["answers.1.1"])).toBe("Use 5000 characters or fewer");
    expect(d.doc?.answers["1.2"]).toBe("Faster decisions");
    expect(d.doc?.confidential["1.2"]).toMatchObject({ withheld: true, reason: "Security" });
    const good = await call(
      partAction,
      await formRequest(path, { intent: "save-next", "answers.1.1": "Backlog of permits", "answers.1.2": "Faster decisions" }, { cookie }),
      { id: s.assessmentId, part: "1" },
    );
    expect(location(good.thrown)).toBe(`/assessments/${s.assessmentId}/part/2A?saved=1`);
    const stored = JSON.parse((await db.assessment.findUniqueOrThrow({ where: { id: s.assessmentId } })).data);
    expect(stored.answers).toMatchObject({ "1.1": "Backlog of permits", "1.2": "Faster decisions" });
  });

  it("lists the always-checked rights and adds chosen ones on part 4", async () => {
    const s = await createAssessmentIn("draft", completeAssessmentDoc({ rights: [] }));
    const cookie = await sessionFor(s.editor.id);
    const res = await call(
      partAction,
      await formRequest(`/assessments/${s.assessmentId}/part/4`, { intent: "update-rights", chosenRights: ["privacy", "no-such-right"] }, { cookie }),
      { id: s.assessmentId, part: "4" },
    );
    expect(statusOf(res.thrown)).toBe(302);
    const stored = JSON.parse((await db.assessment.findUniqueOrThrow({ where: { id: s.assessmentId } })).data);
    expect(stored.rights.map((r: { right: string }) => r.right)).toEqual(["non-discrimination", "data-protection", "good-administration", "privacy"]);
    await call(
      partAction,
      await formRequest(
        `/assessments/${s.assessmentId}/part/4`,
        {
          intent: "save",
          chosenRights: "privacy",
          "rights.3.right": "privacy",
          "rights.3.affected": "yes",
          "rights.3.seriousness": "high",
          "rights.3.mitigations": "Access logging",
        },
        { cookie },
      ),
      { id: s.assessmentId, part: "4" },
    );
    const after = JSON.parse((await db.assessment.findUniqueOrThrow({ where: { id: s.assessmentId } })).data);
    expect(after.rights[3]).toMatchObject({ right: "privacy", affected: true, seriousness: "high", mitigations: "Access logging" });
  });

  it("answers a failed submit with 400 and the list of what is missing", async () => {
    const s = await createAssessmentIn("draft", completeAssessmentDoc({ answers: {} }));
    const res = await call(
      overviewAction,
      await formRequest(`/assessments/${s.assessmentId}`, { intent: "submit" }, { cookie: await sessionFor(s.editor.id) }),
      { id: s.assessmentId },
    );
    expect(statusOf(res.result)).toBe(400);
    expect(dataOf<Errors>(res.result).errors["answers.3.7"]).toMatch(/3.7/);
  });

  it("computes and stores the AIA level", async () => {
    const s = await createAssessmentIn("draft");
    const cookie = await sessionFor(s.editor.id);
    const res = await call(
      aiaAction,
      await formRequest(
        `/assessments/${s.assessmentId}/aia`,
        {
          risk_decision_role: "decides",
          risk_reversibility: "irreversible",
          risk_duration: "permanent",
          risk_rights: "high",
          risk_economic: "high",
          risk_health: "high",
          risk_vulnerable: "yes",
          risk_scale: "over_1m",
        },
        { cookie },
      ),
      { id: s.assessmentId },
    );
    expect(statusOf(res.thrown)).toBe(302);
    // 4+4+4+4+4+4+3+3 = 30 of 40 = 75% → III
    expect((await db.assessment.findUniqueOrThrow({ where: { id: s.assessmentId } })).aiaLevel).toBe(3);
    const bad = await call(aiaAction, await formRequest(`/assessments/${s.assessmentId}/aia`, { risk_scale: "infinite" }, { cookie }), { id: s.assessmentId });
    expect(en(dataOf<Errors>(bad.result).errors.risk_scale)).toBe("Choose one of the answers");
  });
});

describe("assessment routes: review", () => {
  it("concludes with an outcome and a public summary, and keeps typed values on error", async () => {
    const s = await createAssessmentIn("submitted");
    const cookie = await sessionFor(s.reviewer.id);
    const path = `/assessments/${s.assessmentId}/review`;
    const bad = await call(reviewAction, await formRequest(path, { intent: "conclude", outcome: "adequate", publicSummary: "" }, { cookie }), {
      id: s.assessmentId,
    });
    expect(statusOf(bad.result)).toBe(400);
    expect(dataOf<Errors>(bad.result)).toMatchObject({
      errors: { publicSummary: problem("assessments.validation.writeSummary") },
      values: { outcome: "adequate" },
    });
    const ok = await call(reviewAction, await formRequest(path, { intent: "conclude", outcome: "adequate", publicSummary: "Fine." }, { cookie }), {
      id: s.assessmentId,
    });
    expect(location(ok.thrown)).toBe(`/assessments/${s.assessmentId}?done=conclude`);
    expect(await db.assessment.findUniqueOrThrow({ where: { id: s.assessmentId } })).toMatchObject({
      state: "concluded",
      outcome: "adequate",
      publicSummary: "Fine.",
      reviewerId: s.reviewer.id,
    });
  });
});

describe("oversight dashboard panel", () => {
  it("is for reviewers, read-only for admins and absent for agency staff", async () => {
    const { editor } = await createOrgWithStaff();
    expect(await reviewPanel(editor)).toBeNull();
    expect((await reviewPanel(await createUser("admin", null)))?.readOnly).toBe(true);
    expect((await reviewPanel(await createUser("reviewer", null)))?.readOnly).toBe(false);
  });

  it("shows the queue oldest first with age, high-risk entries without a concluded assessment, overdue reviews and counts", async () => {
    const now = new Date("2026-06-01T12:00:00Z");
    const older = await createAssessmentIn("submitted");
    const newer = await createAssessmentIn("submitted");
    await db.assessment.update({ where: { id: older.assessmentId }, data: { submittedAt: new Date("2026-05-01T12:00:00Z") } });
    await db.assessment.update({
      where: { id: newer.assessmentId },
      data: { submittedAt: new Date("2026-05-30T12:00:00Z"), reviewDueAt: new Date("2026-05-15T00:00:00Z") },
    });
    const risky = await createPublishedEntry({ risk: { likelihood: "probable", impact: "high" } } as never);
    const riskyDone = await createPublishedEntry({ risk: { likelihood: "probable", impact: "high" } } as never);
    await db.assessment.create({ data: { entryId: riskyDone.entry.id, state: "concluded", outcome: "adequate", publicSummary: "x" } });
    const panel = (await reviewPanel(await createUser("reviewer", null), now))!;
    const mine = new Set([older.assessmentId, newer.assessmentId]);
    // Other tests in this file leave assessments in the queue too.
    expect(panel.queue.filter((q) => mine.has(q.id)).map((q) => [q.id, q.ageDays])).toEqual([
      [older.assessmentId, 31],
      [newer.assessmentId, 2],
    ]);
    const high = panel.highRiskWithoutAssessment.map((e) => e.id);
    expect(high).toContain(risky.entry.id);
    expect(high).not.toContain(riskyDone.entry.id);
    expect(high).not.toContain(older.entry.id);
    expect(panel.overdue.filter((o) => mine.has(o.id)).map((o) => [o.id, o.daysOverdue])).toEqual([[newer.assessmentId, 17]]);
    const row = panel.perOrganisation.find((o) => o.organisation === older.org.name);
    expect(row).toMatchObject({ submitted: 1, draft: 0, concluded: 0 });
  });
});

describe("assessment routes: replies to comments", () => {
  it("checks a reply with its form schema: an empty one is refused beside its own thread, a long one keeps what was typed", async () => {
    const s = await createAssessmentIn("submitted");
    const { addComment } = await import("~/assessments/assessments.server");
    const comment = await addComment(s.reviewer, s.assessmentId, { questionId: "2A.2", body: "Which data are used here?" });
    expect(comment.ok).toBe(true);
    const parentId = (await db.assessmentComment.findFirstOrThrow({ where: { assessmentId: s.assessmentId } })).id;
    const cookie = await sessionFor(s.editor.id);
    const empty = await call(overviewAction, await formRequest(`/assessments/${s.assessmentId}`, { intent: "reply", parentId, body: "   " }, { cookie }), {
      id: s.assessmentId,
    });
    expect(statusOf(empty.result)).toBe(400);
    const refused = dataOf<{ errors: Record<string, string>; reply: { parentId: string; errors: Record<string, string>; body: string } }>(empty.result);
    expect(en(refused.errors.body)).toBe("Write a comment");
    expect(refused.reply).toMatchObject({ parentId, errors: { body: problem("assessments.validation.writeComment") } });

    const long = "x".repeat(5001);
    const tooLong = await call(overviewAction, await formRequest(`/assessments/${s.assessmentId}`, { intent: "reply", parentId, body: long }, { cookie }), {
      id: s.assessmentId,
    });
    expect(dataOf<{ reply: { body: string } }>(tooLong.result).reply.body).toBe(long);

    const sent = await call(
      overviewAction,
      await formRequest(`/assessments/${s.assessmentId}`, { intent: "reply", parentId, body: "Only the address register." }, { cookie }),
      { id: s.assessmentId },
    );
    expect(location(sent.thrown)).toBe(`/assessments/${s.assessmentId}?done=reply#comments`);
    expect(await db.assessmentComment.count({ where: { parentId } })).toBe(1);
  });
});

describe("assessment routes: comments beside each answer on the review page", () => {
  const post = async (assessmentId: string, cookie: string, fields: Record<string, string>) =>
    call(reviewAction, await formRequest(`/assessments/${assessmentId}/review`, fields, { cookie }), { id: assessmentId });

  it("stores a comment on the question or the right of part 4 it was written beside, and returns to that answer", async () => {
    const s = await createAssessmentIn("submitted");
    const cookie = await sessionFor(s.reviewer.id);
    const onRight = await post(s.assessmentId, cookie, { intent: "comment", right: "privacy", body: "Are home visits covered?" });
    expect(location(onRight.thrown)).toBe(`/assessments/${s.assessmentId}/review?done=comment&on=right%3Aprivacy#right-privacy`);
    const onQuestion = await post(s.assessmentId, cookie, { intent: "comment", questionId: "2A.3", body: "Which proxies?" });
    expect(location(onQuestion.thrown)).toBe(`/assessments/${s.assessmentId}/review?done=comment&on=2A.3#q-2A.3`);
    const general = await post(s.assessmentId, cookie, { intent: "comment", questionId: "general", body: "Clear overall." });
    expect(location(general.thrown)).toBe(`/assessments/${s.assessmentId}/review?done=comment&on=general#general-comments`);
    const stored = await db.assessmentComment.findMany({ where: { assessmentId: s.assessmentId }, orderBy: { createdAt: "asc" } });
    expect(stored.map((c) => [c.questionId, c.body])).toEqual([
      ["right:privacy", "Are home visits covered?"],
      ["2A.3", "Which proxies?"],
      [null, "Clear overall."],
    ]);

    const reply = await post(s.assessmentId, cookie, { intent: "reply", parentId: stored[0].id, body: "And the protocol?" });
    expect(location(reply.thrown)).toBe(`/assessments/${s.assessmentId}/review?done=reply&on=right%3Aprivacy#right-privacy`);
    expect((await db.assessmentComment.findFirstOrThrow({ where: { parentId: stored[0].id } })).questionId).toBe("right:privacy");
  });

  it("refuses an empty comment with the errors of that question's form only, keeping what was typed", async () => {
    const s = await createAssessmentIn("submitted");
    const cookie = await sessionFor(s.reviewer.id);
    const empty = await post(s.assessmentId, cookie, { intent: "comment", questionId: "3.2", body: "  " });
    expect(statusOf(empty.result)).toBe(400);
    expect(dataOf<Errors & { form: string }>(empty.result)).toMatchObject({
      errors: { body: problem("assessments.validation.writeComment") },
      form: "comment:3.2",
    });

    const long = "y".repeat(5001);
    const tooLong = await post(s.assessmentId, cookie, { intent: "comment", right: "data-protection", body: long });
    const refused = dataOf<Errors & { form: string }>(tooLong.result);
    expect(refused).toMatchObject({ form: "comment:right:data-protection" });
    expect(en(refused.errors.body)).toBe("Use 5000 characters or fewer");
    expect(refused.values?.body).toBe(long);

    const unknown = await post(s.assessmentId, cookie, { intent: "comment", right: "flying", body: "x" });
    expect(dataOf<Errors & { form: string }>(unknown.result)).toMatchObject({
      errors: { right: problem("assessments.validation.chooseRightFromList") },
      form: "comment:right:flying",
    });
    expect(await db.assessmentComment.count({ where: { assessmentId: s.assessmentId } })).toBe(0);
  });
});
