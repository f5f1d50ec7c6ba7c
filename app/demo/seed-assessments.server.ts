/**
 * Demo impact assessments, filled in part by part and moved through review with the real
 * assessment functions, so revisions, comments, audit records and public summaries are genuine.
 */
import { TEXT_QUESTIONS, type FormPartId } from "~/assessments/assessment-schema";
import { addComment, createAssessment, saveAssessmentPart, transitionAssessment, type Result } from "~/assessments/assessments.server";
import { db } from "~/utils/db.server";
import { DEMO_ASSESSMENTS, GENERIC_ANSWERS, type DemoAssessment } from "~content/demo/activity";
import { ALWAYS_CHECKED_RIGHTS } from "~content/vocabularies/fraia";
import { demoActor, publishedDemoEntry, type DemoActor, type DemoIds } from "./demo-lookup.server";

const DAY = 86_400_000;
const TEXT_PARTS: FormPartId[] = ["1", "2A", "2B", "3"];

export async function seedDemoAssessments(ids: DemoIds, now = new Date()): Promise<{ assessments: number; concluded: number }> {
  const reviewer = demoActor("reviewer", null, ids);
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  let concluded = 0;
  for (const demo of DEMO_ASSESSMENTS) {
    const editor = demoActor("editor", demo.org, ids);
    const { id: entryId } = await publishedDemoEntry(demo.org, demo.entry, ids);
    const { id } = await createAssessment(editor, entryId);
    const flow = demo.flow;
    if (flow.to === "draft") {
      await save(editor, id, "1", textPartForm(demo, "1", false), demo);
      continue;
    }
    for (const part of TEXT_PARTS) await save(editor, id, part, textPartForm(demo, part, true), demo);
    await save(editor, id, "4", rightsForm(demo), demo);
    await save(editor, id, "extra", extraForm(demo, now), demo);
    await step(demo, transitionAssessment(editor, id, "submit", {}, ago(flow.submittedDaysAgo)));
    if (flow.to === "changes_requested") {
      await step(demo, addComment(reviewer, id, flow.questionComment));
      await step(demo, transitionAssessment(reviewer, id, "request_changes", { comment: flow.request }, ago(flow.requestedDaysAgo)));
    }
    if (flow.to !== "concluded") continue;
    if (flow.changesRound) {
      const round = flow.changesRound;
      await step(demo, transitionAssessment(reviewer, id, "request_changes", { comment: round.request }, ago(round.requestedDaysAgo)));
      const request = await db.assessmentComment.findFirstOrThrow({
        where: { assessmentId: id, authorId: reviewer.id },
        orderBy: { createdAt: "desc" },
        select: { id: true },
      });
      await step(demo, addComment(editor, id, { body: round.reply, parentId: request.id }));
      await save(editor, id, "2A", textPartForm(demo, "2A", true), demo);
      await step(demo, transitionAssessment(editor, id, "submit", {}, ago(round.resubmittedDaysAgo)));
    }
    await step(demo, transitionAssessment(reviewer, id, "conclude", { outcome: flow.outcome, publicSummary: flow.publicSummary }, ago(flow.concludedDaysAgo)));
    concluded++;
  }
  return { assessments: DEMO_ASSESSMENTS.length, concluded };
}

/** Answers of one part as the form posts them; `complete` fills unanswered questions with a generic answer. */
function textPartForm(demo: DemoAssessment, part: FormPartId, complete: boolean): URLSearchParams {
  const form = new URLSearchParams();
  for (const q of TEXT_QUESTIONS.filter((x) => x.part === part)) {
    const answer = demo.answers[q.id] ?? (complete ? GENERIC_ANSWERS[q.id]?.(demo.entry) : undefined);
    if (answer) form.set(`answers.${q.id}`, answer);
    if (demo.withheld?.questionId === q.id) {
      form.set(`confidential.${q.id}.withheld`, "yes");
      form.set(`confidential.${q.id}.reason`, demo.withheld.reason);
      form.set(`confidential.${q.id}.legalGround`, demo.withheld.legalGround);
    }
  }
  return form;
}

function rightsForm(demo: DemoAssessment): URLSearchParams {
  const form = new URLSearchParams();
  const alwaysChecked: readonly string[] = ALWAYS_CHECKED_RIGHTS;
  demo.rights.forEach((r, i) => {
    if (!alwaysChecked.includes(r.right)) form.append("chosenRights", r.right);
    form.set(`rights.${i}.right`, r.right);
    form.set(`rights.${i}.affected`, r.affected ? "yes" : "no");
    if (!r.affected) return;
    form.set(`rights.${i}.seriousness`, r.seriousness ?? "low");
    form.set(`rights.${i}.legalBasis`, r.legalBasis ?? "");
    form.set(`rights.${i}.objectives`, "The objectives in question 1.2.");
    form.set(`rights.${i}.effectiveness`, "Tests on earlier cases show the algorithm helps to reach the objectives.");
    form.set(`rights.${i}.necessity`, "Simpler ways were tried first and did not reach the objectives; only the data needed is used.");
    form.set(`rights.${i}.balancing`, "With the measures below, the benefits for the people concerned outweigh the limited interference.");
    form.set(`rights.${i}.mitigations`, r.mitigations ?? "none");
  });
  return form;
}

function extraForm(demo: DemoAssessment, now: Date): URLSearchParams {
  const form = new URLSearchParams();
  if (demo.dpia) {
    form.set("dpia.summary", demo.dpia.summary);
    form.set("dpia.link", demo.dpia.link);
    form.set("otherAssessments.0.type", "dpia");
    form.set("otherAssessments.0.date", demo.dpia.date);
    form.set("otherAssessments.0.link", demo.dpia.link);
    form.set("otherAssessments.0.summary", demo.dpia.summary);
  }
  if (demo.noneExplanation) form.set("noneExplanation", demo.noneExplanation);
  if (demo.flow.to === "concluded" && demo.flow.reviewDueInDays !== undefined) {
    form.set("reviewDueOn", new Date(now.getTime() + demo.flow.reviewDueInDays * DAY).toISOString().slice(0, 10));
  }
  return form;
}

async function save(editor: DemoActor, id: string, part: FormPartId, form: URLSearchParams, demo: DemoAssessment) {
  const r = await saveAssessmentPart(editor, id, part, form);
  if (!r.ok) throw new Error(`Demo assessment of "${demo.entry}", part ${part}: ${JSON.stringify(r.errors)}`);
}

async function step(demo: DemoAssessment, result: Promise<Result<object>>) {
  const r = await result;
  if (!r.ok) throw new Error(`Demo assessment of "${demo.entry}" (${demo.flow.to}): ${JSON.stringify(r.errors)}`);
}
