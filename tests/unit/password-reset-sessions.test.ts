import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { attemptLogin } from "~/auth/login.server";
import { loginThrottle } from "~/auth/login-throttle.server";
import { getSessionUser, LAST_SEEN_EVERY_MS, startSession } from "~/auth/session.server";
import { describeUserAgent } from "~/auth/user-agent";
import { deliverOutbox } from "~/email/email.server";
import * as forgotRoute from "~/routes/account.forgot-password";
import * as sessionsRoute from "~/routes/account.sessions";
import { action as setAction, loader as setLoader } from "~/routes/account.set-password.$token";
import { db } from "~/utils/db.server";
import { createUser, sessionFor } from "../support/factories";
import { renderRoute } from "../support/render-route";
import { call, dataOf, formRequest, getRequest, statusOf } from "../support/requests";
import { readMail, startSmtpServer } from "../support/smtp-server";

const NEW_PASSWORD = "a brand new passphrase 2026";
const LINK = /(\/(?:nl\/)?account\/set-password\/)([A-Za-z0-9_-]{43})/;
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(() => loginThrottle.reset());
afterEach(() => {
  for (const k of ["SMTP_HOST", "SMTP_PORT", "SMTP_FROM"]) delete process.env[k];
  smtp.received.length = 0;
});

async function askForReset(email: string, path = "/account/forgot-password") {
  const { thrown, result } = await call(forgotRoute.action, await formRequest(path, { email }));
  return { response: thrown as Response | null, result };
}

describe("forgot password", () => {
  it("mails a reset link through the outbox and a real SMTP server; the link sets the password once and ends every session", async () => {
    smtp.use();
    const user = await createUser("editor", null, { email: "forgetful@agency.example", name: "Fien" });
    const elsewhere = await sessionFor(user.id);
    const { response } = await askForReset("Forgetful@Agency.example");
    expect(response?.status).toBe(302);
    expect(response?.headers.get("Location")).toBe("/account/forgot-password?done=sent");
    await deliverOutbox();
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0].to).toEqual(["forgetful@agency.example"]);
    const mail = readMail(smtp.received[0].data);
    expect(mail.subject).toBe("Reset your password for the Public Algorithm Register");
    expect(mail.text).toContain("Hello Fien");
    expect(mail.text).toContain("works once and for 24 hours");
    const token = LINK.exec(mail.text)![2];
    expect((await db.passwordToken.findFirstOrThrow({ where: { userId: user.id } })).purpose).toBe("reset");

    expect(statusOf((await call(setLoader, getRequest(`/account/set-password/${token}`), { token })).result)).toBe(200);
    const used = await call(setAction, await formRequest(`/account/set-password/${token}`, { newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }), {
      token,
    });
    expect((used.thrown as Response).headers.get("Location")).toBe("/login?done=password-set");
    expect((await attemptLogin(user.email, NEW_PASSWORD)).ok).toBe(true);
    expect(await getSessionUser(getRequest("/", elsewhere))).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);

    const again = await call(
      setAction,
      await formRequest(`/account/set-password/${token}`, { newPassword: "another passphrase 2026", confirmPassword: "another passphrase 2026" }),
      {
        token,
      },
    );
    expect(statusOf(again.result)).toBe(404);
    const actions = (await db.auditLog.findMany({ where: { subjectId: user.id }, orderBy: { at: "asc" } })).map((a) => [a.action, a.details]);
    expect(actions).toContainEqual(["user.password_reset_requested", null]);
    expect(actions).toContainEqual(["user.password_set", JSON.stringify({ purpose: "reset" })]);
  });

  it("gives the same answer for an address without an account, and sends nothing", async () => {
    await createUser("editor", null, { email: "real@agency.example" });
    const before = await db.outboxMail.count();
    const known = await askForReset("real@agency.example");
    const unknown = await askForReset("nobody@agency.example");
    expect(unknown.response?.status).toBe(known.response?.status);
    expect(unknown.response?.headers.get("Location")).toBe(known.response?.headers.get("Location"));
    expect(unknown.response?.headers.get("Set-Cookie")).toBe(known.response?.headers.get("Set-Cookie"));
    expect(await db.outboxMail.count()).toBe(before + 1);
    expect(await db.outboxMail.count({ where: { to: "nobody@agency.example" } })).toBe(0);
  });

  it("sends a mailbox at most three links in a quarter of an hour, with the same answer", async () => {
    await createUser("editor", null, { email: "flooded@agency.example" });
    for (let i = 0; i < 5; i++) expect((await askForReset("flooded@agency.example")).response?.status).toBe(302);
    expect(await db.outboxMail.count({ where: { to: "flooded@agency.example" } })).toBe(3);
    // Only the newest link works.
    expect(await db.passwordToken.count({ where: { user: { email: "flooded@agency.example" }, usedAt: null } })).toBe(1);
  });

  it("refuses an expired reset link", async () => {
    const user = await createUser("editor", null, { email: "late@agency.example" });
    await askForReset(user.email);
    const token = LINK.exec((await db.outboxMail.findFirstOrThrow({ where: { to: user.email } })).text)![2];
    await db.passwordToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(statusOf((await call(setLoader, getRequest(`/account/set-password/${token}`), { token })).result)).toBe(404);
    const post = await call(setAction, await formRequest(`/account/set-password/${token}`, { newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }), {
      token,
    });
    expect(statusOf(post.result)).toBe(404);
    expect((await attemptLogin(user.email, NEW_PASSWORD)).ok).toBe(false);
  });

  it("writes the mail and the page in Dutch for a Dutch request, and links to the Dutch page", async () => {
    const user = await createUser("editor", null, { email: "nederlands@agency.example", name: "Joost" });
    const { response } = await askForReset(user.email, "/nl/account/forgot-password");
    expect(response?.headers.get("Location")).toBe("/nl/account/forgot-password?done=sent");
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: user.email } });
    expect(mail.subject).toBe("Stel een nieuw wachtwoord in voor het Openbaar Algoritmeregister");
    expect(mail.text).toContain("Hallo Joost");
    expect(LINK.exec(mail.text)![1]).toBe("/nl/account/set-password/");
    const page = await renderRoute(getRequest("/nl/account/forgot-password?done=sent"), forgotRoute);
    expect(page).toContain("Wachtwoord vergeten?");
    expect(page).toContain("Als er een account met dat adres is");
    expect(page).not.toContain("Forgot your password?");
  });

  it("checks the address and keeps what was typed", async () => {
    const { result } = await askForReset("not an address");
    expect(statusOf(result)).toBe(400);
    expect(dataOf<{ values: Record<string, string> }>(result).values.email).toBe("not an address");
  });
});

describe("active sessions", () => {
  async function browserSession(userId: string, userAgent: string) {
    const request = new Request("http://localhost/login", { headers: { "User-Agent": userAgent } });
    return (await startSession(request, userId)).split(";")[0];
  }

  it("lists one's own sessions with their browser, this one first and marked", async () => {
    const user = await createUser("editor");
    const laptop = await browserSession(user.id, FIREFOX);
    await browserSession(user.id, IPHONE);
    await sessionFor((await createUser("editor")).id); // someone else's
    const { result } = await call(sessionsRoute.loader, getRequest("/account/sessions", laptop));
    const { sessions } = dataOf<Awaited<ReturnType<typeof sessionsRoute.loader>>>(result);
    expect(sessions).toHaveLength(2);
    expect(sessions[0]).toMatchObject({ current: true, browser: "Firefox 128", system: "Linux" });
    expect(sessions[1]).toMatchObject({ current: false, browser: "Safari 17", system: "iOS" });
    // Neither the session id nor anything that would sign in as it reaches the page.
    const ids = (await db.session.findMany({ where: { userId: user.id } })).map((s) => s.id);
    for (const id of ids) expect(JSON.stringify(sessions)).not.toContain(id);

    const page = await renderRoute(getRequest("/account/sessions", laptop), sessionsRoute);
    expect(page).toContain("Firefox 128 on Linux");
    expect(page).toContain("This browser");
    const dutch = await renderRoute(getRequest("/nl/account/sessions", laptop), sessionsRoute);
    expect(dutch).toContain("Safari 17 op iOS");
    expect(dutch).toContain("Overal anders uitloggen");
  });

  it("signs out one other session, and everywhere else, but never someone else's", async () => {
    const user = await createUser("editor");
    const here = await browserSession(user.id, FIREFOX);
    const phone = await browserSession(user.id, IPHONE);
    const tablet = await browserSession(user.id, IPHONE);
    const stranger = await createUser("editor");
    const strangers = await browserSession(stranger.id, FIREFOX);

    const listed = dataOf<Awaited<ReturnType<typeof sessionsRoute.loader>>>(
      (await call(sessionsRoute.loader, getRequest("/account/sessions", strangers))).result,
    );
    const strangerHandle = listed.sessions[0].handle;
    const refused = await call(sessionsRoute.action, await formRequest("/account/sessions", { intent: "end", session: strangerHandle }, { cookie: here }));
    expect((refused.thrown as Response).headers.get("Location")).toBe("/account/sessions?done=ended");
    expect(await getSessionUser(getRequest("/", strangers))).not.toBeNull();

    const mine = dataOf<Awaited<ReturnType<typeof sessionsRoute.loader>>>((await call(sessionsRoute.loader, getRequest("/account/sessions", phone))).result);
    const phoneHandle = mine.sessions.find((s) => s.current)!.handle;
    await call(sessionsRoute.action, await formRequest("/account/sessions", { intent: "end", session: phoneHandle }, { cookie: here }));
    expect(await getSessionUser(getRequest("/", phone))).toBeNull();
    expect(await getSessionUser(getRequest("/", tablet))).not.toBeNull();

    const all = await call(sessionsRoute.action, await formRequest("/account/sessions", { intent: "end-others" }, { cookie: here }));
    expect((all.thrown as Response).headers.get("Location")).toBe("/account/sessions?done=others-ended");
    expect(await getSessionUser(getRequest("/", tablet))).toBeNull();
    expect((await getSessionUser(getRequest("/", here)))?.id).toBe(user.id);
    expect(await getSessionUser(getRequest("/", strangers))).not.toBeNull();
    const ended = await db.auditLog.findMany({ where: { subjectId: user.id, action: "user.sessions_ended" }, orderBy: { at: "asc" } });
    expect(ended.map((a) => JSON.parse(a.details!))).toEqual([
      { scope: "one", count: 1 },
      { scope: "others", count: 1 },
    ]);
  });

  it("is for signed-in people only", async () => {
    const { thrown } = await call(sessionsRoute.loader, getRequest("/account/sessions"));
    expect((thrown as Response).headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });

  it("notes when a session was last used, at most once a minute", async () => {
    const user = await createUser("editor");
    const cookie = await browserSession(user.id, FIREFOX);
    const recent = new Date(Date.now() - LAST_SEEN_EVERY_MS / 2);
    await db.session.updateMany({ where: { userId: user.id }, data: { lastSeenAt: recent } });
    await getSessionUser(getRequest("/", cookie));
    expect((await db.session.findFirstOrThrow({ where: { userId: user.id } })).lastSeenAt).toEqual(recent);
    const old = new Date(Date.now() - LAST_SEEN_EVERY_MS * 2);
    await db.session.updateMany({ where: { userId: user.id }, data: { lastSeenAt: old } });
    await getSessionUser(getRequest("/", cookie));
    expect((await db.session.findFirstOrThrow({ where: { userId: user.id } })).lastSeenAt!.getTime()).toBeGreaterThan(Date.now() - 5000);
  });
});

describe("describing a browser", () => {
  it("names common browsers and systems, and nothing for the unknown", () => {
    expect(describeUserAgent(FIREFOX)).toEqual({ browser: "Firefox 128", system: "Linux" });
    expect(describeUserAgent(IPHONE)).toEqual({ browser: "Safari 17", system: "iOS" });
    expect(
      describeUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ).toEqual({ browser: "Edge 126", system: "Windows" });
    expect(describeUserAgent("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36")).toEqual({
      browser: "Chrome 126",
      system: "macOS",
    });
    expect(describeUserAgent(null)).toEqual({ browser: null, system: null });
  });
});
