import { describe, expect, it } from "vitest";
import { createDraft } from "~/entries/entries.server";
import { publishedEntryForFeedback, submitFeedback } from "~/feedback/feedback.server";
import { feedbackSchema } from "~/feedback/feedback-schema";
import { hashToken } from "~/feedback/tokens.server";
import { action as feedbackAction, loader as feedbackLoader } from "~/routes/algorithms.$id_.feedback";
import { loader as receiptLoader } from "~/routes/algorithms.$id_.feedback_.received";
import { action as withdrawAction, loader as withdrawLoader } from "~/routes/feedback.withdraw.$token";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import { db } from "~/utils/db.server";
import { createOrgWithStaff, createPublishedEntry, validDocument } from "../support/entry-factories";
import { call, dataOf, formRequest, getRequest, statusOf } from "../support/requests";

const fields = (overrides: Record<string, string> = {}) => ({
  type: "question",
  message: "Which data does this algorithm use?\nAnd who checks it?",
  name: "Jo Citizen",
  email: "jo@citizen.example",
  consent: "yes",
  website: "",
  ...overrides,
});

const en = (message: string | undefined) => showProblem(textFor("en"), message ?? "");

// The limits count stored messages in this file's database: each post comes from its own address unless a test says otherwise.
let nextAddress = 0;
const freshAddress = () => `198.51.100.${++nextAddress}`;

async function post(publicId: string, body: Record<string, string>, ip = freshAddress()) {
  return call(feedbackAction, await formRequest(`/algorithms/${publicId}/feedback`, body), { id: publicId }, { clientIp: ip });
}

describe("public feedback form", () => {
  it("takes a form post without JavaScript and redirects to a receipt with a reference number", async () => {
    const { entry } = await createPublishedEntry();
    const { thrown } = await post(entry.publicId, fields());
    expect(statusOf(thrown)).toBe(302);
    const res = thrown as Response;
    expect(res.headers.get("Location")).toBe(`/en/algorithms/${entry.publicId}/feedback/received`);

    const thread = await db.feedbackThread.findFirstOrThrow({ where: { entryId: entry.id } });
    expect(thread.reference).toMatch(/^FB-\d{4}-000001$/);
    expect(thread.message).toBe("Which data does this algorithm use?\nAnd who checks it?");
    expect(thread).toMatchObject({
      type: "question",
      name: "Jo Citizen",
      email: "jo@citizen.example",
      consentToPublish: true,
      status: "received",
      moderation: "pending",
    });
    expect(thread.ipHash).toMatch(/^[0-9a-f]{64}$/);
    expect(thread.ipHash).not.toContain("203.0.113.7");
    expect(thread.deadlineAt.getTime()).toBeGreaterThan(thread.createdAt.getTime() + 25 * 86_400_000);

    // The receipt shows the reference and the withdrawal link once.
    const cookie = res.headers.get("Set-Cookie")!.split(";")[0];
    const receipt = await call(receiptLoader, getRequest(`/algorithms/${entry.publicId}/feedback/received`, cookie), { id: entry.publicId });
    const shown = dataOf<{ receipt: { reference: string; withdrawUrl: string } }>(receipt.result).receipt;
    expect(shown.reference).toBe(thread.reference);
    const token = shown.withdrawUrl.split("/feedback/withdraw/")[1];
    expect(hashToken(token)).toBe(thread.withdrawTokenHash);
    expect(thread.withdrawTokenHash).not.toContain(token);
    const init = (receipt.result as { init: { headers: Record<string, string> } }).init;
    expect(init.headers["Set-Cookie"]).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/);
    const again = await call(receiptLoader, getRequest(`/algorithms/${entry.publicId}/feedback/received`), { id: entry.publicId });
    expect(dataOf<{ receipt: unknown }>(again.result).receipt).toBeNull();
  });

  it("sets the deadline in working days of the organisation's country", async () => {
    const received = new Date("2026-02-05T10:00:00Z"); // Thursday; Friday 6 February is Waitangi Day in New Zealand
    const deadlines: Record<string, string> = {};
    for (const country of ["NZ", "NL"]) {
      const { entry, org } = await createPublishedEntry();
      await db.organisation.update({ where: { id: org.id }, data: { country, feedbackDeadlineDays: 1 } });
      const target = (await publishedEntryForFeedback(entry.publicId))!;
      await submitFeedback(target, feedbackSchema.parse(fields()), { ip: "203.0.113.9" }, received);
      deadlines[country] = (await db.feedbackThread.findFirstOrThrow({ where: { entryId: entry.id } })).deadlineAt.toISOString();
    }
    expect(deadlines).toEqual({ NZ: "2026-02-09T10:00:00.000Z", NL: "2026-02-06T10:00:00.000Z" });
  });

  it("numbers references in sequence", async () => {
    const { entry } = await createPublishedEntry();
    await post(entry.publicId, fields(), "198.51.100.1");
    await post(entry.publicId, fields(), "198.51.100.2");
    const refs = (await db.feedbackThread.findMany({ where: { entryId: entry.id }, orderBy: { createdAt: "asc" } })).map((r) => r.reference);
    expect(Number(refs[1].slice(-6))).toBe(Number(refs[0].slice(-6)) + 1);
  });

  it("answers 404 for entries that are not published", async () => {
    const staff = await createOrgWithStaff();
    const draft = await createDraft(staff.editor, staff.org.id, validDocument());
    expect(statusOf((await call(feedbackLoader, getRequest(`/algorithms/${draft.publicId}/feedback`), { id: draft.publicId })).thrown)).toBe(404);
    expect(statusOf((await post(draft.publicId, fields())).thrown)).toBe(404);
    expect(statusOf((await call(feedbackLoader, getRequest("/algorithms/00000000/feedback"), { id: "00000000" })).thrown)).toBe(404);
  });

  it("refuses a post without the CSRF token", async () => {
    const { entry } = await createPublishedEntry();
    const req = await formRequest(`/algorithms/${entry.publicId}/feedback`, fields(), { csrf: "missing" });
    expect(statusOf((await call(feedbackAction, req, { id: entry.publicId })).thrown)).toBe(403);
  });

  it("rejects a filled-in honeypot and stores nothing", async () => {
    const { entry } = await createPublishedEntry();
    const { result } = await post(entry.publicId, fields({ website: "http://cheap-pills.example" }));
    expect(statusOf(result)).toBe(400);
    expect(en(dataOf<{ errors: Record<string, string> }>(result).errors.website)).toMatch(/empty/);
    expect(await db.feedbackThread.count({ where: { entryId: entry.id } })).toBe(0);
  });

  it("shows field errors and keeps what was typed", async () => {
    const { entry } = await createPublishedEntry();
    const { result } = await post(entry.publicId, fields({ type: "", message: "short", email: "nope" }));
    expect(statusOf(result)).toBe(400);
    const body = dataOf<{ errors: Record<string, string>; values: Record<string, string> }>(result);
    expect(Object.keys(body.errors).sort()).toEqual(["email", "message", "type"]);
    expect(body.values.message).toBe("short");
    expect(body.values.name).toBe("Jo Citizen");
  });

  it("limits one address to 5 stored messages in 10 minutes, across entries, with a clear 429 that keeps the text", async () => {
    const entries = await Promise.all([createPublishedEntry(), createPublishedEntry(), createPublishedEntry()]);
    for (let i = 0; i < 5; i++) expect(statusOf((await post(entries[i % 3].entry.publicId, fields(), "203.0.113.7")).thrown)).toBe(302);
    const { result } = await post(entries[2].entry.publicId, fields({ message: "My sixth message, still here." }), "203.0.113.7");
    expect(statusOf(result)).toBe(429);
    const body = dataOf<{ errors: Record<string, string>; values: Record<string, string> }>(result);
    expect(en(body.errors.message)).toMatch(/Wait 10 minutes/);
    expect(body.values.message).toBe("My sixth message, still here.");
    expect(await db.feedbackThread.count({ where: { ipHash: { not: null }, entryId: { in: entries.map((e) => e.entry.id) } } })).toBe(5);
    // Another address may still write.
    expect(statusOf((await post(entries[2].entry.publicId, fields(), "192.0.2.99")).thrown)).toBe(302);
  });

  it("counts only stored messages: rejected posts use up no allowance", async () => {
    const { entry } = await createPublishedEntry();
    for (let i = 0; i < 12; i++) expect(statusOf((await post(entry.publicId, fields({ message: "x" }), "203.0.113.20")).result)).toBe(400);
    expect(statusOf((await post(entry.publicId, fields(), "203.0.113.20")).thrown)).toBe(302);
  });

  it("lets one address use at most a tenth of an entry's hourly allowance, so others can still write", async () => {
    const { entry } = await createPublishedEntry();
    // 3 an hour on one entry from one address (a tenth of 30), even though the address limit (5 in 10 minutes) is not reached.
    for (let i = 0; i < 3; i++) expect(statusOf((await post(entry.publicId, fields(), "203.0.113.30")).thrown)).toBe(302);
    const { result } = await post(entry.publicId, fields({ message: "Once more about the same entry." }), "203.0.113.30");
    expect(statusOf(result)).toBe(429);
    expect(en(dataOf<{ errors: Record<string, string>; values: Record<string, string> }>(result).errors.message)).toMatch(/about this entry in the last hour/);
    expect(statusOf((await post(entry.publicId, fields(), "203.0.113.31")).thrown)).toBe(302);
  });

  it("limits one entry to 30 stored messages an hour from all addresses together", async () => {
    const { entry } = await createPublishedEntry();
    for (let i = 0; i < 30; i++) expect(statusOf((await post(entry.publicId, fields(), `10.0.0.${i}`)).thrown)).toBe(302);
    const { result } = await post(entry.publicId, fields(), "10.0.1.1");
    expect(statusOf(result)).toBe(429);
    expect(en(dataOf<{ errors: Record<string, string> }>(result).errors.message)).toMatch(/many messages in the last hour/);
  });

  it("reads its limits from the settings", async () => {
    process.env.FEEDBACK_PER_ENTRY = "2";
    try {
      const { entry } = await createPublishedEntry();
      for (let i = 0; i < 2; i++) expect(statusOf((await post(entry.publicId, fields())).thrown)).toBe(302);
      expect(statusOf((await post(entry.publicId, fields())).result)).toBe(429);
    } finally {
      delete process.env.FEEDBACK_PER_ENTRY;
    }
  });
});

describe("withdrawal", () => {
  it("hides the thread and deletes name, email and text through the private link", async () => {
    const { entry } = await createPublishedEntry();
    const { thrown } = await post(entry.publicId, fields());
    const cookie = (thrown as Response).headers.get("Set-Cookie")!.split(";")[0];
    const receipt = await call(receiptLoader, getRequest(`/x`, cookie), { id: entry.publicId });
    const token = dataOf<{ receipt: { withdrawUrl: string } }>(receipt.result).receipt.withdrawUrl.split("/withdraw/")[1];

    const page = await call(withdrawLoader, getRequest(`/feedback/withdraw/${token}`), { token });
    expect(dataOf<{ withdrawn: boolean }>(page.result).withdrawn).toBe(false);
    expect(statusOf((await call(withdrawLoader, getRequest("/feedback/withdraw/wrong"), { token: "wrong" })).thrown)).toBe(404);
    expect(statusOf((await call(withdrawAction, await formRequest(`/feedback/withdraw/${token}`, {}, { csrf: "missing" }), { token })).thrown)).toBe(403);

    const done = await call(withdrawAction, await formRequest(`/feedback/withdraw/${token}`, {}), { token });
    expect(done.result).toEqual({ done: true });
    const thread = await db.feedbackThread.findFirstOrThrow({ where: { entryId: entry.id } });
    expect(thread.withdrawnAt).not.toBeNull();
    expect(thread).toMatchObject({ name: null, email: null, message: "", publicMessage: null });
    expect(await db.auditLog.count({ where: { subjectId: thread.id, action: "feedback.withdrawn" } })).toBe(1);
  });
});
