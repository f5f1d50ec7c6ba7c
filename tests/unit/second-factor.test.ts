import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { requireUser } from "~/auth/guards.server";
import { MAX_FAILED_LOGINS } from "~/auth/login.server";
import { loginThrottle } from "~/auth/login-throttle.server";
import {
  confirmEnrolment,
  disableSecondFactor,
  renewRecoveryCodes,
  secondFactorStatus,
  startEnrolment,
  totpFor,
  verifySecondFactor,
} from "~/auth/second-factor.server";
import { getSessionUser } from "~/auth/session.server";
import { readPendingSignIn } from "~/auth/sign-in.server";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import * as securityRoute from "~/routes/account.security";
import { action as loginAction } from "~/routes/login";
import { action as codeAction, loader as codeLoader } from "~/routes/login_.code";
import { db } from "~/utils/db.server";
import { createUser, sessionFor, TEST_PASSWORD } from "../support/factories";
import { renderRoute } from "../support/render-route";
import { call, dataOf, formRequest, getRequest, statusOf } from "../support/requests";

const en = (message: string) => showProblem(textFor("en"), message);

/** Fixed moments, 30-second steps apart, well in the past so that codes "now" belong to later steps. */
const T0 = new Date("2026-11-30T10:00:05Z");
const at = (steps: number) => new Date(T0.getTime() + steps * 30_000);

beforeEach(() => loginThrottle.reset());
afterEach(() => {
  delete process.env.REQUIRE_SECOND_FACTOR;
});

/** The key as the page shows it, for the "app" of the test. */
async function secretOf(userId: string) {
  const setup = (await secondFactorStatus(userId)).setup;
  if (!setup) throw new Error("not setting up");
  return setup.secret.replace(/\s/g, "");
}

const codeAt = (secret: string, when: Date) => totpFor(secret).generate({ timestamp: when.getTime() });

/** A user with the second factor on (confirmed at T0), and the app's key. */
async function enrolledUser(role: "editor" | "approver" = "editor") {
  const user = await createUser(role);
  await startEnrolment(user.id);
  const secret = await secretOf(user.id);
  const result = await confirmEnrolment(user.id, codeAt(secret, T0), T0);
  if (!result.ok) throw new Error("enrolment failed");
  return { user, secret, recoveryCodes: result.recoveryCodes };
}

const cookieOf = (response: Response, name: string) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1);

describe("setting up the second factor", () => {
  it("shows a QR code and the key as text, stores the key encrypted, and turns on only with a right first code", async () => {
    const user = await createUser("editor");
    expect(await secondFactorStatus(user.id)).toMatchObject({ enabled: false, setup: null });
    await startEnrolment(user.id);
    const status = await secondFactorStatus(user.id);
    expect(status.setup?.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const secret = await secretOf(user.id);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.totpSecret).toBeTruthy();
    expect(stored.totpSecret).not.toContain(secret);

    expect(await confirmEnrolment(user.id, "000000", T0)).toEqual({ ok: false, reason: "wrong-code" });
    expect((await secondFactorStatus(user.id)).enabled).toBe(false);

    const result = await confirmEnrolment(user.id, codeAt(secret, T0), T0);
    expect(result.ok).toBe(true);
    const codes = result.ok ? result.recoveryCodes : [];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(await secondFactorStatus(user.id)).toMatchObject({ enabled: true, setup: null, recoveryCodesLeft: 10 });
    // Recovery codes are stored hashed only.
    const rows = JSON.stringify(await db.recoveryCode.findMany({ where: { userId: user.id } }));
    for (const code of codes) expect(rows).not.toContain(code.replace("-", ""));
    expect(await db.auditLog.count({ where: { subjectId: user.id, action: "user.second_factor_enabled" } })).toBe(1);
  });

  it("takes the first code through the page without JavaScript and shows the recovery codes once", async () => {
    const user = await createUser("editor");
    const cookie = await sessionFor(user.id);
    const start = await call(securityRoute.action, await formRequest("/account/security", { intent: "start" }, { cookie }));
    expect((start.thrown as Response).headers.get("Location")).toBe("/account/security");
    const page = await renderRoute(getRequest("/account/security", cookie), securityRoute);
    const secret = /id="totp-secret"[^>]*>([A-Z2-7 ]+)</.exec(page)?.[1].replace(/\s/g, "");
    expect(secret).toBe(await secretOf(user.id));
    expect(page).toContain("<svg");

    const wrong = await call(securityRoute.action, await formRequest("/account/security", { intent: "confirm", code: "12345" }, { cookie }));
    expect(statusOf(wrong.result)).toBe(400);
    expect(en(dataOf<{ errors: Record<string, string> }>(wrong.result).errors.code)).toMatch(/6 digits/);

    const code = totpFor(secret!).generate();
    const done = await renderRoute(await formRequest("/account/security", { intent: "confirm", code }, { cookie }), securityRoute);
    expect(done).toContain("Your recovery codes");
    expect(done.match(/<code>[a-z2-9]{5}-[a-z2-9]{5}<\/code>/g)).toHaveLength(10);
    // Afterwards the page says it is on, and shows no codes.
    const after = await renderRoute(getRequest("/account/security", cookie), securityRoute);
    expect(after).toContain("The second factor is on");
    expect(after).not.toMatch(/<code>[a-z2-9]{5}-[a-z2-9]{5}<\/code>/);
  });

  it("is in Dutch on the Dutch page", async () => {
    const user = await createUser("editor");
    const cookie = await sessionFor(user.id);
    await startEnrolment(user.id);
    const page = await renderRoute(getRequest("/nl/account/security", cookie), securityRoute);
    expect(page).toContain("Scan de code met uw authenticator-app");
    expect(page).toContain("Bevestig met een eerste code");
    expect(page).not.toContain("Scan the code");
  });
});

describe("codes", () => {
  it("accepts a code of the current step or one step off, and each step only once (no replay)", async () => {
    const { user, secret } = await enrolledUser();
    // The code used to confirm at T0 cannot be used again, nor an older one.
    expect(await verifySecondFactor(user.id, codeAt(secret, T0), T0)).toBeNull();
    expect(await verifySecondFactor(user.id, codeAt(secret, at(-1)), T0)).toBeNull();

    expect(await verifySecondFactor(user.id, codeAt(secret, at(2)), at(2))).toBe("totp");
    expect(await verifySecondFactor(user.id, codeAt(secret, at(2)), at(2))).toBeNull();
    // A phone a step behind: accepted, if newer than the last step used.
    expect(await verifySecondFactor(user.id, codeAt(secret, at(3)), at(4))).toBe("totp");
    // Older than the last accepted step: refused, even inside the window.
    expect(await verifySecondFactor(user.id, codeAt(secret, at(3)), at(4))).toBeNull();
    // Far from the time: refused.
    expect(await verifySecondFactor(user.id, codeAt(secret, at(20)), at(10))).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpLastStep).toBe(Math.floor(at(3).getTime() / 30_000));
  });

  it("accepts each recovery code once, typed in any case, with or without the hyphen", async () => {
    const { user, recoveryCodes } = await enrolledUser();
    const [first, second] = recoveryCodes;
    expect(await verifySecondFactor(user.id, first, at(1))).toBe("recovery");
    expect(await verifySecondFactor(user.id, first, at(2))).toBeNull();
    expect(await verifySecondFactor(user.id, ` ${second.replace("-", "").toUpperCase()} `, at(3))).toBe("recovery");
    expect(await verifySecondFactor(user.id, "aaaaa-aaaaa", at(4))).toBeNull();
    expect((await secondFactorStatus(user.id)).recoveryCodesLeft).toBe(8);
    const used = await db.auditLog.findMany({ where: { subjectId: user.id, action: "user.recovery_code_used" } });
    expect(used.map((a) => JSON.parse(a.details!))).toEqual([{ left: 9 }, { left: 8 }]);
    // Another person's code is not this person's.
    const other = await enrolledUser();
    expect(await verifySecondFactor(user.id, other.recoveryCodes[0], at(5))).toBeNull();
  });

  it("makes a new set of recovery codes, proven by the password or a code; the old set stops working", async () => {
    const { user, secret, recoveryCodes } = await enrolledUser();
    expect(await verifySecondFactor(user.id, recoveryCodes[0], at(1))).toBe("recovery");
    expect(await renewRecoveryCodes(user.id, "wrong", at(2))).toBeNull();
    const renewed = await renewRecoveryCodes(user.id, codeAt(secret, at(2)), at(2));
    expect(renewed).toHaveLength(10);
    expect(await verifySecondFactor(user.id, recoveryCodes[1], at(3))).toBeNull();
    expect(await verifySecondFactor(user.id, renewed![0], at(3))).toBe("recovery");
    expect(await db.auditLog.count({ where: { subjectId: user.id, action: "user.recovery_codes_renewed" } })).toBe(1);

    // Through the page: the new codes are shown once, and an error shows at the renewal form only.
    const cookie = await sessionFor(user.id);
    const wrong = await renderRoute(await formRequest("/account/security", { intent: "renew-codes", renewProof: "nope" }, { cookie }), securityRoute);
    expect(wrong.match(/That is not your password nor a valid code/g)?.length).toBe(2); // the summary and the field
    const page = await renderRoute(await formRequest("/account/security", { intent: "renew-codes", renewProof: TEST_PASSWORD }, { cookie }), securityRoute);
    expect(page.match(/<code>[a-z2-9]{5}-[a-z2-9]{5}<\/code>/g)).toHaveLength(10);
  });

  it("is turned off only with the password or a code, and then asks for nothing at sign-in", async () => {
    const { user, secret } = await enrolledUser();
    expect(await disableSecondFactor(user.id, "not my password", at(1))).toBe(false);
    expect((await secondFactorStatus(user.id)).enabled).toBe(true);
    expect(await disableSecondFactor(user.id, codeAt(secret, at(1)), at(1))).toBe(true);
    expect(await secondFactorStatus(user.id)).toMatchObject({ enabled: false, setup: null });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { subjectId: user.id, action: "user.second_factor_disabled" } })).toBe(1);

    const again = await enrolledUser();
    const cookie = await sessionFor(again.user.id);
    const wrong = await call(securityRoute.action, await formRequest("/account/security", { intent: "disable", proof: "nope" }, { cookie }));
    expect(en(dataOf<{ errors: Record<string, string> }>(wrong.result).errors.proof)).toMatch(/not your password/);
    const ok = await call(securityRoute.action, await formRequest("/account/security", { intent: "disable", proof: TEST_PASSWORD }, { cookie }));
    expect((ok.thrown as Response).headers.get("Location")).toBe("/account/security?done=disabled");
    expect((await secondFactorStatus(again.user.id)).enabled).toBe(false);
  });
});

describe("signing in with a second factor", () => {
  async function passwordStep(email: string, path = "/login") {
    const { thrown } = await call(loginAction, await formRequest(path, { email, password: TEST_PASSWORD, redirectTo: "/entries/new" }));
    return thrown as Response;
  }

  it("asks for the code after the password, and starts the session only after a right code", async () => {
    const { user, secret } = await enrolledUser();
    const first = await passwordStep(user.email);
    expect(first.status).toBe(302);
    expect(first.headers.get("Location")).toBe("/login/code");
    expect(cookieOf(first, "__session")).toBeUndefined();
    const pending = cookieOf(first, "__signin")!;
    expect(pending).toBeTruthy();
    expect(await getSessionUser(getRequest("/", pending))).toBeNull();
    expect(statusOf((await call(codeLoader, getRequest("/login/code", pending))).result)).toBeUndefined();

    const wrong = await call(codeAction, await formRequest("/login/code", { code: "000000" }, { cookie: pending }));
    expect(statusOf(wrong.result)).toBe(400);
    expect(en(dataOf<{ errors: Record<string, string> }>(wrong.result).errors.code)).toMatch(/not correct/);
    expect(await db.auditLog.count({ where: { subjectId: user.id, action: "user.sign_in_failed" } })).toBe(1);

    const right = await call(codeAction, await formRequest("/login/code", { code: totpFor(secret).generate() }, { cookie: pending }));
    const response = right.thrown as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/entries/new");
    const session = cookieOf(response, "__session")!;
    expect((await getSessionUser(getRequest("/", session)))?.id).toBe(user.id);
    // The pending sign-in is cleared.
    expect(response.headers.getSetCookie().some((c) => /^__signin=;.*Max-Age=0/i.test(c))).toBe(true);
    const signedIn = await db.auditLog.findFirstOrThrow({ where: { subjectId: user.id, action: "user.signed_in" } });
    expect(JSON.parse(signedIn.details!)).toEqual({ secondFactor: "totp" });
  });

  it("signs in with a recovery code, in Dutch on the Dutch address", async () => {
    const { user, recoveryCodes } = await enrolledUser();
    const first = await passwordStep(user.email, "/nl/login");
    expect(first.headers.get("Location")).toBe("/nl/login/code");
    const pending = cookieOf(first, "__signin")!;
    const wrong = await call(codeAction, await formRequest("/nl/login/code", { code: "aaaaa-bbbbb" }, { cookie: pending }));
    expect(showProblem(textFor("nl"), dataOf<{ errors: Record<string, string> }>(wrong.result).errors.code)).toBe("De code is niet juist of is al gebruikt.");
    const right = await call(codeAction, await formRequest("/nl/login/code", { code: recoveryCodes[3] }, { cookie: pending }));
    expect(cookieOf(right.thrown as Response, "__session")).toBeTruthy();
  });

  it("sends the code step back to the password without a fresh password, or after five minutes", async () => {
    const { user } = await enrolledUser();
    expect((await call(codeLoader, getRequest("/login/code"))).thrown).toSatisfy((r: Response) => r.headers.get("Location") === "/login");
    const post = await call(codeAction, await formRequest("/login/code", { code: "123456" }));
    expect((post.thrown as Response).headers.get("Location")).toBe("/login");
    const pending = cookieOf(await passwordStep(user.email), "__signin")!;
    const request = getRequest("/login/code", pending);
    expect(await readPendingSignIn(request)).toMatchObject({ userId: user.id });
    expect(await readPendingSignIn(request, Date.now() + 5 * 60_000 + 1000)).toBeNull();
  });

  it("locks the account after repeated wrong codes; a right password in between does not reset the count", async () => {
    const { user } = await enrolledUser();
    const wrongCode = async () => {
      const pending = cookieOf(await passwordStep(user.email), "__signin")!;
      return call(codeAction, await formRequest("/login/code", { code: "000000" }, { cookie: pending }));
    };
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) expect(statusOf((await wrongCode()).result)).toBe(400);
    const last = await wrongCode();
    expect(statusOf(last.result)).toBe(429);
    expect(en(dataOf<{ errors: Record<string, string> }>(last.result).errors.code)).toMatch(/locked/);
    // Locked: the password step refuses too, and so does a right code.
    const { result } = await call(loginAction, await formRequest("/login", { email: user.email, password: TEST_PASSWORD }));
    expect(statusOf(result)).toBe(429);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil).not.toBeNull();
  });

  it("asks nothing more of an account without a second factor", async () => {
    const user = await createUser("editor");
    const response = await passwordStep(user.email);
    expect(response.headers.get("Location")).toBe("/entries/new");
    expect(cookieOf(response, "__session")).toBeTruthy();
    const audit = await db.auditLog.findFirstOrThrow({ where: { subjectId: user.id, action: "user.signed_in" } });
    expect(JSON.parse(audit.details!)).toEqual({ secondFactor: "none" });
  });

  it("records a wrong password in the audit trail", async () => {
    const user = await createUser("editor");
    await call(loginAction, await formRequest("/login", { email: user.email, password: "wrong password" }));
    const failed = await db.auditLog.findFirstOrThrow({ where: { subjectId: user.id, action: "user.sign_in_failed" } });
    expect(JSON.parse(failed.details!)).toEqual({ reason: "password", locked: false });
  });
});

describe("a deployment that requires a second factor (REQUIRE_SECOND_FACTOR)", () => {
  it("sends approvers to set it up after the password, and keeps them there until done", async () => {
    process.env.REQUIRE_SECOND_FACTOR = "approver,admin";
    const approver = await createUser("approver");
    const { thrown } = await call(loginAction, await formRequest("/login", { email: approver.email, password: TEST_PASSWORD, redirectTo: "/entries/new" }));
    expect((thrown as Response).headers.get("Location")).toBe("/account/security");
    const cookie = cookieOf(thrown as Response, "__session")!;

    // Any other page sends them back, in the page's language; the set-up page itself is open.
    const elsewhere = await call((args: { request: Request }) => requireUser(args.request), getRequest("/dashboard", cookie));
    expect((elsewhere.thrown as Response).headers.get("Location")).toBe("/account/security");
    const dutch = await call((args: { request: Request }) => requireUser(args.request), getRequest("/nl/dashboard", cookie));
    expect((dutch.thrown as Response).headers.get("Location")).toBe("/nl/account/security");
    const page = await renderRoute(getRequest("/account/security", cookie), securityRoute);
    expect(page).toContain("Your role requires a second factor");

    // Editors are not asked.
    const editor = await createUser("editor");
    const editorCookie = await sessionFor(editor.id);
    expect((await requireUser(getRequest("/dashboard", editorCookie))).id).toBe(editor.id);

    // Once set up, the approver goes anywhere.
    await startEnrolment(approver.id);
    await confirmEnrolment(approver.id, codeAt(await secretOf(approver.id), T0), T0);
    expect((await requireUser(getRequest("/dashboard", cookie))).id).toBe(approver.id);
  });

  it("is off by default", async () => {
    const approver = await createUser("approver");
    expect((await requireUser(getRequest("/dashboard", await sessionFor(approver.id)))).id).toBe(approver.id);
  });

  it("refuses an unknown role in the setting", async () => {
    process.env.REQUIRE_SECOND_FACTOR = "approver,boss";
    const { checkSettings } = await import("~/config/settings.mjs");
    expect(() => checkSettings(process.env)).toThrow(/REQUIRE_SECOND_FACTOR must list roles/);
  });
});
