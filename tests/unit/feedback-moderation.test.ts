import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { FeedbackPanel } from "~/dashboard/feedback-panel";
import { feedbackPanel } from "~/dashboard/feedback-panel.server";
import { feedbackForEntryPage, publishedThreadsForApi } from "~/feedback/entry-feedback.server";
import { FeedbackSection } from "~/feedback/feedback-section";
import { organisationResponseStats, entriesAwaitingAnswer } from "~/feedback/feedback-stats.server";
import { loader as atomLoader } from "~/routes/algorithms.$id_.feedback[.]atom";
import { action as submit } from "~/routes/algorithms.$id_.feedback";
import { action as moderateAction, loader as moderateLoader } from "~/routes/feedback.$id";
import { action as listAction, loader as listLoader } from "~/routes/feedback._index";
import { withdrawFeedback } from "~/feedback/feedback.server";
import { feedbackStatusLabel } from "~/feedback/feedback-types";
import { confirmation } from "~/i18n/confirmation";
import { textFor } from "~/i18n/text";
import { showProblem } from "~/i18n/problem";
import { db } from "~/utils/db.server";
import { createPublishedEntry } from "../support/entry-factories";
import { createUser, sessionFor } from "../support/factories";
import { renderInLanguage } from "../support/in-language";
import { call, dataOf, formRequest, getRequest, statusOf } from "../support/requests";

const en = (message: string | undefined) => showProblem(textFor("en"), message ?? "");

const EMAIL = "secret.person@citizen.example";
const NAME = "Secret Person";

// Limits count stored messages per address: each new thread comes from its own address.
let senders = 0;

async function newThread(overrides: Record<string, string> = {}) {
  const staff = await createPublishedEntry();
  const body = {
    type: "concern",
    message: "My neighbour Jan Jansen at Dorpsstraat 1 was refused. Why?",
    name: NAME,
    email: EMAIL,
    consent: "yes",
    website: "",
    ...overrides,
  };
  const { thrown } = await call(
    submit,
    await formRequest(`/algorithms/${staff.entry.publicId}/feedback`, body),
    { id: staff.entry.publicId },
    { clientIp: `198.51.100.${++senders}` },
  );
  expect(statusOf(thrown)).toBe(302);
  const thread = await db.feedbackThread.findFirstOrThrow({ where: { entryId: staff.entry.id } });
  return { ...staff, thread, editorCookie: await sessionFor(staff.editor.id), approverCookie: await sessionFor(staff.approver.id) };
}

async function act(id: string, cookie: string, fields: Record<string, string>) {
  return call(moderateAction, await formRequest(`/feedback/${id}`, fields, { cookie }), { id });
}

async function publicStrings(entryId: string, publicId: string) {
  const page = await feedbackForEntryPage(entryId);
  const html = renderInLanguage("en", createElement(FeedbackSection, { feedback: page, entryPublicId: publicId }));
  const api = JSON.stringify(await publishedThreadsForApi(entryId));
  const feed = await (await call(atomLoader, getRequest(`/algorithms/${publicId}/feedback.atom`), { id: publicId })).result!.text();
  return { html, api, feed, all: html + api + feed };
}

describe("moderation permissions", () => {
  it("sends anonymous visitors to the login page", async () => {
    const { thread } = await newThread();
    const page = await call(moderateLoader, getRequest(`/feedback/${thread.id}`), { id: thread.id });
    expect(statusOf(page.thrown)).toBe(302);
    expect((page.thrown as Response).headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    expect(statusOf((await call(listLoader, getRequest("/feedback"))).thrown)).toBe(302);
  });

  it("refuses staff of another organisation and reviewers with 403", async () => {
    const { thread } = await newThread();
    const other = await createPublishedEntry();
    const otherCookie = await sessionFor(other.editor.id);
    expect(statusOf((await call(moderateLoader, getRequest(`/feedback/${thread.id}`, otherCookie), { id: thread.id })).thrown)).toBe(403);
    expect(statusOf((await act(thread.id, otherCookie, { intent: "private" })).thrown)).toBe(403);
    const reviewer = await sessionFor((await createUser("reviewer")).id);
    expect(statusOf((await call(listLoader, getRequest("/feedback", reviewer))).thrown)).toBe(403);
    // The other organisation's list does not contain it.
    const list = dataOf<{ threads: Array<{ id: string }> }>((await call(listLoader, getRequest("/feedback", otherCookie))).result);
    expect(list.threads.map((t) => t.id)).not.toContain(thread.id);
    expect((await db.feedbackThread.findUniqueOrThrow({ where: { id: thread.id } })).moderation).toBe("pending");
  });

  it("lets the organisation's editor and any admin moderate", async () => {
    const { thread, editorCookie } = await newThread();
    const list = dataOf<{ threads: Array<{ id: string }> }>((await call(listLoader, getRequest("/feedback", editorCookie))).result);
    expect(list.threads.map((t) => t.id)).toContain(thread.id);
    const admin = await sessionFor((await createUser("admin")).id);
    const page = await call(moderateLoader, getRequest(`/feedback/${thread.id}`, admin), { id: thread.id });
    expect(dataOf<{ thread: { email: string } }>(page.result).thread.email).toBe(EMAIL);
    expect(statusOf((await act(thread.id, admin, { intent: "private" })).thrown)).toBe(302);
  });
});

describe("moderation actions", () => {
  it("publishes a redacted text: the public sees the redaction, only moderators the original, which can be deleted", async () => {
    const { thread, entry, editorCookie } = await newThread();
    const before = await publicStrings(entry.id, entry.publicId);
    expect(before.html).not.toContain("Dorpsstraat");

    const redacted = "My neighbour [name removed] was refused. Why?";
    expect(statusOf((await act(thread.id, editorCookie, { intent: "publish", publicMessage: redacted })).thrown)).toBe(302);
    const pub = await publicStrings(entry.id, entry.publicId);
    expect(pub.html).toContain("[name removed]");
    expect(pub.api).toContain("[name removed]");
    expect(pub.feed).toContain("[name removed]");
    expect(pub.all).not.toContain("Jan Jansen");

    const mod = dataOf<{ thread: { message: string; publicMessage: string } }>(
      (await call(moderateLoader, getRequest(`/feedback/${thread.id}`, editorCookie), { id: thread.id })).result,
    );
    expect(mod.thread.message).toContain("Jan Jansen");
    expect(mod.thread.publicMessage).toBe(redacted);

    expect(statusOf((await act(thread.id, editorCookie, { intent: "delete-original" })).thrown)).toBe(302);
    const after = await db.feedbackThread.findUniqueOrThrow({ where: { id: thread.id } });
    expect(after.message).toBe("");
    expect(after.publicMessage).toBe(redacted);
    expect((await publicStrings(entry.id, entry.publicId)).html).toContain("[name removed]");
    const actions = (await db.auditLog.findMany({ where: { subjectId: thread.id } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["feedback.received", "feedback.published_redacted", "feedback.original_deleted"]));
  });

  it("refuses to delete the original of a thread published as written", async () => {
    const { thread, editorCookie } = await newThread();
    await act(thread.id, editorCookie, { intent: "publish", publicMessage: "" });
    const res = await act(thread.id, editorCookie, { intent: "delete-original" });
    expect(statusOf(res.result)).toBe(400);
    expect((await db.feedbackThread.findUniqueOrThrow({ where: { id: thread.id } })).message).toContain("Jan Jansen");
  });

  it("never publishes without the sender's consent", async () => {
    const { thread, editorCookie } = await newThread({ consent: "" });
    const res = await act(thread.id, editorCookie, { intent: "publish", publicMessage: "" });
    expect(statusOf(res.result)).toBe(400);
    expect(en(dataOf<{ errors: Record<string, string> }>(res.result).errors._form)).toMatch(/did not agree/);
  });

  it("rejects with a required reason, and marks private (counted, not shown)", async () => {
    const { thread, entry, editorCookie, org } = await newThread();
    const noReason = await act(thread.id, editorCookie, { intent: "reject", reason: " " });
    expect(en(dataOf<{ errors: Record<string, string> }>(noReason.result).errors.reason)).toMatch(/reason/);
    await act(thread.id, editorCookie, { intent: "reject", reason: "Advertising" });
    const rejected = await db.feedbackThread.findUniqueOrThrow({ where: { id: thread.id } });
    expect(rejected).toMatchObject({ moderation: "rejected", moderationReason: "Advertising" });
    expect((await organisationResponseStats(org.id)).received).toBe(0);

    await act(thread.id, editorCookie, { intent: "private" });
    expect((await organisationResponseStats(org.id)).received).toBe(1);
    expect((await feedbackForEntryPage(entry.id)).threads).toEqual([]);
  });

  it("answers in the thread, mails the citizen, shows question and answer publicly, then closes and forgets the email", async () => {
    const { thread, entry, approverCookie, org } = await newThread();
    await act(thread.id, approverCookie, { intent: "publish", publicMessage: "Why was my neighbour refused?" });
    expect(await entriesAwaitingAnswer()).toContain(entry.id);
    const empty = await act(thread.id, approverCookie, { intent: "answer", body: "" });
    expect(en(dataOf<{ errors: Record<string, string> }>(empty.result).errors.body)).toBe("Enter your answer");

    await act(thread.id, approverCookie, { intent: "answer", body: "A case worker checks every case.\nYou can object." });
    const answered = await db.feedbackThread.findUniqueOrThrow({ where: { id: thread.id } });
    expect(answered.status).toBe("answered");
    expect(answered.answeredAt).not.toBeNull();
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: EMAIL, subject: { startsWith: "Answer to your feedback" } } });
    expect(mail.subject).toContain(thread.reference);
    expect(mail.text).toContain("A case worker checks every case.");

    const pub = await publicStrings(entry.id, entry.publicId);
    expect(pub.html).toContain("A case worker checks every case.\nYou can object.");
    expect(pub.html).toContain(`Answer from ${org.name}`);
    expect(pub.html).toContain("A member of the public");
    expect(pub.html).toContain("Answered");
    expect(await entriesAwaitingAnswer()).not.toContain(entry.id);
    const stats = await organisationResponseStats(org.id);
    expect(stats).toMatchObject({ received: 1, answered: 1, answeredInTime: 1, medianDaysToAnswer: 0 });

    await act(thread.id, approverCookie, { intent: "close" });
    const closed = await db.feedbackThread.findUniqueOrThrow({ where: { id: thread.id } });
    expect(closed).toMatchObject({ status: "closed", email: null });
    expect(closed.closedAt).not.toBeNull();
  });

  it("never shows the email address or name in the public HTML, API or feed, and escapes markup", async () => {
    const { thread, entry, editorCookie } = await newThread({ message: `<script>alert(1)</script> & <b>bold</b> — mail me at ${EMAIL}` });
    await act(thread.id, editorCookie, { intent: "publish", publicMessage: "<script>alert(1)</script> & <b>bold</b>" });
    await act(thread.id, editorCookie, { intent: "answer", body: "Thanks <i>you</i>" });
    const pub = await publicStrings(entry.id, entry.publicId);
    expect(pub.all).not.toContain(EMAIL);
    expect(pub.all).not.toContain(NAME);
    // JSON carries the text as data; HTML and XML must escape it.
    expect(pub.html + pub.feed).not.toContain("<script>");
    expect(pub.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
    expect(pub.feed).toContain("&lt;b&gt;bold&lt;/b&gt;");
    expect(pub.api).not.toMatch(/ipHash|withdraw|email/);
  });

  it("flags published threads without an answer after the deadline as awaiting for N days", async () => {
    const { thread, entry, editorCookie } = await newThread();
    await act(thread.id, editorCookie, { intent: "publish", publicMessage: "" });
    const created = new Date(Date.now() - 40 * 86_400_000);
    await db.feedbackThread.update({ where: { id: thread.id }, data: { createdAt: created, deadlineAt: new Date(Date.now() - 10 * 86_400_000) } });
    const page = await feedbackForEntryPage(entry.id);
    expect(page.threads[0].awaitingDays).toBe(40);
    const html = renderInLanguage("en", createElement(FeedbackSection, { feedback: page, entryPublicId: entry.publicId }));
    expect(html).toContain("Awaiting an answer for 40 days");
  });
});

describe("response deadline setting", () => {
  it("lets an approver change their own organisation's deadline, not an editor's or another's", async () => {
    const { org, approverCookie, editorCookie } = await newThread();
    const other = await createPublishedEntry();
    const bad = await call(listAction, await formRequest("/feedback", { organisationId: org.id, days: "0" }, { cookie: approverCookie }));
    expect(en(dataOf<{ errors: Record<string, string> }>(bad.result).errors.days)).toMatch(/at least 1/);
    expect(statusOf((await call(listAction, await formRequest("/feedback", { organisationId: org.id, days: "10" }, { cookie: approverCookie }))).thrown)).toBe(
      302,
    );
    expect((await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).feedbackDeadlineDays).toBe(10);
    expect(statusOf((await call(listAction, await formRequest("/feedback", { organisationId: org.id, days: "15" }, { cookie: editorCookie }))).thrown)).toBe(
      403,
    );
    expect(
      statusOf((await call(listAction, await formRequest("/feedback", { organisationId: other.org.id, days: "15" }, { cookie: approverCookie }))).thrown),
    ).toBe(403);
  });
});

describe("dashboard panel", () => {
  it("counts new and overdue feedback for the organisation's staff and nothing for reviewers", async () => {
    const { thread, editor, org } = await newThread();
    await db.feedbackThread.update({ where: { id: thread.id }, data: { deadlineAt: new Date(Date.now() - 86_400_000) } });
    const user = { ...editor, organisation: { id: org.id, name: org.name, slug: org.slug }, identityProvider: null };
    const panel = await feedbackPanel(user);
    expect(panel).toMatchObject({ pending: 1, awaiting: 1, overdueCount: 1 });
    expect(panel!.overdue[0].reference).toBe(thread.reference);
    const html = renderToStaticMarkup(createElement(FeedbackPanel, { data: panel }));
    expect(html).toContain("1 overdue");
    expect(html).toContain(`/feedback/${thread.id}`);
    const reviewer = await createUser("reviewer");
    expect(await feedbackPanel({ ...reviewer, organisation: null, identityProvider: null })).toBeNull();
  });
});

describe("confirmations after moderation", () => {
  it("redirects with a message key and shows only messages from the fixed list, never text from the address", async () => {
    const { thread, editorCookie } = await newThread();
    const res = await act(thread.id, editorCookie, { intent: "reject", reason: "Spam" });
    expect(res.thrown instanceof Response && res.thrown.headers.get("Location")).toBe(`/en/feedback/${thread.id}?done=rejected`);
    const moderationNotice = (key: string | null) => confirmation(textFor("en").feedback.moderationDone, key);
    expect(moderationNotice("rejected")).toBe("The message is rejected and not shown.");
    for (const spoof of ["Your account is blocked: call 0800-1234", "constructor", "toString", "", null]) expect(moderationNotice(spoof)).toBeNull();
  });
});

describe("withdrawn feedback", () => {
  it("is labelled withdrawn, never overdue or awaiting an answer, in the list, detail and statistics", async () => {
    const { thread, org, editorCookie } = await newThread();
    await db.feedbackThread.update({ where: { id: thread.id }, data: { deadlineAt: new Date(Date.now() - 86_400_000) } });
    await withdrawFeedback(thread.id);
    const list = dataOf<Awaited<ReturnType<typeof listLoader>>>((await call(listLoader, getRequest("/feedback", editorCookie))).result);
    const row = list.threads.find((th) => th.id === thread.id)!;
    expect(row.overdue).toBe(false);
    expect(feedbackStatusLabel(textFor("en"), row)).toBe("Withdrawn by the sender");
    const detail = dataOf<{ thread: { overdue: boolean; status: string; withdrawnAt: Date | null } }>(
      (await call(moderateLoader, getRequest(`/feedback/${thread.id}`, editorCookie), { id: thread.id })).result,
    );
    expect(detail.thread.overdue).toBe(false);
    expect(feedbackStatusLabel(textFor("en"), detail.thread)).toBe("Withdrawn by the sender");
    expect(await organisationResponseStats(org.id)).toMatchObject({ received: 1, awaiting: 0, overdue: 0 });
  });
});

describe("links in published answers", () => {
  it("turns web addresses into nofollow ugc links and leaves anything else as escaped text", async () => {
    const { thread, entry, editorCookie } = await newThread();
    await act(thread.id, editorCookie, { intent: "publish", publicMessage: "Where are the rules?" });
    await act(thread.id, editorCookie, {
      intent: "answer",
      body: "See www.example.org/rules or https://example.org/a?b=1&c=2. Not javascript:alert(1) <b>x</b>",
    });
    const { html } = await publicStrings(entry.id, entry.publicId);
    expect(html).toContain('<a href="https://www.example.org/rules" rel="nofollow ugc">www.example.org/rules</a>');
    expect(html).toContain('<a href="https://example.org/a?b=1&amp;c=2" rel="nofollow ugc">https://example.org/a?b=1&amp;c=2</a>');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain("&lt;b&gt;x&lt;/b&gt;");
  });
});
