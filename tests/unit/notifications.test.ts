import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { transitionAssessment } from "~/assessments/assessments.server";
import { deliverOutbox } from "~/email/email.server";
import { createDraft, transition } from "~/entries/entries.server";
import { action as settingsAction, loader as settingsLoader } from "~/routes/account.notifications";
import { action as submitFeedbackAction } from "~/routes/algorithms.$id_.feedback";
import { loader as withdrawLoader } from "~/routes/feedback.withdraw.$token";
import { databaseEngine, db } from "~/utils/db.server";
import { formatDay } from "~/utils/format";
import { createAssessmentIn } from "../support/assessment-factories";
import { createOrgWithStaff, createPublishedEntry, validDocument } from "../support/entry-factories";
import { createUser, sessionFor } from "../support/factories";
import { call, dataOf, formRequest, getRequest, statusOf } from "../support/requests";
import { readMail, startSmtpServer } from "../support/smtp-server";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());
afterEach(() => {
  for (const k of ["SMTP_HOST", "SMTP_PORT", "SMTP_FROM"]) delete process.env[k];
  smtp.received.length = 0;
});

/** Delivers the outbox through the SMTP server and returns what each address received about `about`, decoded. */
async function mailsAbout(about: string) {
  smtp.use();
  await deliverOutbox();
  return smtp.received.map((m) => ({ to: m.to, ...readMail(m.data) })).filter((m) => m.subject.includes(about) || m.text.includes(about));
}
const recipients = (mails: Array<{ to: string[] }>) => mails.flatMap((m) => m.to).sort();

async function switchOff(user: { id: string }, keepOn: string[]) {
  const cookie = await sessionFor(user.id);
  const { thrown } = await call(settingsAction, await formRequest("/account/notifications", { receive: keepOn }, { cookie }));
  expect(statusOf(thrown)).toBe(302);
}

/** An organisation with two editors and two approvers, and a draft filed by the first editor. */
async function draftWithTeam(name: string) {
  const staff = await createOrgWithStaff();
  const secondEditor = await createUser("editor", staff.org.id);
  const secondApprover = await createUser("approver", staff.org.id);
  const entry = await createDraft(staff.editor, staff.org.id, validDocument({ name }));
  return { ...staff, secondEditor, secondApprover, entry };
}

describe("entry workflow notifications", () => {
  it("mails each approver of the organisation when an entry is submitted, with a link to it, and no one else", async () => {
    const team = await draftWithTeam("Submitted notice: school transport");
    const stranger = await createOrgWithStaff();
    expect((await transition(team.editor, team.entry.id, "submit")).ok).toBe(true);
    const mails = await mailsAbout("Submitted notice: school transport");
    expect(recipients(mails)).toEqual([team.approver.email, team.secondApprover.email].sort());
    expect(recipients(mails)).not.toContain(stranger.approver.email);
    for (const mail of mails) {
      expect(mail.to).toHaveLength(1);
      expect(mail.subject).toBe('Waiting for your approval: "Submitted notice: school transport"');
      expect(mail.text).toContain(`http://localhost/en/entries/${team.entry.id}`);
      expect(mail.text).toContain("http://localhost/en/account/notifications");
      expect(mail.text).not.toContain(team.editor.email);
      expect(mail.text).not.toContain(team.editor.name);
    }
  });

  it("mails the editor who submitted when changes are requested, without the approver's comment", async () => {
    const team = await draftWithTeam("Changes notice: rent benefit");
    expect((await transition(team.secondEditor, team.entry.id, "submit")).ok).toBe(true);
    const comment = "Explain the lawful basis; ask Jan de Vries at jan@lindewaard.example.";
    expect((await transition(team.approver, team.entry.id, "request_changes", { comment })).ok).toBe(true);
    const mails = (await mailsAbout("Changes notice: rent benefit")).filter((m) => m.subject.startsWith("Changes requested"));
    expect(recipients(mails)).toEqual([team.secondEditor.email]);
    expect(mails[0].subject).toBe('Changes requested: "Changes notice: rent benefit"');
    expect(mails[0].text).toContain(`http://localhost/en/entries/${team.entry.id}`);
    expect(mails[0].text).not.toContain("jan@lindewaard.example");
    expect(mails[0].text).not.toContain(team.approver.email);
  });

  it("mails the editor who submitted when the entry is published, linking to the public page", async () => {
    const team = await draftWithTeam("Published notice: parking permits");
    expect((await transition(team.editor, team.entry.id, "submit")).ok).toBe(true);
    expect((await transition(team.approver, team.entry.id, "publish", { changeNote: "First publication" })).ok).toBe(true);
    const mails = (await mailsAbout("Published notice: parking permits")).filter((m) => m.subject.startsWith("Published:"));
    expect(recipients(mails)).toEqual([team.editor.email]);
    expect(mails[0].subject).toBe('Published: "Published notice: parking permits"');
    expect(mails[0].text).toContain("Version 1 is now public");
    expect(mails[0].text).toContain(`http://localhost/en/algorithms/${team.entry.publicId}`);
  });

  it("never mails people about their own action: an approver who submits and publishes gets nothing", async () => {
    const team = await draftWithTeam("Own action: waste collection routes");
    expect((await transition(team.approver, team.entry.id, "submit")).ok).toBe(true);
    expect((await transition(team.approver, team.entry.id, "publish", { changeNote: "First publication" })).ok).toBe(true);
    const mails = await mailsAbout("Own action: waste collection routes");
    expect(recipients(mails)).toEqual([team.secondApprover.email]);
    expect(mails[0].subject).toMatch(/^Waiting for your approval/);
  });
});

describe("review conclusion notifications", () => {
  it("mails the organisation's approvers and the staff who worked on the entry, not the reviewer nor other staff", async () => {
    const a = await createAssessmentIn("submitted");
    const bystander = await createUser("editor", a.org.id); // never worked on this entry
    const otherOrg = await createOrgWithStaff();
    const entry = await db.entry.findUniqueOrThrow({ where: { id: a.entry.id }, select: { name: true } });
    smtp.received.length = 0;
    const done = await transitionAssessment(a.reviewer, a.assessmentId, "conclude", { outcome: "adequate", publicSummary: "A sound assessment." });
    expect(done.ok).toBe(true);
    const mails = await mailsAbout("Review concluded");
    expect(recipients(mails)).toEqual([a.approver.email, a.editor.email].sort());
    expect(recipients(mails)).not.toContain(bystander.email);
    expect(recipients(mails)).not.toContain(a.reviewer.email);
    expect(recipients(mails)).not.toContain(otherOrg.approver.email);
    expect(mails[0].subject).toBe(`Review concluded: impact assessment of "${entry.name}"`);
    expect(mails[0].text).toContain("Outcome: Adequate.");
    expect(mails[0].text).toContain(`http://localhost/en/assessments/${a.assessmentId}`);
    expect(mails[0].text).not.toContain(a.reviewer.name);
  });
});

describe("switched-off kinds", () => {
  it("are not sent to who switched them off, and still are to everyone else", async () => {
    const team = await draftWithTeam("Switched off: youth care referrals");
    await switchOff(team.approver, ["entry_published", "review_concluded", "feedback_received", "entry_changes_requested"]);
    await switchOff(team.editor, []);
    expect((await transition(team.editor, team.entry.id, "submit")).ok).toBe(true);
    expect((await transition(team.secondApprover, team.entry.id, "publish", { changeNote: "First publication" })).ok).toBe(true);
    const mails = await mailsAbout("Switched off: youth care referrals");
    // The approver switched off "submitted"; the editor switched off everything, so no "published" mail either.
    expect(recipients(mails)).toEqual([team.secondApprover.email]);
    expect(await db.outboxMail.count({ where: { to: { in: [team.approver.email, team.editor.email] }, subject: { contains: "youth care" } } })).toBe(0);
  });

  it("switch off feedback notices too, and switching a kind back on sends it again", async () => {
    const { entry, editor, approver } = await createPublishedEntry({ name: "Feedback notices: bin collection" });
    await switchOff(editor, ["entry_changes_requested"]);
    const send = async (ip: string) =>
      call(
        submitFeedbackAction,
        await formRequest(`/algorithms/${entry.publicId}/feedback`, { type: "question", message: "When is this algorithm reviewed again?", website: "" }),
        { id: entry.publicId },
        { clientIp: ip },
      );
    await send("192.0.2.90");
    const first = await db.feedbackThread.findFirstOrThrow({ where: { entryId: entry.id }, orderBy: { createdAt: "asc" } });
    expect(recipients(await mailsAbout(first.reference))).toEqual([approver.email]);

    await switchOff(editor, ["feedback_received"]);
    smtp.received.length = 0;
    await send("192.0.2.91");
    const second = await db.feedbackThread.findFirstOrThrow({ where: { entryId: entry.id }, orderBy: { createdAt: "desc" } });
    expect(recipients(await mailsAbout(second.reference))).toEqual([approver.email, editor.email].sort());
  });
});

describe("one transaction for the change and its mails", () => {
  // A storage fault in the outbox only, in each engine's trigger SQL.
  const postgres = databaseEngine() === "postgresql";
  const breakOutbox = async () => {
    if (!postgres)
      return db.$executeRawUnsafe(`CREATE TRIGGER outbox_broken BEFORE INSERT ON "OutboxMail" BEGIN SELECT RAISE(ABORT, 'outbox unavailable'); END`);
    await db.$executeRawUnsafe(`CREATE FUNCTION outbox_broken() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RAISE EXCEPTION ''outbox unavailable''; END'`);
    return db.$executeRawUnsafe(`CREATE TRIGGER outbox_broken BEFORE INSERT ON "OutboxMail" FOR EACH ROW EXECUTE FUNCTION outbox_broken()`);
  };
  const mendOutbox = async () => {
    if (!postgres) return db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS outbox_broken`);
    return db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS outbox_broken() CASCADE`);
  };
  afterEach(mendOutbox);

  it("a submission whose mail cannot be stored is not stored either, and the retry stores both", async () => {
    const team = await draftWithTeam("Atomic submit: debt advice triage");
    await breakOutbox();
    await expect(transition(team.editor, team.entry.id, "submit")).rejects.toThrow();
    expect((await db.entry.findUniqueOrThrow({ where: { id: team.entry.id } })).state).toBe("draft");
    expect(await db.auditLog.count({ where: { entryId: team.entry.id, action: "entry.submit" } })).toBe(0);
    await mendOutbox();
    expect((await transition(team.editor, team.entry.id, "submit")).ok).toBe(true);
    expect((await db.entry.findUniqueOrThrow({ where: { id: team.entry.id } })).state).toBe("submitted");
    expect(await db.outboxMail.count({ where: { subject: { contains: "Atomic submit" } } })).toBe(2);
  });

  it("a publication or a request for changes whose mail cannot be stored leaves the entry as it was", async () => {
    const team = await draftWithTeam("Atomic publish: housing allocation");
    expect((await transition(team.editor, team.entry.id, "submit")).ok).toBe(true);
    await breakOutbox();
    await expect(transition(team.approver, team.entry.id, "publish", { changeNote: "First publication" })).rejects.toThrow();
    await expect(transition(team.approver, team.entry.id, "request_changes", { comment: "Add the contact." })).rejects.toThrow();
    const entry = await db.entry.findUniqueOrThrow({ where: { id: team.entry.id } });
    expect(entry).toMatchObject({ state: "submitted", currentVersionId: null });
    expect(await db.entryVersion.count({ where: { entryId: team.entry.id } })).toBe(0);
  });

  it("a review conclusion whose mail cannot be stored is not concluded", async () => {
    const a = await createAssessmentIn("submitted");
    await breakOutbox();
    await expect(transitionAssessment(a.reviewer, a.assessmentId, "conclude", { outcome: "adequate", publicSummary: "Fine." })).rejects.toThrow();
    expect((await db.assessment.findUniqueOrThrow({ where: { id: a.assessmentId } })).state).toBe("submitted");
  });
});

describe("the citizen's copy of the receipt", () => {
  const body = { type: "question", message: "How often is the model checked for bias?", name: "Jan Jansen", consent: "", website: "" };

  it("holds the reference, the answer deadline, the entry's link and a withdrawal link that works; staff mails keep the address out", async () => {
    const { entry, editor } = await createPublishedEntry({ name: "Receipt copy: benefit fraud signals" });
    const { thrown } = await call(
      submitFeedbackAction,
      await formRequest(`/algorithms/${entry.publicId}/feedback`, { ...body, email: "citizen.one@citizen.example" }),
      { id: entry.publicId },
      { clientIp: "192.0.2.80" },
    );
    expect(statusOf(thrown)).toBe(302);
    const thread = await db.feedbackThread.findFirstOrThrow({ where: { entryId: entry.id } });
    const mails = await mailsAbout(thread.reference);
    const copy = mails.filter((m) => m.to.includes("citizen.one@citizen.example"));
    expect(copy).toHaveLength(1);
    const { subject, text } = copy[0];
    expect(subject).toBe(`We have received your message ${thread.reference}`);
    expect(text).toContain(`Your reference number: ${thread.reference}`);
    expect(text).toContain(`You can expect an answer by ${formatDay(thread.deadlineAt, "en")}.`);
    expect(text).toContain(`http://localhost/en/algorithms/${entry.publicId}`);
    const link = /http:\/\/localhost\/en\/feedback\/withdraw\/(\S+)/.exec(text);
    expect(link).not.toBeNull();
    const page = dataOf<{ reference: string; withdrawn: boolean }>(
      (await call(withdrawLoader, getRequest(`/feedback/withdraw/${link![1]}`), { token: link![1] })).result,
    );
    expect(page).toMatchObject({ reference: thread.reference, withdrawn: false });
    expect(text).not.toContain(editor.email);

    const staff = mails.filter((m) => !m.to.includes("citizen.one@citizen.example"));
    expect(staff.length).toBeGreaterThan(0);
    for (const mail of staff) {
      expect(mail.text).not.toContain("citizen.one@citizen.example");
      expect(mail.text).not.toContain("Jan Jansen");
      expect(mail.text).not.toContain("/feedback/withdraw/");
    }
  });

  it("is not sent when no address is given, and never to another citizen", async () => {
    const { entry } = await createPublishedEntry({ name: "Receipt copy: no address" });
    await call(
      submitFeedbackAction,
      await formRequest(`/algorithms/${entry.publicId}/feedback`, { ...body, email: "" }),
      { id: entry.publicId },
      { clientIp: "192.0.2.81" },
    );
    await call(
      submitFeedbackAction,
      await formRequest(`/algorithms/${entry.publicId}/feedback`, { ...body, email: "citizen.two@citizen.example" }),
      { id: entry.publicId },
      { clientIp: "192.0.2.82" },
    );
    const threads = await db.feedbackThread.findMany({ where: { entryId: entry.id }, orderBy: { createdAt: "asc" } });
    expect(threads).toHaveLength(2);
    const citizenMails = await db.outboxMail.findMany({
      where: { subject: { startsWith: "We have received your message" }, text: { contains: entry.publicId } },
    });
    expect(citizenMails.map((m) => m.to)).toEqual(["citizen.two@citizen.example"]);
    expect(citizenMails[0].text).toContain(threads[1].reference);
    expect(citizenMails[0].text).not.toContain(threads[0].reference);
  });
});

describe("notification settings page", () => {
  it("asks for a sign-in, and lists the kinds the user's role can get, all on at first", async () => {
    expect(statusOf((await call(settingsLoader, getRequest("/account/notifications"))).thrown)).toBe(302);
    const { editor, approver } = await createOrgWithStaff();
    const kinds = async (user: { id: string }) =>
      dataOf<{ kinds: Array<{ kind: string; enabled: boolean }> }>(
        (await call(settingsLoader, getRequest("/account/notifications", await sessionFor(user.id)))).result,
      ).kinds;
    expect(await kinds(editor)).toEqual([
      { kind: "entry_changes_requested", enabled: true },
      { kind: "entry_published", enabled: true },
      { kind: "review_concluded", enabled: true },
      { kind: "feedback_received", enabled: true },
    ]);
    expect((await kinds(approver)).map((k) => k.kind)).toEqual([
      "entry_submitted",
      "entry_changes_requested",
      "entry_published",
      "review_concluded",
      "feedback_received",
    ]);
    expect(await kinds(await createUser("reviewer"))).toEqual([]);
  });

  it("stores the choice, shows it again and records it in the audit trail", async () => {
    const { approver } = await createOrgWithStaff();
    const cookie = await sessionFor(approver.id);
    const { thrown } = await call(settingsAction, await formRequest("/account/notifications", { receive: "entry_submitted" }, { cookie }));
    expect((thrown as Response).headers.get("Location")).toBe("/account/notifications?done=saved");
    const page = dataOf<{ kinds: Array<{ kind: string; enabled: boolean }> }>(
      (await call(settingsLoader, getRequest("/account/notifications", cookie))).result,
    );
    expect(page.kinds.filter((k) => k.enabled).map((k) => k.kind)).toEqual(["entry_submitted"]);
    expect(await db.auditLog.count({ where: { subjectId: approver.id, action: "user.notifications_changed" } })).toBe(1);
  });

  it("refuses a kind it does not know, keeping what was ticked, and changes nothing", async () => {
    const { editor } = await createOrgWithStaff();
    const cookie = await sessionFor(editor.id);
    const { result } = await call(settingsAction, await formRequest("/account/notifications", { receive: ["entry_published", "everything"] }, { cookie }));
    expect(statusOf(result)).toBe(400);
    const answer = dataOf<{ errors: Record<string, string>; values: Record<string, unknown> }>(result);
    expect(showProblem(textFor("en"), answer.errors.receive)).toBe("Choose only from the emails listed");
    expect(answer.values.receive).toEqual(["entry_published", "everything"]);
    expect(await db.notificationPreference.count({ where: { userId: editor.id } })).toBe(0);
  });
});
