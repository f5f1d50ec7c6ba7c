import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type Configuration } from "oidc-provider";

/** A person at the test identity provider: their claims, and whether the provider still lets them sign in. */
export type OidcTestUser = { sub: string; email?: string; email_verified?: boolean; name?: string; groups?: string[]; disabled?: boolean };

/** The people the test provider knows: each case of the mapping tests (see tests/unit/oidc-sign-in.test.ts and tests/browser/oidc.test.ts). */
export const OIDC_TEST_USERS: OidcTestUser[] = [
  // An editor of Gemeente Lindewaard by group; her email is the demo editor's, so linking by email finds that account.
  { sub: "olivia", email: "editor@lindewaard.example", email_verified: true, name: "Olivia Oidc", groups: ["lindewaard-editors"] },
  // Known to the provider, but in no group the register maps: refused.
  { sub: "nora", email: "nora@elsewhere.example", email_verified: true, name: "Nora Nogroup", groups: ["canteen"] },
  // Mapped to an organisation, but with no account in the register (created only where autoCreate is on).
  { sub: "uma", email: "uma@lindewaard.example", email_verified: true, name: "Uma Unknown", groups: ["lindewaard-editors"] },
  // Switched off at the provider: the provider itself refuses her.
  { sub: "dora", email: "dora@lindewaard.example", email_verified: true, name: "Dora Disabled", groups: ["lindewaard-editors"], disabled: true },
];

export const OIDC_TEST_CLIENT = { clientId: "register", clientSecret: "register-test-secret-0123456789" };

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

async function readBody(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

/**
 * A real OpenID provider (oidc-provider, the certified implementation) on 127.0.0.1, with one
 * confidential client and a minimal sign-in page: type a user name, and a known, enabled user is
 * signed in and consents at once. `users` may be changed while it runs (to remove or disable someone).
 */
export async function startOidcServer(opts: { redirectUris: string[]; postLogoutRedirectUris: string[]; users?: OidcTestUser[]; port?: number }) {
  const users = new Map((opts.users ?? OIDC_TEST_USERS).map((u) => [u.sub, { ...u }]));
  // Requests arrive only after the provider below exists (it needs the address the server got).
  const http = createServer((req, res) => {
    if (req.url?.startsWith("/interaction/")) {
      interaction(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    } else void provider.callback()(req, res);
  });
  await new Promise<void>((resolve) => http.listen(opts.port ?? 0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  const configuration: Configuration = {
    clients: [
      {
        client_id: OIDC_TEST_CLIENT.clientId,
        client_secret: OIDC_TEST_CLIENT.clientSecret,
        redirect_uris: opts.redirectUris,
        post_logout_redirect_uris: opts.postLogoutRedirectUris,
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"], groups: ["groups"] },
    async findAccount(_ctx, id) {
      const user = users.get(id);
      if (!user || user.disabled) return undefined;
      return {
        accountId: id,
        async claims() {
          const { disabled: _disabled, ...claims } = user;
          return claims;
        },
      };
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ["oidc-test-cookie-key-0123456789"] },
    ttl: { Interaction: 600, Grant: 600, Session: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          ctx.body = page(
            "Sign out at the provider",
            `${form}<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>`,
          );
        },
      },
    },
    async renderError(ctx, out) {
      ctx.type = "html";
      ctx.body = page("Provider error", `<p>${escape(String(out.error))}: ${escape(String(out.error_description ?? ""))}</p>`);
    },
  };
  const provider = new Provider(issuer, configuration);

  async function interaction(req: IncomingMessage, res: ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    const send = (status: number, html: string) => {
      res.writeHead(status, { "Content-Type": "text/html; charset=utf-8" });
      res.end(html);
    };
    const form = (message = "") =>
      page(
        "Test identity provider",
        `${message ? `<p role="alert">${escape(message)}</p>` : ""}<form method="post" action="/interaction/${details.uid}">` +
          `<label>User name <input name="login" autocomplete="off"></label> <button type="submit">Continue</button></form>`,
      );
    if (req.method !== "POST") return send(200, form());
    const login = (await readBody(req)).get("login") ?? "";
    const user = users.get(login);
    if (!user || user.disabled) return send(200, form("Unknown or disabled user."));
    const grant = new provider.Grant({ accountId: login, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { login: { accountId: login }, consent: { grantId } }, { mergeWithLastSubmission: false });
  }

  return {
    issuer,
    users,
    /** One entry of OIDC_PROVIDERS for this provider; `overrides` change any field. */
    providerSetting(overrides: Record<string, unknown> = {}) {
      return {
        id: "test-idp",
        name: "Test Identity Provider",
        issuer,
        clientId: OIDC_TEST_CLIENT.clientId,
        clientSecret: OIDC_TEST_CLIENT.clientSecret,
        scopes: ["openid", "email", "profile", "groups"],
        linkByEmail: true,
        rules: [{ claim: "groups", value: "lindewaard-editors", organisation: "gemeente-lindewaard", role: "editor" }],
        ...overrides,
      };
    },
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
}

export type OidcTestServer = Awaited<ReturnType<typeof startOidcServer>>;
