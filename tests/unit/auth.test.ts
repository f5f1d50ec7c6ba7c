import { beforeEach, describe, expect, it } from "vitest";
import { attemptLogin, MAX_FAILED_LOGINS } from "~/auth/login.server";
import { loginThrottle } from "~/auth/login-throttle.server";
import { getSessionUser } from "~/auth/session.server";
import { requireOrgMember, requirePermission, requireRole, requireUser } from "~/auth/guards.server";
import { action as loginAction } from "~/routes/login";
import { action as logoutAction } from "~/routes/logout";
import { loader as dashboardLoader } from "~/routes/dashboard";
import { db } from "~/utils/db.server";
import { createOrganisation, createUser, sessionFor, TEST_PASSWORD } from "../support/factories";
import { call, dataOf, formRequest, getRequest, statusOf } from "../support/requests";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";

/** A message as an English page shows it (actions return catalogue references). */
const en = (message: string) => showProblem(textFor("en"), message);

beforeEach(() => loginThrottle.reset());

describe("login", () => {
  it("signs in with the right password and sets an HttpOnly, SameSite=Lax session cookie", async () => {
    const user = await createUser("editor", null, { email: "eva@agency.example" });
    const { thrown } = await call(loginAction, await formRequest("/login", { email: "Eva@Agency.example", password: TEST_PASSWORD, redirectTo: "/dashboard" }));
    expect(thrown).toBeInstanceOf(Response);
    const res = thrown as Response;
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/dashboard");
    const cookie = res.headers.get("Set-Cookie")!;
    expect(cookie).toMatch(/__session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const sessionUser = await getSessionUser(getRequest("/", cookie.split(";")[0]));
    expect(sessionUser?.id).toBe(user.id);
  });

  it("rotates the session id at login and drops the old one", async () => {
    const user = await createUser("editor");
    const oldCookie = await sessionFor(user.id);
    const { thrown } = await call(loginAction, await formRequest("/login", { email: user.email, password: TEST_PASSWORD }, { cookie: oldCookie }));
    const newCookie = (thrown as Response).headers.get("Set-Cookie")!.split(";")[0];
    expect(newCookie).not.toBe(oldCookie);
    expect(await getSessionUser(getRequest("/", oldCookie))).toBeNull();
    expect(await getSessionUser(getRequest("/", newCookie))).not.toBeNull();
  });

  it("answers a wrong password with a message and keeps the email typed", async () => {
    await createUser("editor", null, { email: "keep@agency.example" });
    const { result } = await call(loginAction, await formRequest("/login", { email: "keep@agency.example", password: "wrong" }));
    expect(statusOf(result)).toBe(400);
    const body = dataOf<{ errors: Record<string, string>; email: string }>(result);
    expect(en(body.errors.email)).toMatch(/correct email address and password/);
    expect(body.email).toBe("keep@agency.example");
  });

  it("validates the fields before checking credentials", async () => {
    const { result } = await call(loginAction, await formRequest("/login", { email: "not-an-email", password: "" }));
    const body = dataOf<{ errors: Record<string, string> }>(result);
    expect(statusOf(result)).toBe(400);
    expect(en(body.errors.email)).toMatch(/correct format/);
    expect(en(body.errors.password)).toMatch(/Enter your password/);
  });

  it("locks the account after repeated failures, even for the right password", async () => {
    const user = await createUser("editor");
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await attemptLogin(user.email, "wrong");
    const result = await attemptLogin(user.email, TEST_PASSWORD);
    expect(result).toMatchObject({ ok: false, reason: "locked" });
    const later = await attemptLogin(user.email, TEST_PASSWORD, new Date(Date.now() + 16 * 60_000));
    expect(later.ok).toBe(true);
  });

  it("slows down many attempts from one address", async () => {
    let last: unknown;
    for (let i = 0; i < 21; i++) last = (await call(loginAction, await formRequest("/login", { email: "nobody@agency.example", password: "x" }))).result;
    expect(statusOf(last)).toBe(429);
  });

  it("rejects a post without a valid CSRF token", async () => {
    for (const csrf of ["missing", "forged"] as const) {
      const { thrown } = await call(loginAction, await formRequest("/login", { email: "a@b.example", password: "x" }, { csrf }));
      expect(statusOf(thrown)).toBe(403);
    }
  });

  it("signs out and ends the session in the database", async () => {
    const user = await createUser("approver");
    const cookie = await sessionFor(user.id);
    const { thrown } = await call(logoutAction, await formRequest("/logout", {}, { cookie }));
    expect(statusOf(thrown)).toBe(302);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("guards", () => {
  it("requireUser redirects anonymous visitors to login with a return address", async () => {
    const { thrown } = await call(dashboardLoader, getRequest("/dashboard?tab=x"));
    expect(statusOf(thrown)).toBe(302);
    expect((thrown as Response).headers.get("Location")).toBe("/login?redirectTo=%2Fdashboard%3Ftab%3Dx");
  });

  it("requireUser rejects an expired session", async () => {
    const user = await createUser("editor");
    const cookie = await sessionFor(user.id);
    await db.session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(requireUser(getRequest("/", cookie))).rejects.toMatchObject({ status: 302 });
  });

  it("requireRole and requirePermission answer 403 to the wrong role", async () => {
    const editor = await createUser("editor");
    const cookie = await sessionFor(editor.id);
    await expect(requireRole(getRequest("/", cookie), "reviewer")).rejects.toMatchObject({ status: 403 });
    await expect(requirePermission(getRequest("/", cookie), "admin:manage")).rejects.toMatchObject({ status: 403 });
    await expect(requireRole(getRequest("/", cookie), ["editor", "approver"])).resolves.toMatchObject({ id: editor.id });
  });

  it("requireOrgMember allows the user's own organisation only", async () => {
    const x = await createOrganisation();
    const y = await createOrganisation();
    const editor = await createUser("editor", x.id);
    const cookie = await sessionFor(editor.id);
    await expect(requireOrgMember(getRequest("/", cookie), x.id, "entry:edit:own")).resolves.toMatchObject({ id: editor.id });
    await expect(requireOrgMember(getRequest("/", cookie), y.id, "entry:edit:own")).rejects.toMatchObject({ status: 403 });
  });
});
