import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { deliverOutbox, MAX_ATTEMPTS, sendMail } from "~/email/email.server";
import { action as submit } from "~/routes/algorithms.$id_.feedback";
import { loader as outboxLoader } from "~/routes/admin.outbox";
import { databaseEngine, db } from "~/utils/db.server";
import { createPublishedEntry } from "../support/entry-factories";
import { createUser, sessionFor } from "../support/factories";
import { call, dataOf, formRequest, getRequest, statusOf } from "../support/requests";
import { startSmtpServer, type ReceivedMail } from "../support/smtp-server";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let received: ReceivedMail[] = [];

beforeAll(async () => {
  smtp = await startSmtpServer();
  received = smtp.received;
});

afterAll(async () => {
  await smtp.close();
});

const SMTP_VARS = ["SMTP_HOST", "SMTP_PORT", "SMTP_FROM", "SMTP_SECURE", "FEEDBACK_NOTIFY_EMAIL"];
afterEach(() => {
  for (const k of SMTP_VARS) delete process.env[k];
  received.length = 0;
});

const useSmtp = () => smtp.use();

describe("sendMail", () => {
  it("keeps mail in the outbox when SMTP is not configured", async () => {
    const { id, sent } = await sendMail({ to: "a@example.org", subject: "Hello", text: "Body" });
    expect(sent).toBe(false);
    const row = await db.outboxMail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ to: "a@example.org", subject: "Hello", text: "Body", sentAt: null, error: null });
  });

  it("delivers through a real SMTP server and marks the outbox row sent", async () => {
    useSmtp();
    const { id, sent } = await sendMail({ to: "citizen@example.org", subject: "Your answer", text: "Dear citizen,\nhere is our answer." });
    expect(sent).toBe(true);
    expect(received).toHaveLength(1);
    expect(received[0].from).toBe("register@register.example");
    expect(received[0].to).toEqual(["citizen@example.org"]);
    expect(received[0].data).toContain("Subject: Your answer");
    expect(received[0].data).toContain("here is our answer.");
    expect((await db.outboxMail.findUniqueOrThrow({ where: { id } })).sentAt).not.toBeNull();
  });

  it("records a delivery error without throwing", async () => {
    process.env.SMTP_HOST = "127.0.0.1";
    process.env.SMTP_PORT = "1"; // nothing listens there
    const { id, sent } = await sendMail({ to: "x@example.org", subject: "S", text: "T" });
    expect(sent).toBe(false);
    const row = await db.outboxMail.findUniqueOrThrow({ where: { id } });
    expect(row.sentAt).toBeNull();
    expect(row.error).toBeTruthy();
  });
});

describe("notifications", () => {
  it("mails the organisation's editors and approvers on new feedback, with a link and without the sender's details", async () => {
    useSmtp();
    const { entry, editor, approver } = await createPublishedEntry();
    const { thrown } = await call(
      submit,
      await formRequest(`/algorithms/${entry.publicId}/feedback`, {
        type: "error",
        message: "The contact address in this entry bounces.",
        email: "me@citizen.example",
        name: "",
        consent: "",
        website: "",
      }),
      { id: entry.publicId },
    );
    expect(statusOf(thrown)).toBe(302);
    const thread = await db.feedbackThread.findFirstOrThrow({ where: { entryId: entry.id } });
    // Delivered from the outbox after the thread is stored, without holding up the citizen's answer.
    // (Mail queued earlier in this file while SMTP was off goes out with it: the outbox keeps it until it can.)
    // The sender's own copy of the receipt is tested in notifications.test.ts.
    const notices = () => received.filter((m) => m.data.includes(thread.reference) && !m.to.includes("me@citizen.example"));
    await vi.waitFor(() => expect(notices()).toHaveLength(2), { timeout: 10_000 });
    expect(
      notices()
        .map((m) => m.to[0])
        .sort(),
    ).toEqual([editor.email, approver.email].sort());
    expect(notices()[0].data).toContain(`http://localhost/en/feedback/${thread.id}`);
    // Staff can switch this mail off: it says where.
    expect(notices()[0].data).toContain("http://localhost/en/account/notifications");
    expect(notices()[0].data).not.toContain("me@citizen.example");
  });

  it("falls back to FEEDBACK_NOTIFY_EMAIL when the organisation has no staff", async () => {
    const { entry, editor, approver } = await createPublishedEntry();
    await db.user.updateMany({ where: { id: { in: [editor.id, approver.id] } }, data: { role: "reviewer", organisationId: null } });
    process.env.FEEDBACK_NOTIFY_EMAIL = "feedback-desk@register.example";
    await call(
      submit,
      await formRequest(`/algorithms/${entry.publicId}/feedback`, { type: "question", message: "Who do I contact about this?", website: "" }),
      { id: entry.publicId },
    );
    expect(await db.outboxMail.count({ where: { to: "feedback-desk@register.example" } })).toBe(1);
  });
});

describe("feedback with mail delivery failing", () => {
  const body = { type: "question", message: "Is this system still in use in 2026?", email: "", name: "", consent: "", website: "" };

  it("stores the thread, its audit row and its mails, gives the receipt, and delivers later with retries", async () => {
    process.env.SMTP_HOST = "127.0.0.1";
    process.env.SMTP_PORT = "1"; // nothing listens there: SMTP is down
    const { entry, editor } = await createPublishedEntry();
    const { thrown } = await call(
      submit,
      await formRequest(`/algorithms/${entry.publicId}/feedback`, body),
      { id: entry.publicId },
      { clientIp: "192.0.2.50" },
    );
    expect(statusOf(thrown)).toBe(302);
    expect((thrown as Response).headers.get("Location")).toBe(`/en/algorithms/${entry.publicId}/feedback/received`);
    const thread = await db.feedbackThread.findFirstOrThrow({ where: { entryId: entry.id } });
    expect(await db.auditLog.count({ where: { subjectId: thread.id, action: "feedback.received" } })).toBe(1);
    const mail = () => db.outboxMail.findFirstOrThrow({ where: { to: editor.email, subject: { contains: thread.reference } } });
    await vi.waitFor(async () => expect((await mail()).attempts).toBe(1));
    const failed = await mail();
    expect(failed.sentAt).toBeNull();
    expect(failed.error).toBeTruthy();
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    // Not due yet: nothing is tried again.
    useSmtp();
    expect(await deliverOutbox()).toEqual({ sent: 0, failed: 0 });
    // Once due, the retry delivers it.
    const later = new Date(failed.nextAttemptAt.getTime() + 1000);
    const { sent } = await deliverOutbox(later);
    expect(sent).toBeGreaterThanOrEqual(1);
    expect((await mail()).sentAt).not.toBeNull();
    expect(received.some((m) => m.to.includes(editor.email) && m.data.includes(thread.reference))).toBe(true);
  });

  it("gives up after the last retry and keeps the mail in the outbox", async () => {
    process.env.SMTP_HOST = "127.0.0.1";
    process.env.SMTP_PORT = "1";
    const { id } = await sendMail({ to: "never@example.org", subject: "Never", text: "x" });
    let at = new Date();
    for (let i = 1; i < MAX_ATTEMPTS + 2; i++) {
      at = new Date(at.getTime() + 2 * 86_400_000);
      await deliverOutbox(at);
    }
    const row = await db.outboxMail.findUniqueOrThrow({ where: { id } });
    expect(row.attempts).toBe(MAX_ATTEMPTS);
    expect(row.sentAt).toBeNull();
  });

  it("stores nothing when the mails cannot be stored with the thread: no thread without its audit row and notice", async () => {
    const { entry } = await createPublishedEntry();
    // A storage fault in the outbox only, in each engine's trigger SQL (as in notifications.test.ts).
    const postgres = databaseEngine() === "postgresql";
    if (postgres) {
      await db.$executeRawUnsafe(`CREATE FUNCTION outbox_broken() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RAISE EXCEPTION ''outbox unavailable''; END'`);
      await db.$executeRawUnsafe(`CREATE TRIGGER outbox_broken BEFORE INSERT ON "OutboxMail" FOR EACH ROW EXECUTE FUNCTION outbox_broken()`);
    } else {
      await db.$executeRawUnsafe(`CREATE TRIGGER outbox_broken BEFORE INSERT ON "OutboxMail" BEGIN SELECT RAISE(ABORT, 'outbox unavailable'); END`);
    }
    try {
      const { thrown } = await call(
        submit,
        await formRequest(`/algorithms/${entry.publicId}/feedback`, body),
        { id: entry.publicId },
        { clientIp: "192.0.2.51" },
      );
      expect(thrown).toBeTruthy();
      expect(await db.feedbackThread.count({ where: { entryId: entry.id } })).toBe(0);
      expect(await db.auditLog.count({ where: { entryId: entry.id, action: "feedback.received" } })).toBe(0);
    } finally {
      await db.$executeRawUnsafe(postgres ? `DROP FUNCTION outbox_broken() CASCADE` : `DROP TRIGGER outbox_broken`);
    }
  });
});

describe("admin outbox page", () => {
  it("is for admins only and lists stored mail", async () => {
    await sendMail({ to: "listed@example.org", subject: "Listed", text: "x" });
    const editor = await sessionFor((await createUser("editor")).id);
    expect(statusOf((await call(outboxLoader, getRequest("/admin/outbox", editor))).thrown)).toBe(403);
    const admin = await sessionFor((await createUser("admin")).id);
    const page = dataOf<{ mails: Array<{ to: string }>; smtp: boolean }>((await call(outboxLoader, getRequest("/admin/outbox", admin))).result);
    expect(page.smtp).toBe(false);
    expect(page.mails.map((m) => m.to)).toContain("listed@example.org");
  });
});
