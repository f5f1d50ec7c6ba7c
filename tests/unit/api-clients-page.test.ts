import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { resetApiRateLimits, requireApiClient } from "~/api/api-auth.server";
import { resetTokenAttempts } from "~/api/token-endpoint.server";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import * as page from "~/routes/account.api-clients";
import * as entryPage from "~/routes/entries.$id";
import { auditActorFor } from "~/api/api-auth.server";
import { recordAudit } from "~/audit/audit.server";
import { createTestApiClient } from "../support/api-clients";
import { createPublishedEntry } from "../support/entry-factories";
import { loader as entriesJson } from "~/routes/downloads.entries[.]json";
import { loader as entriesCsv } from "~/routes/downloads.entries[.]csv";
import { action as tokenAction } from "~/routes/oauth.token";
import { db } from "~/utils/db.server";
import { bearer, fetchToken, tokenRequest } from "../support/api-clients";
import { createOrganisation, createUser, sessionFor } from "../support/factories";
import { renderRoute } from "../support/render-route";
import { BASE, call, dataOf, formRequest, getRequest, statusOf } from "../support/requests";

const PATH = "/account/api-clients";
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600_000).toISOString().slice(0, 10);

type Shown = { kind: string; name: string; clientId: string; secret: string };
type ActionResult = { shown: Shown | null; errors: Record<string, string> | null; values: Record<string, unknown> | null };

let orgA: { id: string; slug: string };
let orgB: { id: string; slug: string };
let approverA: string;
let approverB: string;
let editorA: string;
let admin: string;
let reviewer: string;

beforeAll(async () => {
  orgA = await createOrganisation();
  orgB = await createOrganisation();
  approverA = await sessionFor((await createUser("approver", orgA.id)).id);
  approverB = await sessionFor((await createUser("approver", orgB.id)).id);
  editorA = await sessionFor((await createUser("editor", orgA.id)).id);
  admin = await sessionFor((await createUser("admin")).id);
  reviewer = await sessionFor((await createUser("reviewer")).id);
});

beforeEach(async () => {
  await resetApiRateLimits();
  await resetTokenAttempts();
});

// Everything the register writes to its logs while a test runs.
const logged: string[] = [];
beforeEach(() => {
  logged.length = 0;
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
  }
});
afterEach(() => vi.restoreAllMocks());

async function create(cookie: string, fields: Record<string, string | string[]>, path = PATH) {
  const { result, thrown } = await call(page.action, await formRequest(path, { intent: "create", ...fields }, { cookie }));
  return { status: statusOf(result ?? thrown), data: dataOf<ActionResult>(result), thrown };
}

async function tokenStatus(clientId: string, secret: string) {
  const response = (await tokenAction({ request: tokenRequest(clientId, secret), params: {}, context: { clientIp: "127.0.0.1" } })) as Response;
  return response.status;
}

describe("/account/api-clients", () => {
  it("is for approvers and administrators only", async () => {
    for (const cookie of [editorA, reviewer]) {
      expect(statusOf((await call(page.loader, getRequest(PATH, cookie))).thrown)).toBe(403);
      expect((await create(cookie, { name: "X", scopes: "entries:read", expiresOn: inDays(30) })).status).toBe(403);
    }
    const anonymous = await call(page.loader, getRequest(PATH));
    expect(statusOf(anonymous.thrown)).toBe(302);
  });

  it("creates a client for the approver's organisation and shows its secret once", async () => {
    const created = await create(approverA, { name: "Inventory sync", scopes: ["entries:read", "entries:write"], expiresOn: inDays(90) });
    expect(created.status).toBe(201);
    const shown = created.data.shown!;
    expect(shown).toMatchObject({ kind: "created", name: "Inventory sync" });
    expect(shown.secret).toMatch(/^rcs_[A-Za-z0-9_-]{40,}$/);
    const row = await db.apiClient.findUniqueOrThrow({ where: { id: shown.clientId } });
    expect(row).toMatchObject({ organisationId: orgA.id, name: "Inventory sync", scopes: "entries:read entries:write" });
    expect(row.expiresAt!.toISOString().slice(0, 10)).toBe(inDays(90));

    // The secret works at the token endpoint, and the token acts for the approver's organisation.
    const token = await fetchToken(shown.clientId, shown.secret);
    const actor = await requireApiClient(new Request(`${BASE}/api/v1/entries`, { headers: bearer(token) }), "entries:write");
    expect(actor.organisationId).toBe(orgA.id);

    // The answer to the post shows it; the page itself never does.
    const afterPost = await renderRoute(
      await formRequest(PATH, { intent: "create", name: "Second", scopes: "entries:read", expiresOn: inDays(9) }, { cookie: approverA }),
      page,
    );
    expect(afterPost).toMatch(/rcs_[A-Za-z0-9_-]{40,}/);
    const html = await renderRoute(getRequest(PATH, approverA), page);
    expect(html).toContain("Inventory sync");
    expect(html).toContain(shown.clientId);
    expect(html).not.toContain(shown.secret);
    expect(html).not.toMatch(/rcs_/);
    expect(html).not.toContain(token);
    expect(logged.join("\n")).not.toContain(shown.secret);
    expect(logged.join("\n")).not.toContain(token);

    // Nor do the open-data downloads.
    for (const download of [entriesJson, entriesCsv]) {
      const response = (await download({ request: getRequest("/downloads/x"), params: {}, context: {} } as never)) as Response;
      expect(await response.text()).not.toContain(shown.secret);
    }
    const audit = await db.auditLog.findMany({ where: { apiClientId: shown.clientId } });
    expect(JSON.stringify(audit)).not.toContain(shown.secret);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it("lists only the approver's own organisation's clients; an administrator sees all", async () => {
    const a = await create(approverA, { name: "Only A", scopes: "entries:read", expiresOn: inDays(30) });
    const b = await create(approverB, { name: "Only B", scopes: "entries:read", expiresOn: inDays(30) });
    const names = async (cookie: string) =>
      dataOf<{ clients: Array<{ name: string }> }>((await call(page.loader, getRequest(PATH, cookie))).result).clients.map((c) => c.name);
    expect(await names(approverA)).toContain("Only A");
    expect(await names(approverA)).not.toContain("Only B");
    expect(await names(approverB)).toEqual(["Only B"]);
    expect(await names(admin)).toEqual(expect.arrayContaining(["Only A", "Only B"]));
    expect(a.data.shown!.clientId).not.toBe(b.data.shown!.clientId);
  });

  it("keeps what was typed and names each problem when the form is wrong, without making a client", async () => {
    const before = await db.apiClient.count();
    const wrong = await create(approverA, { name: "Kept name", expiresOn: inDays(-1) });
    expect(wrong.status).toBe(400);
    expect(wrong.data.shown).toBeNull();
    expect(wrong.data.values).toMatchObject({ name: "Kept name", expiresOn: inDays(-1) });
    const en = textFor("en");
    expect(showProblem(en, wrong.data.errors!.scopes)).toBe(en.apiClients.validation.scopesMissing);
    expect(showProblem(en, wrong.data.errors!.expiresOn)).toBe(en.apiClients.validation.expiresPast);
    expect((await create(approverA, { name: "", scopes: "entries:read", expiresOn: inDays(800) })).data.errors).toMatchObject({
      name: expect.any(String),
      expiresOn: expect.any(String),
    });
    expect(await db.apiClient.count()).toBe(before);

    const html = await renderRoute(
      await formRequest(PATH, { intent: "create", name: "Kept name", scopes: "feedback:read", expiresOn: "2020-02-30" }, { cookie: approverA }),
      page,
    );
    expect(html).toContain('value="Kept name"');
    expect(html).toMatch(/name="scopes" checked="" value="feedback:read"/);
    expect(html).toContain(en.apiClients.validation.expiresFormat);
  });

  it("speaks Dutch under /nl", async () => {
    const html = await renderRoute(
      await formRequest(`/nl${PATH}`, { intent: "create", name: "", expiresOn: "" }, { cookie: approverA }),
      page,
      "nl/account/api-clients",
    );
    const nl = textFor("nl");
    expect(html).toContain(nl.apiClients.title);
    expect(html).toContain(nl.apiClients.validation.nameMissing);
    expect(html).toContain(nl.apiClients.validation.scopesMissing);
    expect(html).toContain(nl.apiClients.scopeLabels["entries:publish"]);
    expect(html).not.toContain(textFor("en").apiClients.createTitle);
  });

  it("makes an administrator choose the organisation, and lets them create for any", async () => {
    const missing = await create(admin, { name: "Admin made", scopes: "entries:read", expiresOn: inDays(30) });
    expect(missing.status).toBe(400);
    expect(showProblem(textFor("en"), missing.data.errors!.organisationId)).toBe(textFor("en").apiClients.validation.organisationMissing);
    const made = await create(admin, { name: "Admin made", organisationId: orgB.id, scopes: "entries:read", expiresOn: inDays(30) });
    expect(made.status).toBe(201);
    expect((await db.apiClient.findUniqueOrThrow({ where: { id: made.data.shown!.clientId } })).organisationId).toBe(orgB.id);
    // An approver cannot pick another organisation: theirs is used.
    const approverMade = await create(approverA, { name: "Mine", organisationId: orgB.id, scopes: "entries:read", expiresOn: inDays(30) });
    expect((await db.apiClient.findUniqueOrThrow({ where: { id: approverMade.data.shown!.clientId } })).organisationId).toBe(orgA.id);
  });

  it("rotates the secret (the old one stops working) and revokes, each audited with who did it", async () => {
    const created = (await create(approverA, { name: "Rotating", scopes: "entries:read", expiresOn: inDays(30) })).data.shown!;
    const rotated = await call(page.action, await formRequest(PATH, { intent: "rotate", clientId: created.clientId }, { cookie: approverA }));
    const shown = dataOf<ActionResult>(rotated.result).shown!;
    expect(shown).toMatchObject({ kind: "rotated", clientId: created.clientId });
    expect(shown.secret).not.toBe(created.secret);
    expect(await tokenStatus(created.clientId, created.secret)).toBe(401);
    expect(await tokenStatus(created.clientId, shown.secret)).toBe(200);

    const revoked = await call(page.action, await formRequest(PATH, { intent: "revoke", clientId: created.clientId }, { cookie: approverA }));
    expect(statusOf(revoked.thrown)).toBe(302);
    expect((revoked.thrown as Response).headers.get("Location")).toBe(`${PATH}?done=revoked`);
    expect(await tokenStatus(created.clientId, shown.secret)).toBe(401);

    const trail = await db.auditLog.findMany({ where: { apiClientId: created.clientId, actorId: { not: null } }, orderBy: { at: "asc" } });
    expect(trail.map((r) => r.action)).toEqual(["api_client.created", "api_client.rotated", "api_client.revoked"]);
    expect(JSON.stringify(trail)).not.toContain(shown.secret);
  });

  it("does not let an approver of another organisation rotate or revoke a client", async () => {
    const created = (await create(approverA, { name: "Not yours", scopes: "entries:read", expiresOn: inDays(30) })).data.shown!;
    for (const intent of ["rotate", "revoke"]) {
      const tried = await call(page.action, await formRequest(PATH, { intent, clientId: created.clientId }, { cookie: approverB }));
      expect(statusOf(tried.thrown)).toBe(404);
    }
    expect(await tokenStatus(created.clientId, created.secret)).toBe(200);
    const byAdmin = await call(page.action, await formRequest(PATH, { intent: "revoke", clientId: created.clientId }, { cookie: admin }));
    expect(statusOf(byAdmin.thrown)).toBe(302);
  });

  it("refuses a post without the CSRF token", async () => {
    const forged = await call(
      page.action,
      await formRequest(PATH, { intent: "create", name: "X", scopes: "entries:read", expiresOn: inDays(3) }, { cookie: approverA, csrf: "forged" }),
    );
    expect(statusOf(forged.thrown)).toBe(403);
  });
});

describe("the entry's audit trail", () => {
  it("names the API client that made a change, in the page's language", async () => {
    const { org, approver, entry } = await createPublishedEntry();
    const { clientId } = await createTestApiClient({ organisationSlug: org.slug, scopes: ["entries:write"], name: "Inventory sync" });
    await recordAudit({ ...auditActorFor({ clientId }), action: "entry.draft_saved", subjectType: "entry", subjectId: entry.id, entryId: entry.id });
    const cookie = await sessionFor(approver.id);
    const english = await renderRoute(getRequest(`/entries/${entry.id}`, cookie), entryPage, "entries/:id");
    expect(english).toContain(textFor("en").apiClients.viaClient({ name: "Inventory sync" }));
    const dutch = await renderRoute(getRequest(`/nl/entries/${entry.id}`, cookie), entryPage, "nl/entries/:id");
    expect(dutch).toContain(textFor("nl").apiClients.viaClient({ name: "Inventory sync" }));
  });
});
