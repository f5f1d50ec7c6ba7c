import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { attemptLogin } from "~/auth/login.server";
import { setPasswordWithToken } from "~/auth/own-password.server";
import { findUsablePasswordToken, hashToken, issuePasswordToken } from "~/auth/password-tokens.server";
import { getSessionUser } from "~/auth/session.server";
import { publicOrigin } from "~/config/settings.mjs";
import { deliverOutbox } from "~/email/email.server";
import { action as changeAction, loader as changeLoader } from "~/routes/account.password";
import { action as setAction, loader as setLoader } from "~/routes/account.set-password.$token";
import { action as userAction } from "~/routes/admin.users";
import { db } from "~/utils/db.server";
import { createUser, sessionFor, TEST_PASSWORD } from "../support/factories";
import { readMail, startSmtpServer } from "../support/smtp-server";
import { call, dataOf, formRequest, getRequest, statusOf } from "../support/requests";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";

/** A message as an English page shows it (actions return catalogue references). */
const en = (message: string) => showProblem(textFor("en"), message);

const NEW_PASSWORD = "a brand new passphrase 2026";
const LINK = /\/account\/set-password\/([A-Za-z0-9_-]{43})/;

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let logged: string[] = [];

beforeAll(async () => {
  smtp = await startSmtpServer();
  // Everything the code logs, to check that no link ever reaches a log.
  for (const level of ["log", "info", "warn", "error", "debug"] as const)
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
});

afterAll(async () => {
  vi.restoreAllMocks();
  await smtp.close();
});

afterEach(() => {
  for (const k of ["SMTP_HOST", "SMTP_PORT", "SMTP_FROM"]) delete process.env[k];
  smtp.received.length = 0;
  logged = [];
});

async function changePassword(cookie: string, fields: Record<string, string>) {
  return call(changeAction, await formRequest("/account/password", fields, { cookie }));
}

/** The link of the newest mail to an address, as the person would click it. */
async function linkMailedTo(email: string) {
  const mail = await db.outboxMail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  const token = LINK.exec(mail.text)?.[1];
  if (!token) throw new Error(`No link in: ${mail.text}`);
  return { token, mail };
}

async function setPassword(token: string, password = NEW_PASSWORD, confirm = password) {
  return call(setAction, await formRequest(`/account/set-password/${token}`, { newPassword: password, confirmPassword: confirm }), { token });
}

/** No stored row but the outbox mail itself holds the token in clear: not the token table, not the audit trail. */
async function expectTokenNowhere(token: string) {
  const tokens = await db.passwordToken.findMany();
  expect(JSON.stringify(tokens)).not.toContain(token);
  const audit = await db.auditLog.findMany();
  expect(JSON.stringify(audit)).not.toContain(token);
  expect(logged.join("\n")).not.toContain(token);
}

describe("changing one's own password", () => {
  it("is for signed-in people only", async () => {
    const { thrown } = await call(changeLoader, getRequest("/account/password"));
    expect(statusOf(thrown)).toBe(302);
    expect((thrown as Response).headers.get("Location")).toMatch(/^\/login\?redirectTo=%2Faccount%2Fpassword/);
    const post = await call(
      changeAction,
      await formRequest("/account/password", { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    );
    expect((post.thrown as Response).headers.get("Location")).toMatch(/^\/login/);
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const user = await createUser("editor");
    const cookie = await sessionFor(user.id);
    const before = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    const res = await changePassword(cookie, { currentPassword: "not the password", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(statusOf(res.result)).toBe(400);
    expect(en(dataOf<{ errors: Record<string, string> }>(res.result).errors.currentPassword)).toBe("The current password is not correct");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(before);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    // No password ever comes back to the page.
    expect(JSON.stringify(dataOf(res.result))).not.toContain(NEW_PASSWORD);
  });

  it("checks the new password with the one policy, typed the same twice", async () => {
    const cookie = await sessionFor((await createUser("editor")).id);
    const short = await changePassword(cookie, { currentPassword: TEST_PASSWORD, newPassword: "short", confirmPassword: "short" });
    expect(en(dataOf<{ errors: Record<string, string> }>(short.result).errors.newPassword)).toMatch(/at least 12 characters/);
    const mismatch = await changePassword(cookie, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD + "x" });
    expect(en(dataOf<{ errors: Record<string, string> }>(mismatch.result).errors.confirmPassword)).toMatch(/not the same/);
  });

  it("changes it, ends every other session, renews this one and records it", async () => {
    const user = await createUser("approver", null, { email: "changer@agency.example" });
    const here = await sessionFor(user.id);
    const elsewhere = await sessionFor(user.id);
    const res = await changePassword(here, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(statusOf(res.thrown)).toBe(302);
    const response = res.thrown as Response;
    expect(response.headers.get("Location")).toBe("/account/password?done=changed");
    const renewed = response.headers.get("Set-Cookie")!.split(";")[0];
    expect(renewed).not.toBe(here);

    expect(await getSessionUser(getRequest("/", elsewhere))).toBeNull();
    expect(await getSessionUser(getRequest("/", here))).toBeNull();
    expect((await getSessionUser(getRequest("/", renewed)))?.id).toBe(user.id);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);

    expect((await attemptLogin("changer@agency.example", TEST_PASSWORD)).ok).toBe(false);
    expect((await attemptLogin("changer@agency.example", NEW_PASSWORD)).ok).toBe(true);
    const audit = await db.auditLog.findMany({ where: { subjectId: user.id, action: "user.password_changed" } });
    expect(audit).toHaveLength(1);
    expect(audit[0].actorId).toBe(user.id);
    expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
  });
});

describe("set-password links", () => {
  async function adminCookie() {
    return sessionFor((await createUser("admin")).id);
  }

  it("a new account by default gets a mailed link, not a password, and nothing stores the link in clear", async () => {
    smtp.use();
    const res = await call(
      userAction,
      await formRequest(
        "/admin/users",
        { intent: "create", name: "Nina New", email: "nina@agency.example", role: "reviewer", passwordChoice: "link" },
        { cookie: await adminCookie() },
      ),
    );
    expect((res.thrown as Response).headers.get("Location")).toBe("/admin/users?done=created-link");
    const user = await db.user.findUniqueOrThrow({ where: { email: "nina@agency.example" } });
    // Until the link is used, no password opens the account.
    expect((await attemptLogin("nina@agency.example", "none")).ok).toBe(false);

    const { token, mail } = await linkMailedTo("nina@agency.example");
    expect(mail.text).toContain(`${publicOrigin()}/en/account/set-password/${token}`);
    await deliverOutbox();
    expect(smtp.received.map((m) => readMail(m.data).text).join("\n")).toContain(`${publicOrigin()}/en/account/set-password/${token}`);

    const stored = await db.passwordToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * 3600_000);
    expect(stored.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600_000);
    expect(await db.auditLog.count({ where: { subjectId: user.id, action: "user.created" } })).toBe(1);
    await expectTokenNowhere(token);
  });

  it("the link sets the password once, sends the person to sign in, and cannot be used again", async () => {
    const admin = await adminCookie();
    await call(
      userAction,
      await formRequest("/admin/users", { intent: "create", name: "Otto Once", email: "otto@agency.example", role: "reviewer" }, { cookie: admin }),
    );
    const { token } = await linkMailedTo("otto@agency.example");

    const page = await call(setLoader, getRequest(`/account/set-password/${token}`), { token });
    expect(statusOf(page.result)).toBe(200);
    expect(dataOf<{ account: { email: string } }>(page.result).account.email).toBe("otto@agency.example");

    const mismatch = await setPassword(token, NEW_PASSWORD, "something else entirely");
    expect(statusOf(mismatch.result)).toBe(400);
    expect(await findUsablePasswordToken(token)).not.toBeNull(); // a refused form does not use the link up

    const ok = await setPassword(token);
    expect((ok.thrown as Response).headers.get("Location")).toBe("/login?done=password-set");
    expect((await attemptLogin("otto@agency.example", NEW_PASSWORD)).ok).toBe(true);

    const again = await setPassword(token, "an attacker's password 123");
    expect(statusOf(again.result)).toBe(404);
    expect(statusOf((await call(setLoader, getRequest(`/account/set-password/${token}`), { token })).result)).toBe(404);
    expect((await attemptLogin("otto@agency.example", NEW_PASSWORD)).ok).toBe(true);

    const user = await db.user.findUniqueOrThrow({ where: { email: "otto@agency.example" } });
    expect(await db.auditLog.count({ where: { subjectId: user.id, action: "user.password_set" } })).toBe(1);
    // The used link is gone from the stored mail too.
    expect((await db.outboxMail.findFirstOrThrow({ where: { to: "otto@agency.example" } })).text).not.toContain(token);
    await expectTokenNowhere(token);
  });

  it("of two posts of the same link at once, only one sets a password", async () => {
    const user = await createUser("editor");
    const { token } = await issuePasswordToken(user.id, "set");
    const results = await Promise.all([setPasswordWithToken(token, "first password of two"), setPasswordWithToken(token, "second password of two")]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("refuses an expired link", async () => {
    const user = await createUser("editor");
    const { token } = await issuePasswordToken(user.id, "set", { now: new Date(Date.now() - 25 * 3600_000) });
    expect(statusOf((await call(setLoader, getRequest(`/account/set-password/${token}`), { token })).result)).toBe(404);
    expect(statusOf((await setPassword(token)).result)).toBe(404);
    expect(await setPasswordWithToken(token, NEW_PASSWORD)).toBeNull();
    expect((await attemptLogin(user.email, NEW_PASSWORD)).ok).toBe(false);
  });

  it("refuses unknown and malformed tokens alike", async () => {
    for (const token of ["x".repeat(43), "short", "../../etc/passwd"]) {
      expect(statusOf((await call(setLoader, getRequest(`/account/set-password/x`), { token })).result)).toBe(404);
      expect(await setPasswordWithToken(token, NEW_PASSWORD)).toBeNull();
    }
  });

  it("an administrator sends an existing account a new link; the earlier one stops working, sessions end on use", async () => {
    const user = await createUser("editor", null, { email: "forgetful@agency.example" });
    const session = await sessionFor(user.id);
    const { token: old } = await issuePasswordToken(user.id, "set");
    const res = await call(userAction, await formRequest("/admin/users", { intent: "send-link", userId: user.id }, { cookie: await adminCookie() }));
    expect((res.thrown as Response).headers.get("Location")).toBe("/admin/users?done=link-sent");
    const { token } = await linkMailedTo("forgetful@agency.example");
    expect(token).not.toBe(old);
    expect(await findUsablePasswordToken(old)).toBeNull();
    expect(await db.auditLog.count({ where: { subjectId: user.id, action: "user.password_link_sent" } })).toBe(1);

    await setPassword(token);
    expect(await getSessionUser(getRequest("/", session))).toBeNull();
    expect((await attemptLogin("forgetful@agency.example", NEW_PASSWORD)).ok).toBe(true);
    await expectTokenNowhere(token);
  });

  it("only administrators send links", async () => {
    const target = await createUser("editor");
    const editor = await sessionFor((await createUser("editor")).id);
    const res = await call(userAction, await formRequest("/admin/users", { intent: "send-link", userId: target.id }, { cookie: editor }));
    expect(statusOf(res.thrown)).toBe(403);
    expect(await db.passwordToken.count({ where: { userId: target.id } })).toBe(0);
  });

  it("an administrator may still type an initial password", async () => {
    const res = await call(
      userAction,
      await formRequest(
        "/admin/users",
        { intent: "create", name: "Tess Typed", email: "tess@agency.example", role: "reviewer", passwordChoice: "typed", password: "" },
        { cookie: await adminCookie() },
      ),
    );
    expect(en(dataOf<{ errors: Record<string, string> }>(res.result).errors.password)).toMatch(/Type an initial password/);
    const ok = await call(
      userAction,
      await formRequest(
        "/admin/users",
        { intent: "create", name: "Tess Typed", email: "tess@agency.example", role: "reviewer", passwordChoice: "typed", password: NEW_PASSWORD },
        { cookie: await adminCookie() },
      ),
    );
    expect((ok.thrown as Response).headers.get("Location")).toBe("/admin/users?done=created");
    expect((await attemptLogin("tess@agency.example", NEW_PASSWORD)).ok).toBe(true);
    expect(await db.outboxMail.count({ where: { to: "tess@agency.example" } })).toBe(0);
  });
});
