import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { createElement } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { checkSettings, setting, SettingsError } from "~/config/settings.mjs";
import { ProviderSignIn } from "~/oidc/provider-sign-in";
import { signInOptions } from "~/oidc/sign-in-options.server";
import { action as forgotAction, loader as forgotLoader } from "~/routes/account.forgot-password";
import { action as setPasswordAction } from "~/routes/account.set-password.$token";
import { action as codeAction } from "~/routes/login_.code";
import { action as loginAction, loader as loginLoader } from "~/routes/login";
import { securityHeaders } from "../../server/security-headers.mjs";
import { createUser, TEST_PASSWORD } from "../support/factories";
import { TMP } from "../support/paths";
import { renderInLanguage } from "../support/render-in-language";
import { call, dataOf, formRequest, getRequest } from "../support/requests";

const PROVIDER = {
  id: "keycloak",
  name: "Gemeente Lindewaard",
  issuer: "https://login.lindewaard.example/realms/staff",
  clientId: "register",
  clientSecret: "very-secret-client-secret",
  rules: [{ claim: "groups", value: "register-editors", organisation: "gemeente-lindewaard", role: "editor" }],
};

afterEach(() => {
  delete process.env.OIDC_PROVIDERS;
  delete process.env.LOCAL_PASSWORDS;
});

describe("OIDC_PROVIDERS", () => {
  it("reads a JSON list, or a JSON file, with defaults for scopes, autoCreate and linkByEmail", () => {
    process.env.OIDC_PROVIDERS = JSON.stringify([PROVIDER]);
    expect(setting("OIDC_PROVIDERS")[0]).toMatchObject({ id: "keycloak", scopes: ["openid", "email", "profile"], autoCreate: false, linkByEmail: false });
    const file = resolve(TMP, `oidc-providers-${process.pid}.json`);
    writeFileSync(file, JSON.stringify([{ ...PROVIDER, autoCreate: true }]));
    process.env.OIDC_PROVIDERS = file;
    expect(setting("OIDC_PROVIDERS")[0].autoCreate).toBe(true);
  });

  it("refuses a bad provider at start-up, naming what is wrong without repeating the client secret", () => {
    const bad = [
      [{ ...PROVIDER, issuer: "http://login.lindewaard.example" }, /https/],
      [{ ...PROVIDER, rules: [{ claim: "groups", value: "x", role: "editor" }] }, /names an organisation/],
      [{ ...PROVIDER, rules: [{ claim: "groups", role: "editor", organisation: "o" }] }, /either claim and value, or emailDomain/],
      [{ ...PROVIDER, rules: [] }, /rules/],
      [{ ...PROVIDER, colour: "blue" }, /colour|unrecognized/i],
    ] as const;
    for (const [provider, reason] of bad) {
      try {
        checkSettings({ OIDC_PROVIDERS: JSON.stringify([provider]) });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(SettingsError);
        expect((error as Error).message).toMatch(/OIDC_PROVIDERS/);
        expect((error as Error).message).toMatch(reason);
        expect((error as Error).message).not.toContain(PROVIDER.clientSecret);
      }
    }
    expect(() => checkSettings({ OIDC_PROVIDERS: JSON.stringify([PROVIDER, PROVIDER]) })).toThrow(/twice/);
    expect(() => checkSettings({ OIDC_PROVIDERS: "/no/such/file.json" })).toThrow(/JSON/);
  });

  it("lets the sign-in buttons and sign-out post on to the providers (CSP form-action)", () => {
    process.env.OIDC_PROVIDERS = JSON.stringify([PROVIDER]);
    const csp = new Map(securityHeaders("n") as [string, string][]).get("Content-Security-Policy")!;
    expect(csp).toContain("form-action 'self' https://login.lindewaard.example;");
    delete process.env.OIDC_PROVIDERS;
    expect(new Map(securityHeaders("n") as [string, string][]).get("Content-Security-Policy")).toContain("form-action 'self';");
  });
});

describe("the login page with providers", () => {
  it("offers a button per provider, and says in Dutch why the last attempt was refused", async () => {
    process.env.OIDC_PROVIDERS = JSON.stringify([PROVIDER]);
    const { result } = await call(loginLoader, getRequest("/nl/login?refused=noMapping&provider=keycloak"));
    const { signIn, redirectTo } = dataOf<Awaited<ReturnType<typeof loginLoader>>>(result);
    expect(signIn).toEqual({
      providers: [{ id: "keycloak", name: "Gemeente Lindewaard" }],
      localPasswords: true,
      refused: { reason: "noMapping", provider: "Gemeente Lindewaard" },
    });
    const html = await renderInLanguage(createElement(ProviderSignIn, { options: signIn, redirectTo: redirectTo }), "nl");
    expect(html).toContain("Inloggen met Gemeente Lindewaard");
    expect(html).toContain("Gemeente Lindewaard heeft bevestigd wie u bent, maar uw account daar geeft u geen rol in dit register.");
    expect(html).toContain('action="/auth/oidc/keycloak"');
    expect(html).toContain('name="language" value="nl"');
    expect(html).not.toMatch(/Sign in with|gives you no role/);
    const english = await renderInLanguage(createElement(ProviderSignIn, { options: signIn, redirectTo: redirectTo }), "en");
    expect(english).toContain("Sign in with Gemeente Lindewaard");
  });

  it("ignores a refusal reason that is not one of its own", () => {
    expect(signInOptions(new URL("http://localhost/login?refused=<script>&provider=x")).refused).toBeNull();
  });
});

describe("LOCAL_PASSWORDS=0", () => {
  it("shows only the providers and refuses password sign-in and set-password links", async () => {
    process.env.OIDC_PROVIDERS = JSON.stringify([PROVIDER]);
    process.env.LOCAL_PASSWORDS = "0";
    const user = await createUser("editor");
    const { result } = await call(loginLoader, getRequest("/login"));
    const { signIn } = dataOf<Awaited<ReturnType<typeof loginLoader>>>(result);
    expect(signIn.localPasswords).toBe(false);
    const html = await renderInLanguage(createElement(ProviderSignIn, { options: signIn, redirectTo: "/dashboard" }), "en");
    expect(html).toContain("This register does not use passwords");

    const login = await call(loginAction, await formRequest("/login", { email: user.email, password: TEST_PASSWORD }));
    expect((login.thrown as Response).status).toBe(403);
    expect(await (login.thrown as Response).text()).toMatch(/does not use passwords/);
    const set = await call(setPasswordAction, await formRequest("/account/set-password/abc", { newPassword: "x", confirmPassword: "x" }), { token: "abc" });
    expect((set.thrown as Response).status).toBe(403);
    // Nor does it mail reset links or take second-factor codes.
    const forgot = await call(forgotAction, await formRequest("/account/forgot-password", { email: user.email }));
    expect((forgot.thrown as Response).status).toBe(403);
    expect((await call(forgotLoader, getRequest("/account/forgot-password"))).thrown).toBeInstanceOf(Response);
    const code = await call(codeAction, await formRequest("/login/code", { code: "123456" }));
    expect((code.thrown as Response).status).toBe(403);

    process.env.LOCAL_PASSWORDS = "1";
    const again = await call(loginAction, await formRequest("/login", { email: user.email, password: TEST_PASSWORD }));
    expect((again.thrown as Response).status).toBe(302);
  });
});
