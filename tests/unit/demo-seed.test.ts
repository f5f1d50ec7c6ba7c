import { describe, expect, it } from "vitest";
import { assessmentsForEntryPage } from "~/assessments/entry-assessments.server";
import { seedDemo } from "~/demo/seed.server";
import { feedbackForEntryPage } from "~/feedback/entry-feedback.server";
import { DEMO_ASSESSMENTS, DEMO_FEEDBACK } from "~content/demo/activity";
import { readDocument } from "~/entries/documents.server";
import { reviewStatus } from "~/entries/entries.server";
import { validateForSubmit } from "~/entries/entry-schema";
import { db } from "~/utils/db.server";

describe("demo seed of entries", () => {
  const seeded = { done: false };
  it("files at least 25 entries through the workflow, in every state, with histories and review reminders", { timeout: 120_000 }, async () => {
    const started = Date.now();
    await seedDemo({ log: () => {} });
    seeded.done = true;
    console.log(`demo seed took ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const entries = await db.entry.findMany({
      select: {
        id: true,
        state: true,
        reviewDueAt: true,
        organisationId: true,
        currentVersion: { select: { number: true, data: true, schemaVersion: true } },
        _count: { select: { versions: true } },
      },
    });
    expect(entries.length).toBeGreaterThanOrEqual(25);
    expect(new Set(entries.map((e) => e.state))).toEqual(new Set(["draft", "submitted", "changes_requested", "published", "archived"]));
    // Organisations without demo accounts have entries too.
    expect(new Set(entries.map((e) => e.organisationId)).size).toBe(await db.organisation.count());

    const published = entries.filter((e) => e.state === "published");
    expect(published.filter((e) => e._count.versions === 2).length).toBeGreaterThanOrEqual(3);
    for (const e of published)
      expect(validateForSubmit(readDocument(e.currentVersion!, { entryId: e.id, version: e.currentVersion!.number })).errors).toEqual({});
    const reminders = published.map((e) => reviewStatus(e.reviewDueAt));
    expect(reminders.filter((r) => r === "overdue")).toHaveLength(2);
    expect(reminders.filter((r) => r === "due_soon")).toHaveLength(2);

    expect(await db.auditLog.count({ where: { action: "entry.request_changes" } })).toBeGreaterThanOrEqual(1);
    expect(await db.entryVersion.count({ where: { kind: "archived" } })).toBeGreaterThanOrEqual(1);
    const revised = await db.entryVersion.findFirst({ where: { number: 2, kind: "published" }, select: { changeNote: true } });
    expect(revised?.changeNote).not.toBe("");
  });

  it("adds assessments at every review stage, with public summaries of concluded ones", async () => {
    expect(seeded.done).toBe(true);
    const published = await db.entry.findMany({ where: { state: "published" }, select: { id: true } });
    const publicAssessments = (await Promise.all(published.map((e) => assessmentsForEntryPage(e.id)))).flat();
    expect(publicAssessments.length).toBeGreaterThanOrEqual(3);
    for (const a of publicAssessments) {
      expect(a.publicSummary).not.toBe("");
      expect(a.outcomeLabel).not.toBeNull();
      expect(a.rights.length).toBeGreaterThanOrEqual(3);
    }
    // A withheld answer shows its reason and legal ground publicly, never the answer.
    const withheld = publicAssessments.flatMap((a) => a.withheld);
    expect(withheld.length).toBeGreaterThanOrEqual(1);
    expect(withheld[0]?.reason).not.toBe("");
    expect(withheld[0]?.legalGround).not.toBe("");
    const withheldAnswers = DEMO_ASSESSMENTS.flatMap((a) => (a.withheld ? [a.answers[a.withheld.questionId] ?? ""] : []));
    for (const answer of withheldAnswers) expect(JSON.stringify(publicAssessments)).not.toContain(answer.slice(0, 30));

    expect(await db.assessment.count({ where: { state: "submitted" } })).toBeGreaterThanOrEqual(1);
    expect(await db.assessment.count({ where: { state: "draft" } })).toBeGreaterThanOrEqual(1);
    const changes = await db.assessment.findFirst({ where: { state: "changes_requested" }, select: { comments: { select: { body: true } } } });
    expect(changes?.comments.length).toBeGreaterThanOrEqual(1);
    expect(await db.auditLog.count({ where: { action: "assessment.conclude" } })).toBeGreaterThanOrEqual(3);
  });

  it("adds public feedback: published, answered, overdue, pending, private and rejected, without citizens' emails", async () => {
    expect(seeded.done).toBe(true);
    const published = await db.entry.findMany({ where: { state: "published" }, select: { id: true } });
    const pages = await Promise.all(published.map((e) => feedbackForEntryPage(e.id)));
    const threads = pages.flatMap((p) => p.threads);
    expect(threads.length).toBeGreaterThanOrEqual(4);
    expect(threads.filter((t) => t.status === "answered" && t.answers.length > 0).length).toBeGreaterThanOrEqual(2);
    expect(threads.filter((t) => (t.awaitingDays ?? 0) > 0).length).toBeGreaterThanOrEqual(1);
    expect(new Set(threads.map((t) => t.type)).size).toBeGreaterThanOrEqual(3);

    const moderation = await db.feedbackThread.groupBy({ by: ["moderation"], _count: true });
    expect(new Set(moderation.map((m) => m.moderation))).toEqual(new Set(["published", "pending", "private", "rejected"]));
    expect(await db.feedbackThread.count({ where: { moderation: "published", publicMessage: { not: null } } })).toBeGreaterThanOrEqual(1);

    const publicData = JSON.stringify(pages);
    const citizenEmails = DEMO_FEEDBACK.flatMap((f) => (f.email ? [f.email] : []));
    expect(citizenEmails.length).toBeGreaterThan(0);
    for (const email of citizenEmails) expect(publicData).not.toContain(email);
    expect(publicData).not.toMatch(/@mail\.example/);
    // The redacted thread shows only its public text.
    expect(publicData).not.toContain("06-12345678");
  });

  it("files Dutch organisations' entries in Dutch, some with an English translation, and a New Zealand agency's in English", async () => {
    expect(seeded.done).toBe(true);
    const published = await db.entry.findMany({
      where: { state: "published" },
      select: { id: true, organisation: { select: { country: true } }, currentVersion: { select: { number: true, data: true, schemaVersion: true } } },
    });
    const docs = published.map((e) => ({
      country: e.organisation.country,
      doc: readDocument(e.currentVersion!, { entryId: e.id, version: e.currentVersion!.number }),
    }));
    const dutch = docs.filter((d) => d.doc.language === "nld");
    expect(docs.filter((d) => d.country === "NL")).toEqual(dutch);
    expect(dutch.filter((d) => d.doc.translations?.en?.name).length).toBeGreaterThanOrEqual(dutch.length / 2);
    expect(
      dutch.some(
        (d) => d.doc.name === "Parkeerrechten controleren met een scanauto" && d.doc.translations?.en?.name === "Scan parked cars to check parking payments",
      ),
    ).toBe(true);
    expect(dutch.some((d) => !d.doc.translations?.en)).toBe(true);
    const nz = docs.filter((d) => d.country === "NZ");
    expect(nz.length).toBeGreaterThanOrEqual(1);
    for (const d of nz) expect(d.doc.language).toBe("eng");
  });
});
