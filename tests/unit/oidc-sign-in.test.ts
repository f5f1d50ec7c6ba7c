import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getSessionUser } from "~/auth/session.server";
import { textFor } from "~/i18n/text";
import { flowCookie, readFlow } from "~/oidc/flow.server";
import { action as startAction } from "~/routes/auth.oidc.$provider";
import { loader as callbackLoader } from "~/routes/auth.oidc.$provider_.callback";
import { action as logoutAction } from "~/routes/logout";
import { db } from "~/utils/db.server";
import { createOrganisation, createUser } from "../support/factories";
import { signInAtProvider } from "../support/oidc-flow";
import { startOidcServer, type OidcTestServer } from "../support/oidc-server";
import { call, formRequest, getRequest, joinCookies } from "../support/requests";

const CALLBACK = "http://localhost/auth/oidc/test-idp/callback";
let idp: OidcTestServer;
let lindewaardId: string;

function useProvider(overrides: Record<string, unknown> = {}) {
  process.env.OIDC_PROVIDERS = JSON.stringify([idp.providerSetting(overrides)]);
}

const location = (thrown: unknown) => (thrown as Response).headers.get("Location")!;
const setCookies = (thrown: unknown) => (thrown as Response).headers.getSetCookie().map((c) => c.split(";")[0]);

/** "Sign in with Test Identity Provider" on the login page: the provider's address and the flow cookie. */
async function start(language = "en", redirectTo = "/dashboard") {
  const { thrown } = await call(startAction, await formRequest("/auth/oidc/test-idp", { redirectTo, language }), { provider: "test-idp" });
  expect((thrown as Response).status).toBe(302);
  return { authorizationUrl: location(thrown), flow: setCookies(thrown).find((c) => c.startsWith("__oidc_flow="))! };
}

/** The browser comes back from the provider to the callback with the flow cookie. */
async function callback(callbackUrl: string, flow: string) {
  const { thrown } = await call(callbackLoader, new Request(callbackUrl, { headers: { Cookie: flow } }), { provider: "test-idp" });
  const response = thrown as Response;
  expect(response.status).toBe(302);
  return { location: location(response), session: setCookies(response).find((c) => c.startsWith("__session=")) ?? null };
}

async function signIn(login: string, language = "en") {
  const { authorizationUrl, flow } = await start(language);
  const { callbackUrl } = await signInAtProvider(authorizationUrl, login);
  expect(callbackUrl?.startsWith(CALLBACK)).toBe(true);
  return callback(callbackUrl!, flow);
}

beforeAll(async () => {
  idp = await startOidcServer({ redirectUris: [CALLBACK], postLogoutRedirectUris: ["http://localhost/login?loggedOut=1"] });
  lindewaardId = (await createOrganisation({ slug: "gemeente-lindewaard", name: "Gemeente Lindewaard" })).id;
});
afterAll(async () => {
  delete process.env.OIDC_PROVIDERS;
  await idp?.close();
});
beforeEach(() => useProvider());

describe("signing in through an OpenID provider", () => {
  it("links the account with the same verified email, re-derives its role from the claims and binds the session to the provider's subject", async () => {
    const other = await createOrganisation();
    const existing = await createUser("approver", other.id, { email: "editor@lindewaard.example" });
    const { location: to, session } = await signIn("olivia");
    expect(to).toBe("/dashboard");
    const user = await getSessionUser(getRequest("/dashboard", session!));
    expect(user).toMatchObject({ id: existing.id, role: "editor", organisationId: lindewaardId });
    const row = await db.session.findFirstOrThrow({ where: { userId: existing.id } });
    expect(row).toMatchObject({ identityProvider: "test-idp", identityIssuer: idp.issuer, identitySubject: "olivia" });
    expect(await db.userIdentity.count({ where: { userId: existing.id, issuer: idp.issuer, subject: "olivia" } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.signed_in", subjectId: existing.id } });
    expect(JSON.parse(audit.details!)).toMatchObject({ provider: "test-idp", role: "editor", organisation: "gemeente-lindewaard" });

    // Matched by subject from now on: a changed email at the provider signs in as the same account.
    idp.users.get("olivia")!.email = "olivia.new@lindewaard.example";
    try {
      const again = await signIn("olivia");
      expect((await getSessionUser(getRequest("/", again.session!)))?.id).toBe(existing.id);
    } finally {
      idp.users.get("olivia")!.email = "editor@lindewaard.example";
    }
  });

  it("ends a provider session when its (issuer, subject) no longer signs in as that user", async () => {
    const { session } = await signIn("olivia");
    const user = await getSessionUser(getRequest("/", session!));
    expect(user).not.toBeNull();
    const identity = await db.userIdentity.findUniqueOrThrow({ where: { issuer_subject: { issuer: idp.issuer, subject: "olivia" } } });
    // The identity row is moved to another account: the session bound to subject "olivia" for the first account stops working.
    const someoneElse = await createUser("editor", lindewaardId);
    await db.userIdentity.update({ where: { id: identity.id }, data: { userId: someoneElse.id } });
    expect(await getSessionUser(getRequest("/", session!))).toBeNull();
    // Back to the account, but with another subject: still refused.
    await db.userIdentity.update({ where: { id: identity.id }, data: { userId: user!.id, subject: "olivia-2" } });
    expect(await getSessionUser(getRequest("/", session!))).toBeNull();
    await db.userIdentity.update({ where: { id: identity.id }, data: { subject: "olivia" } });
    expect(await getSessionUser(getRequest("/", session!))).not.toBeNull();
  });

  it("ends the sessions of someone whose claims no longer give a role, when they next sign in", async () => {
    const first = await signIn("olivia");
    expect(await getSessionUser(getRequest("/", first.session!))).not.toBeNull();
    idp.users.get("olivia")!.groups = ["canteen"];
    try {
      expect((await signIn("olivia")).location).toBe("/en/login?refused=noMapping&provider=test-idp");
    } finally {
      idp.users.get("olivia")!.groups = ["lindewaard-editors"];
    }
    expect(await getSessionUser(getRequest("/", first.session!))).toBeNull();
  });

  it("refuses a person whose claims map to no organisation or role, in the language the attempt started in, and records it", async () => {
    const { location: to, session } = await signIn("nora", "nl");
    expect(session).toBeNull();
    expect(to).toBe("/nl/login?refused=noMapping&provider=test-idp");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.sign_in_refused", subjectId: `${idp.issuer} nora` } });
    expect(JSON.parse(audit.details!)).toEqual({ provider: "test-idp", reason: "noMapping" });
    expect(await db.user.count({ where: { email: "nora@elsewhere.example" } })).toBe(0);
  });

  it("refuses an unknown subject while autoCreate is off, and creates the account with the mapped role when it is on", async () => {
    expect((await signIn("uma")).location).toBe("/en/login?refused=noAccount&provider=test-idp");
    expect(await db.user.count({ where: { email: "uma@lindewaard.example" } })).toBe(0);

    useProvider({ autoCreate: true });
    const { session } = await signIn("uma");
    const user = await getSessionUser(getRequest("/", session!));
    expect(user).toMatchObject({ email: "uma@lindewaard.example", name: "Uma Unknown", role: "editor", organisationId: lindewaardId });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user!.id } });
    expect(stored.passwordHash.startsWith("scrypt$")).toBe(false);
  });

  it("does not link an existing account by email unless the provider's mapping allows it", async () => {
    await db.userIdentity.deleteMany({ where: { subject: "olivia" } });
    useProvider({ linkByEmail: false, autoCreate: true });
    const { location: to, session } = await signIn("olivia");
    expect(session).toBeNull();
    expect(to).toBe("/en/login?refused=accountConflict&provider=test-idp");
  });

  it("lets nobody in whom the provider has disabled", async () => {
    const { authorizationUrl } = await start();
    const { callbackUrl, page } = await signInAtProvider(authorizationUrl, "dora");
    expect(callbackUrl).toBeNull();
    expect(page).toContain("Unknown or disabled user.");
  });

  it("refuses an answer whose state does not match this browser's attempt", async () => {
    const { authorizationUrl, flow } = await start();
    const { callbackUrl } = await signInAtProvider(authorizationUrl, "olivia");
    const forged = new URL(callbackUrl!);
    forged.searchParams.set("state", "someone-elses-state");
    const result = await callback(forged.href, flow);
    expect(result).toEqual({ location: "/en/login?refused=failed&provider=test-idp", session: null });
    // Without the flow cookie (another browser) it is refused too.
    expect((await callback(callbackUrl!, "")).session).toBeNull();
  });

  it("refuses an ID token whose nonce is not this attempt's", async () => {
    const { authorizationUrl, flow } = await start();
    const { callbackUrl } = await signInAtProvider(authorizationUrl, "olivia");
    const state = (await readFlow(getRequest("/", flow)))!;
    const otherNonce = (await flowCookie().serialize({ ...state, nonce: "a-nonce-from-another-attempt" })).split(";")[0];
    expect((await callback(callbackUrl!, otherNonce)).session).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.sign_in_refused" }, orderBy: { at: "desc" } });
    expect(audit.details).toMatch(/nonce/);
  });

  it("signs out at the provider too (RP-initiated logout with the ID token as hint)", async () => {
    const { session } = await signIn("olivia");
    const row = await db.session.findFirstOrThrow({ where: { identitySubject: "olivia" }, orderBy: { createdAt: "desc" } });
    const { thrown } = await call(logoutAction, await formRequest("/logout", {}, { cookie: joinCookies(session) }));
    const to = new URL(location(thrown));
    expect(to.origin).toBe(idp.issuer);
    expect(to.searchParams.get("id_token_hint")).toBe(row.idToken);
    expect(to.searchParams.get("post_logout_redirect_uri")).toBe("http://localhost/login?loggedOut=1");
    expect(await getSessionUser(getRequest("/", session!))).toBeNull();
  });

  it("sends an unknown provider back to the login page with a message", async () => {
    const { thrown } = await call(startAction, await formRequest("/auth/oidc/nope", { language: "nl" }), { provider: "nope" });
    expect(location(thrown)).toBe("/nl/login?refused=unknownProvider&provider=nope");
  });
});

describe("the refusal messages", () => {
  it("are in both languages", () => {
    expect(textFor("nl").signIn.refused.noMapping({ provider: "Keycloak" })).toMatch(/^Keycloak heeft bevestigd wie u bent/);
    expect(textFor("en").signIn.refused.noMapping({ provider: "Keycloak" })).toMatch(/gives you no role in this register/);
  });
});
