import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { checkRouteSource, functionCallsGuard, guardFunctions, moduleFile, withWrappers } from "../support/guard-check";
import { ROOT } from "../support/paths";

const APP = join(ROOT, "app");
const ROUTES = join(APP, "routes");

function routeFiles(dir = ROUTES): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return routeFiles(p).filter((x) => /route\.tsx?$/.test(x));
    return /\.(tsx|ts)$/.test(f) && !f.includes(".test.") ? [p] : [];
  });
}

function serverModules(dir = APP): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === "generated" || f === "routes" ? [] : serverModules(p);
    return /\.server\.tsx?$/.test(f) ? [p] : [];
  });
}

// requireApiClient guards the API routes used with an access token (app/api/api-auth.server.ts).
const GUARDS = withWrappers(
  new Set([...guardFunctions(readFileSync(join(APP, "auth/guards.server.ts"), "utf8")), "requireApiClient"]),
  serverModules().map((fileName) => ({ fileName, source: readFileSync(fileName, "utf8") })),
);

/** Loaders and actions anyone may call, each with the reason it needs no guard. */
const PUBLISHED = "public page: reads published entries, organisations or suppliers only";
const DOWNLOAD = "open-data download: published versions only";
const API_READ = "read-only public API: published data only";
const API_WRITE = "apiAction: refuses every write with 405 (and answers CORS preflight)";
const ABOUT = "static content about the register";
const FILING_405 = "filing API: answers 405 (problem details) to a method the address does not take, before reading anything";
const AANLEVER_405 = "Dutch filing API profile: answers 405 (its Message shape) to a method the address does not take, before reading anything";
const PUBLIC: Record<string, string> = {
  "aanleverapi.v1_0.openapi[.]json.ts loader": "the Dutch filing API profile's public description (aanleverapi v1.0)",
  "aanleverapi.v1_0.openapi[.]json.ts action": API_WRITE,
  "aanleverapi.v1_0.organizations.$organisation_id.algorithms.$algorithm_id.archive_version.ts loader": AANLEVER_405,
  "aanleverapi.v1_0.organizations.$organisation_id.algorithms.$algorithm_id.preview.ts action": AANLEVER_405,
  "aanleverapi.v1_0.organizations.$organisation_id.algorithms.$algorithm_id.publish.ts loader": AANLEVER_405,
  "aanleverapi.v1_0.organizations.$organisation_id.algorithms.$algorithm_id.release.ts loader": AANLEVER_405,
  "aanleverapi.v1_0.organizations.$organisation_id.algorithms.$algorithm_id.unarchive_version.ts loader": AANLEVER_405,
  "aanleverapi.v1_0.organizations.$organisation_id.published-algorithms.$algorithm_id.retract.ts loader": AANLEVER_405,
  "aanleverapi.v1_0.organizations.$organisation_id.published-algorithms.$algorithm_id.ts action": AANLEVER_405,
  "$.tsx loader": "404 for unknown paths",
  "$.tsx action": "404 for unknown paths",
  "[.well-known].jwks[.]json.ts loader": "the public keys that sign API access tokens",
  "[.well-known].oauth-authorization-server.ts loader": "the token endpoint's public metadata (RFC 8414)",
  "about.$slug.tsx loader": ABOUT,
  "about._index.tsx loader": ABOUT,
  "about.decisions.$slug.tsx loader": ABOUT,
  "about.decisions._index.tsx loader": ABOUT,
  "account.forgot-password.tsx loader": "the form to ask for a reset link",
  "account.forgot-password.tsx action": "anyone may ask for a reset link: the same answer for every address, rate-limited, CSRF through readForm",
  "account.set-password.$token.tsx loader": "the single-use set-password token in the address is the credential",
  "account.set-password.$token.tsx action": "the single-use set-password token in the address is the credential; CSRF through readForm",
  "auth.oidc.$provider.ts loader": "only redirects to the login page",
  "auth.oidc.$provider.ts action": "starts a sign-in at an OpenID provider (before anyone is signed in); CSRF through readForm",
  "auth.oidc.$provider_.callback.ts loader": "the provider's answer is the credential: checked against this browser's signed flow cookie (state, PKCE, nonce)",
  "algorithms.$id.tsx loader": PUBLISHED,
  "algorithms.$id[.json].tsx loader": DOWNLOAD,
  "algorithms.$id_.feedback.tsx loader": "public feedback form on a published entry",
  "algorithms.$id_.feedback.tsx action": "anyone may send feedback; rate-limited, honeypot and CSRF through readForm",
  "algorithms.$id_.feedback[.]atom.ts loader": "published feedback threads of a published entry",
  "algorithms.$id_.feedback_.received.tsx loader": "the receipt is read from the sender's own signed cookie, once",
  "algorithms.$id_.history.tsx loader": PUBLISHED,
  "algorithms._index.tsx loader": PUBLISHED,
  "api.openapi[.]json.ts loader": "the API's public description",
  "api.openapi[.]json.ts action": API_WRITE,
  "api.v1.changes.ts loader": API_READ,
  "api.v1.changes.ts action": API_WRITE,
  "api.v1.drafts.$id.$step.ts loader": FILING_405,
  "api.v1.drafts.$id.feedback.ts action": FILING_405,
  "api.v1.feedback.$threadId.answers.ts loader": FILING_405,
  "api.v1.entries.$id.feedback.ts loader": API_READ,
  "api.v1.entries.$id.feedback.ts action": API_WRITE,
  "api.v1.entries.$id.ts loader": API_READ,
  "api.v1.entries.$id.ts action": API_WRITE,
  "api.v1.entries.$id.versions.ts loader": API_READ,
  "api.v1.entries.$id.versions.ts action": API_WRITE,
  "api.v1.entries.ts loader": API_READ,
  "api.v1.entries.ts action": API_WRITE,
  "api.v1.organisations.ts loader": API_READ,
  "api.v1.organisations.ts action": API_WRITE,
  "api.v1.suppliers.ts loader": API_READ,
  "api.v1.suppliers.ts action": API_WRITE,
  "downloads._index.tsx loader": DOWNLOAD,
  "downloads.atrs[.]json.ts loader": DOWNLOAD,
  "downloads.data-declarations[.]csv.ts loader": DOWNLOAD,
  "downloads.entries[.]csv.ts loader": DOWNLOAD,
  "downloads.entries[.]json.ts loader": DOWNLOAD,
  "downloads.nl-standard[.]json.ts loader": DOWNLOAD,
  "downloads.versions[.]json.ts loader": DOWNLOAD,
  "feed[.]atom.ts loader": "public change feed of published versions",
  "feedback.withdraw.$token.tsx loader": "the private withdrawal token is the credential",
  "feedback.withdraw.$token.tsx action": "the private withdrawal token is the credential",
  "healthz.ts loader": "health check for the host: says only whether the database answers",
  "readyz.ts loader": "readiness check for a load balancer: says only whether the database takes a write",
  "login.tsx loader": "the sign-in page",
  "login.tsx action": "signing in; rate-limited and locks accounts after failures",
  "login_.code.tsx loader": "second step of signing in: only with the signed cookie of a password just checked",
  "login_.code.tsx action": "second step of signing in: only with the signed cookie of a password just checked; rate-limited, counts towards the lockout",
  "logout.tsx loader": "redirects home",
  "logout.tsx action": "ends whatever session the request carries",
  "oauth.token.ts loader": "answers 405: the token endpoint takes POST only",
  "oauth.token.ts action": "the token endpoint: the client's id and secret in the request are the credential; rate-limited",
  "organisations.$slug.tsx loader": PUBLISHED,
  "organisations._index.tsx loader": PUBLISHED,
  "robots[.]txt.ts loader": "robots.txt",
  "sitemap[.]xml.ts loader": PUBLISHED,
  "statistics.tsx loader": "aggregate statistics of published entries",
  "suppliers.$slug.tsx loader": PUBLISHED,
  "suppliers._index.tsx loader": PUBLISHED,
  "your-data._index.tsx loader": PUBLISHED,
  "your-data.categories.$slug.tsx loader": PUBLISHED,
  "your-data.life-events.$slug.tsx loader": PUBLISHED,
};

describe("the guard checker", () => {
  const guards = new Set(["requireUser", "requirePermission"]);

  it("finds the guards in guards.server.ts and the wrappers around them", () => {
    const own = guardFunctions(readFileSync(join(APP, "auth/guards.server.ts"), "utf8"));
    expect([...own].sort()).toEqual(["requireOrgMember", "requirePermission", "requireRole", "requireUser"]);
    const wrapped = withWrappers(guards, [
      { fileName: "x.server.ts", source: "export async function mine(r: Request) { return requireUser(r); }\nexport function other() { return 1; }" },
    ]);
    expect(wrapped.has("mine")).toBe(true);
    expect(wrapped.has("other")).toBe(false);
  });

  it("catches a loader without a guard even when the action of the same file has one", () => {
    const source = `
      import { requirePermission } from "~/auth/guards.server";
      export async function loader({ request }) { return { items: await listEverything() }; }
      export async function action({ request }) { await requirePermission(request, "admin:manage"); return null; }
      // A guard call elsewhere in the file does not count for the loader.
      async function unused(request) { await requireUser(request); }
    `;
    expect(checkRouteSource(source, "fixture.tsx", guards)).toEqual([
      { handler: "loader", guarded: false },
      { handler: "action", guarded: true },
    ]);
  });

  it("accepts a guard reached through a helper of the same module, in arrow functions too", () => {
    const source = `
      const staff = (request) => requireUser(request);
      export const loader = async ({ request }) => { await staff(request); return null; };
    `;
    expect(checkRouteSource(source, "fixture.ts", guards)).toEqual([{ handler: "loader", guarded: true }]);
  });

  it("asks about re-exported handlers", () => {
    const source = `export { apiAction as action } from "~/api/json-response.server";`;
    const asked: unknown[] = [];
    expect(checkRouteSource(source, "fixture.ts", guards, (r) => (asked.push(r), false))).toEqual([{ handler: "action", guarded: false }]);
    expect(asked).toEqual([{ handler: "action", from: "~/api/json-response.server", name: "apiAction" }]);
  });
});

describe("every route guards itself", () => {
  const files = routeFiles();
  const unguarded = files.flatMap((file) => {
    const route = relative(ROUTES, file);
    const resolveReExport = ({ from, name }: { from: string; name: string }) => {
      const target = moduleFile(APP, from, file);
      return !!target && functionCallsGuard(target, name, GUARDS);
    };
    return checkRouteSource(readFileSync(file, "utf8"), file, GUARDS, resolveReExport)
      .filter((h) => !h.guarded)
      .map((h) => `${route} ${h.handler}`);
  });

  it("finds the route modules", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  const AANLEVER_JSON = "Dutch filing API profile (aanleverapi v1.0): bearer token (requireApiClient), no cookies; a JSON body within MAX_BODY_BYTES (server)";
  const FILING_JSON = "filing API: bearer token (requireApiClient), no cookies; a JSON body within MAX_BODY_BYTES (server)";
  /** Actions called by machines with their own credentials (no cookie, so no CSRF), each with its reason. */
  const NO_BROWSER_FORM: Record<string, string> = {
    "oauth.token.ts": "OAuth token endpoint: client credentials, no cookies; reads its own size-limited urlencoded body",
    "api.v1.drafts.ts": FILING_JSON,
    "api.v1.drafts.$id.ts": FILING_JSON,
    "api.v1.drafts.$id.$step.ts": FILING_JSON,
    "api.v1.drafts.$id.feedback.ts": FILING_JSON,
    "api.v1.feedback.$threadId.answers.ts": FILING_JSON,
    "aanleverapi.v1_0.organizations.$organisation_id.algorithms.ts": AANLEVER_JSON,
    "aanleverapi.v1_0.organizations.$organisation_id.algorithms.$algorithm_id.ts": AANLEVER_JSON,
    "aanleverapi.v1_0.organizations.$organisation_id.algorithms.$algorithm_id.archive_version.ts": AANLEVER_JSON,
    "aanleverapi.v1_0.organizations.$organisation_id.algorithms.$algorithm_id.preview.ts": AANLEVER_JSON,
    "aanleverapi.v1_0.organizations.$organisation_id.algorithms.$algorithm_id.publish.ts": AANLEVER_JSON,
    "aanleverapi.v1_0.organizations.$organisation_id.algorithms.$algorithm_id.release.ts": AANLEVER_JSON,
    "aanleverapi.v1_0.organizations.$organisation_id.algorithms.$algorithm_id.unarchive_version.ts": AANLEVER_JSON,
    "aanleverapi.v1_0.organizations.$organisation_id.published-algorithms.$algorithm_id.retract.ts": AANLEVER_JSON,
    "aanleverapi.v1_0.organizations.$organisation_id.published-algorithms.$algorithm_id.ts": AANLEVER_JSON,
  };

  it("every action reads its form through readForm (CSRF, content type, size)", () => {
    const missing = files
      .filter((f) => /export\s+(async\s+)?function\s+action|export\s+const\s+action/.test(readFileSync(f, "utf8")) && !f.endsWith("$.tsx"))
      .filter((f) => !(relative(ROUTES, f) in NO_BROWSER_FORM))
      .filter((f) => !readFileSync(f, "utf8").includes("readForm("));
    expect(missing.map((f) => f.replace(ROOT + "/", ""))).toEqual([]);
  });

  it("every loader and action calls a guard, or is public for a stated reason", () => {
    expect(unguarded.filter((h) => !(h in PUBLIC))).toEqual([]);
  });

  it("lists as public only handlers that exist and have no guard", () => {
    expect(Object.keys(PUBLIC).filter((h) => !unguarded.includes(h))).toEqual([]);
  });
});
