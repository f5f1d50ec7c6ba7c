import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { deliverOutbox, queueMail } from "~/email/email.server";
import { retryRound } from "~/email/outbox-timer.server";
import { db } from "~/utils/db.server";
import { releaseLease, takeLease } from "~/utils/job-lease.server";
import { startSmtpServer } from "../support/smtp-server";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());
afterEach(async () => {
  for (const k of ["SMTP_HOST", "SMTP_PORT", "SMTP_FROM"]) delete process.env[k];
  smtp.received.length = 0;
  await db.outboxMail.deleteMany();
  await db.jobLease.deleteMany();
});

const receivedBy = (to: string) => smtp.received.filter((m) => m.to.includes(to)).length;

describe("outbox delivery across processes", () => {
  it("sends each mail once when two processes' delivery rounds run at the same time", async () => {
    smtp.use();
    const addresses = Array.from({ length: 30 }, (_, i) => `person${i}@example.org`);
    for (const to of addresses) await queueMail({ to, subject: "Notice", text: "x" });
    // A second copy of the mail module, as another server process has: its own queue and its own process id.
    vi.resetModules();
    const other = (await import("~/email/email.server")) as typeof import("~/email/email.server");
    expect(other.deliverOutbox).not.toBe(deliverOutbox);
    const [mine, theirs] = await Promise.all([deliverOutbox(), other.deliverOutbox()]);
    expect(mine.sent + theirs.sent).toBe(30);
    expect(mine.failed + theirs.failed).toBe(0);
    for (const to of addresses) expect(receivedBy(to), to).toBe(1);
    expect(await db.outboxMail.count({ where: { sentAt: null } })).toBe(0);
    expect(await db.outboxMail.count({ where: { NOT: { claimedBy: null } } })).toBe(0); // claims are let go once sent
  });

  it("leaves a mail another process has claimed, and sends it once that claim has expired (the process died)", async () => {
    smtp.use();
    const mail = await queueMail({ to: "claimed@example.org", subject: "Claimed", text: "x" });
    const until = new Date(Date.now() + 60_000);
    await db.outboxMail.update({ where: { id: mail.id }, data: { claimedBy: "other-host:1:abcd", claimedUntil: until } });
    expect(await deliverOutbox()).toEqual({ sent: 0, failed: 0 });
    expect(receivedBy("claimed@example.org")).toBe(0);
    expect(await deliverOutbox(new Date(until.getTime() + 1000))).toEqual({ sent: 1, failed: 0 });
    expect(receivedBy("claimed@example.org")).toBe(1);
  });
});

describe("job leases", () => {
  it("gives a lease to one holder at a time, renews it for its holder, and passes it on when it expires or is released", async () => {
    const now = new Date();
    expect(await takeLease("job", 60_000, { holder: "a", now })).toBe(true);
    expect(await takeLease("job", 60_000, { holder: "b", now })).toBe(false);
    expect(await takeLease("job", 60_000, { holder: "a", now: new Date(now.getTime() + 30_000) })).toBe(true);
    expect(await takeLease("job", 60_000, { holder: "b", now: new Date(now.getTime() + 80_000) })).toBe(false); // renewed until +90 s
    expect(await takeLease("job", 60_000, { holder: "b", now: new Date(now.getTime() + 91_000) })).toBe(true);
    await releaseLease("job", { holder: "a" }); // not a's any more: nothing happens
    expect(await takeLease("job", 60_000, { holder: "a", now: new Date(now.getTime() + 92_000) })).toBe(false);
    await releaseLease("job", { holder: "b" });
    expect(await takeLease("job", 60_000, { holder: "a", now: new Date(now.getTime() + 93_000) })).toBe(true);
  });

  it("of many holders asking at once, exactly one gets it", async () => {
    const holders = Array.from({ length: 8 }, (_, i) => `h${i}`);
    const results = await Promise.all(holders.map((holder) => takeLease("race", 60_000, { holder })));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("does the outbox's retry round only in the process that holds its lease, and writes nothing while no mail is due", async () => {
    smtp.use();
    expect(await retryRound()).toBe(false);
    expect(await db.jobLease.count()).toBe(0);
    await queueMail({ to: "retry@example.org", subject: "Retry", text: "x" });
    await db.jobLease.create({ data: { name: "outbox-retries", holder: "other-host:1:abcd", expiresAt: new Date(Date.now() + 60_000) } });
    expect(await retryRound()).toBe(false);
    await db.jobLease.update({ where: { name: "outbox-retries" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await retryRound()).toBe(true);
    await vi.waitFor(async () => expect(await db.outboxMail.count({ where: { to: "retry@example.org", NOT: { sentAt: null } } })).toBe(1));
    expect(receivedBy("retry@example.org")).toBe(1);
  });
});
