/**
 * The Dutch filing API profile (aanleverapi v1.0, decision record 012) through its routes, with real tokens
 * from the real token endpoint on a real database: every path of the published document plus the publish
 * call, request and response bodies validated against the vendored document (tests/support/aanleverapi-document.ts),
 * the organisation boundary, scopes, validation errors in the document's shape and the web form's words,
 * fields that are not stored, and the audit trail.
 */
import { join } from "node:path";
import { UNSAFE_flatRoutes as flatRoutes } from "@remix-run/dev";
import { matchRoutes, type AgnosticRouteObject } from "@remix-run/router";
import { beforeAll, describe, expect, it } from "vitest";
import { servedDocument } from "~/aanleverapi/document";
import type { ApiScope } from "~/api/scopes";
import { NOT_STORED_HEADER } from "~/aanleverapi/aanleverapi.server";
import { entryAuditTrail } from "~/entries/staff.server";
import { missingMessage } from "~/entries/standard";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import { db } from "~/utils/db.server";
import { conforms, expectValidRequest, messageProblems } from "../support/aanleverapi-document";
import { aanlever, BASE_PATH, routeOf } from "../support/aanleverapi-routes";
import { createTestApiClient, fetchToken } from "../support/api-clients";
import { createOrgWithStaff } from "../support/entry-factories";
import { ROOT } from "../support/paths";

const ALL: ApiScope[] = ["entries:read", "entries:write", "entries:submit", "entries:publish"];
const CLIENT_NAME = "Dutch toolkit";

type Org = Awaited<ReturnType<typeof createOrgWithStaff>>["org"];
let orgA: Org;
let orgB: Org;
let full: string;
let fullClientId: string;
let writer: string;
let otherOrg: string;

const algorithmIn = (overrides: Record<string, unknown> = {}) => ({
  name: "Parkeerscan",
  description_short: "Een scanauto controleert of geparkeerde auto's betaald hebben.",
  organization: "Gemeente Noorderhaaks",
  category: ["Verkeer"],
  status: "In gebruik",
  begin_date: "2024-03",
  contact_email: "algoritmes@noorderhaaks.example",
  publication_category: "Overige algoritmes",
  lang: "nld",
  goal: "Sneller foutparkeerders vinden.",
  provider: "Intern ontwikkeld",
  source_id: "INV-17",
  standard_version: "1.0",
  ...overrides,
});

const at = (org: Org, rest = "") => `${BASE_PATH}/organizations/${encodeURIComponent(org.identifier)}${rest}`;

/** Sends a request whose body is first checked against the document, and checks the answer against it. */
async function send<T = Record<string, unknown>>(
  method: string,
  address: string,
  status: number,
  opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const { template } = routeOf(address);
  if (opts.body !== undefined) expectValidRequest(template, method, opts.body);
  const response = await aanlever(method, address, opts);
  return { response, body: await conforms<T>(response, template, method, status) };
}

/** An answer the document does not list for the operation (403, 405, 409) is still its Message shape. */
async function message(response: Response, status: number) {
  const body = (await response.json()) as { detail: string };
  expect(response.status, JSON.stringify(body)).toBe(status);
  expect(messageProblems(body)).toEqual([]);
  return body;
}

async function create(token = full, overrides: Record<string, unknown> = {}) {
  const { body } = await send<{ lars_code: string }>("POST", at(orgA, "/algorithms"), 200, { token, body: algorithmIn(overrides) });
  return body.lars_code;
}

beforeAll(async () => {
  orgA = (await createOrgWithStaff()).org;
  orgB = (await createOrgWithStaff()).org;
  const client = await createTestApiClient({ organisationSlug: orgA.slug, scopes: ALL, name: CLIENT_NAME });
  fullClientId = client.clientId;
  full = await fetchToken(client.clientId, client.clientSecret);
  const w = await createTestApiClient({ organisationSlug: orgA.slug, scopes: ["entries:read", "entries:write", "entries:submit"] });
  writer = await fetchToken(w.clientId, w.clientSecret);
  const b = await createTestApiClient({ organisationSlug: orgB.slug, scopes: ALL });
  otherOrg = await fetchToken(b.clientId, b.clientSecret);
});

describe("aanleverapi v1.0: the document", () => {
  it("serves the vendored document with this server's address, token endpoint and the publish operation", async () => {
    const response = await aanlever("GET", `${BASE_PATH}/openapi.json`);
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      servers: { url: string }[];
      paths: Record<string, unknown>;
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(doc.servers[0].url).toMatch(/\/aanleverapi\/v1_0$/);
    expect(Object.keys(doc.paths)).toContain("/organizations/{organisation_id}/algorithms/{algorithm_id}/publish");
    expect(Object.keys(doc.paths)).toContain("/organizations/{organisation_id}/published-algorithms/{algorithm_id}/retract");
    expect(JSON.stringify(doc.components.securitySchemes)).toContain("/oauth/token");
    const created = doc.paths["/organizations/{organisation_id}/algorithms"] as { post: { responses: { "200": { headers?: object } } } };
    expect(Object.keys(created.post.responses["200"].headers ?? {})).toEqual([NOT_STORED_HEADER]);
  });
});

describe("aanleverapi v1.0: the app's routes", () => {
  it("sends every path of the served document to its own route module, by the app's own route files", () => {
    const manifest = flatRoutes(join(ROOT, "app"));
    const tree = (parentId: string): AgnosticRouteObject[] =>
      Object.values(manifest)
        .filter((r) => r.parentId === parentId)
        .map((r) => ({ id: r.id, path: r.path, index: r.index, children: r.index ? undefined : tree(r.id) }) as AgnosticRouteObject);
    const routes = tree("root");
    const deepest = (address: string) => matchRoutes(routes, address)?.at(-1)?.route.id;
    for (const template of Object.keys(servedDocument().paths)) {
      const address = BASE_PATH + template.replace("{organisation_id}", "tooi-gm0363").replace("{algorithm_id}", "12345678");
      const file =
        "routes/aanleverapi.v1_0" + template.replace(/\//g, ".").replace("{organisation_id}", "$organisation_id").replace("{algorithm_id}", "$algorithm_id");
      expect(deepest(address), address).toBe(file);
    }
    expect(deepest(`${BASE_PATH}/openapi.json`)).toBe("routes/aanleverapi.v1_0.openapi[.]json");
  });
});

describe("aanleverapi v1.0: filing and reading", () => {
  it("creates an algorithm (lars_code: the register's 8-digit id), reads it back and lists it", async () => {
    const { response, body } = await send<{ lars_code: string }>("POST", at(orgA, "/algorithms"), 200, { token: full, body: algorithmIn() });
    const lars = body.lars_code;
    expect(lars).toMatch(/^\d{8}$/);
    // organization and standard_version are accepted but not stored; the header says so.
    expect(response.headers.get(NOT_STORED_HEADER)).toBe("organization, standard_version");
    const entry = await db.entry.findUniqueOrThrow({ where: { publicId: lars } });
    expect(entry.organisationId).toBe(orgA.id);
    expect(entry.state).toBe("draft");

    const { body: read } = await send("GET", at(orgA, `/algorithms/${lars}`), 200, { token: full });
    expect(read).toMatchObject({
      name: "Parkeerscan",
      organization: orgA.name,
      category: ["Verkeer"],
      status: "In gebruik",
      begin_date: "2024-03",
      publication_category: "Overige algoritmes",
      lang: "nld",
      provider: "Intern ontwikkeld",
      source_id: "INV-17",
      lars,
      state: "STATE_1",
      language: "NLD",
    });

    const { body: list } = await send<Array<{ lars: string; published: boolean; source_id: string | null }>>("GET", at(orgA, "/algorithms"), 200, {
      token: full,
    });
    expect(list.find((s) => s.lars === lars)).toMatchObject({ published: false, current_version_released: false, source_id: "INV-17" });
  });

  it("updates an algorithm (last writer wins) and names an outside supplier it cannot store", async () => {
    const lars = await create();
    const { response, body } = await send<{ message: string }>("PUT", at(orgA, `/algorithms/${lars}`), 200, {
      token: full,
      body: algorithmIn({ name: "Parkeerscan 2", provider: "Haaks softwarebedrijf", lars: "99999999" }),
    });
    expect(body.message).toBe(textFor("en").aanleverApi.saved);
    expect(response.headers.get(NOT_STORED_HEADER)).toBe("organization, lars, standard_version, provider");
    const { body: read } = await send("GET", at(orgA, `/algorithms/${lars}`), 200, { token: full });
    expect(read).toMatchObject({ name: "Parkeerscan 2", lars });
    expect(read.provider).toBeUndefined();
  });

  it("refuses an invalid AlgorithmIn with HTTPValidationError (loc/msg/type) in the web form's words, in English and Dutch", async () => {
    const invalid = algorithmIn({ name: undefined, status: "Soms" });
    const response = await aanlever("POST", at(orgA, "/algorithms"), { token: full, body: invalid });
    const body = await conforms<{ detail: { loc: (string | number)[]; msg: string; type: string }[] }>(
      response,
      "/organizations/{organisation_id}/algorithms",
      "POST",
      422,
    );
    expect(body.detail).toContainEqual({ loc: ["body", "name"], msg: showProblem(textFor("en"), missingMessage("name")), type: "missing" });
    expect(body.detail).toContainEqual({
      loc: ["body", "status"],
      msg: textFor("en").aanleverApi.notAllowed({ allowed: "In ontwikkeling, In gebruik, Buiten gebruik" }),
      type: "value_error",
    });
    const dutch = await aanlever("POST", at(orgA, "/algorithms"), { token: full, body: invalid, headers: { "Accept-Language": "nl" } });
    const nl = await conforms<{ detail: { loc: string[]; msg: string }[] }>(dutch, "/organizations/{organisation_id}/algorithms", "POST", 422);
    expect(nl.detail.find((d) => d.loc[1] === "name")!.msg).toBe(showProblem(textFor("nl"), missingMessage("name")));
    const website = await aanlever("POST", at(orgA, "/algorithms"), {
      token: full,
      body: algorithmIn({ website: "not an address" }),
      headers: { "Accept-Language": "nl" },
    });
    const web = await conforms<{ detail: { loc: string[]; msg: string }[] }>(website, "/organizations/{organisation_id}/algorithms", "POST", 422);
    expect(web.detail).toContainEqual(expect.objectContaining({ loc: ["body", "website"], msg: textFor("nl").standard.validation.webAddress }));
    // A language the document does not allow, and a body that is not JSON.
    const lang = await conforms<{ detail: { loc: string[] }[] }>(
      await aanlever("POST", at(orgA, "/algorithms"), { token: full, body: algorithmIn({ lang: "eng" }) }),
      "/organizations/{organisation_id}/algorithms",
      "POST",
      422,
    );
    expect(lang.detail.map((d) => d.loc.join("."))).toContain("body.lang");
    const notJson = await conforms<{ detail: { type: string }[] }>(
      await aanlever("POST", at(orgA, "/algorithms"), { token: full, rawBody: "{" }),
      "/organizations/{organisation_id}/algorithms",
      "POST",
      422,
    );
    expect(notJson.detail[0].type).toBe("json_invalid");
    expect(await db.entry.count({ where: { organisationId: orgA.id, name: "Soms" } })).toBe(0);
  });

  it("gives a preview address of the entry's page", async () => {
    const lars = await create();
    const { body } = await send<{ url: string }>("GET", at(orgA, `/algorithms/${lars}/preview`), 200, { token: full });
    expect(body.url).toMatch(new RegExp(`/entries/${lars}$`));
  });
});

describe("aanleverapi v1.0: release, publish, retract, archive", () => {
  it("releases (submits), publishes, reads the published version and retracts it, with the audit trail naming the client", async () => {
    const lars = await create();
    const { body: released } = await send<{ message: string }>("PUT", at(orgA, `/algorithms/${lars}/release`), 200, { token: full });
    expect(released.message).toBe(textFor("en").aanleverApi.released);
    const { body: summaryList } = await send<Array<{ lars: string; current_version_released: boolean }>>("GET", at(orgA, "/algorithms"), 200, { token: full });
    expect(summaryList.find((s) => s.lars === lars)!.current_version_released).toBe(true);
    // Not published yet: the published read is 404 in the Message shape.
    await send("GET", at(orgA, `/published-algorithms/${lars}`), 404, { token: full });

    const { body: publishedAnswer } = await send<{ message: string }>("PUT", at(orgA, `/algorithms/${lars}/publish`), 200, { token: full });
    expect(publishedAnswer.message).toBe(textFor("en").aanleverApi.published);
    const entry = await db.entry.findUniqueOrThrow({ where: { publicId: lars } });
    expect(entry.state).toBe("published");
    const { body: pub } = await send("GET", at(orgA, `/published-algorithms/${lars}`), 200, { token: full });
    expect(pub).toMatchObject({ lars, state: "PUBLISHED", name: "Parkeerscan" });
    expect(typeof pub.publication_dt).toBe("string");

    await send("DELETE", at(orgA, `/published-algorithms/${lars}/retract`), 200, { token: full });
    expect((await db.entry.findUniqueOrThrow({ where: { publicId: lars } })).state).toBe("archived");
    await send("GET", at(orgA, `/published-algorithms/${lars}`), 404, { token: full });

    const trail = await entryAuditTrail(entry.id);
    expect(trail.length).toBeGreaterThanOrEqual(4);
    expect(trail.every((row) => row.apiClient === CLIENT_NAME)).toBe(true);
    const rows = await db.auditLog.findMany({ where: { entryId: entry.id } });
    expect(rows.every((r) => r.actorId === null && r.apiClientId === fullClientId)).toBe(true);
  });

  it("takes a change to a published algorithm through release and publish again; the published read shows the old version until then", async () => {
    const lars = await create();
    await send("PUT", at(orgA, `/algorithms/${lars}/release`), 200, { token: full });
    await send("PUT", at(orgA, `/algorithms/${lars}/publish`), 200, { token: full });
    await send("PUT", at(orgA, `/algorithms/${lars}`), 200, { token: full, body: algorithmIn({ name: "Parkeerscan, tweede versie" }) });
    const { body: before } = await send("GET", at(orgA, `/published-algorithms/${lars}`), 200, { token: full });
    expect(before.name).toBe("Parkeerscan");
    const { body: newest } = await send("GET", at(orgA, `/algorithms/${lars}`), 200, { token: full });
    expect(newest.name).toBe("Parkeerscan, tweede versie");
    // Retracting waits until the new draft is published (409 in the Message shape); the version stays public.
    await message(await aanlever("DELETE", at(orgA, `/published-algorithms/${lars}/retract`), { token: full }), 409);
    await send("PUT", at(orgA, `/algorithms/${lars}/release`), 200, { token: full });
    // From the second version on the register asks for a public change note: without one, 422 naming it.
    const { body: noNote } = await send<{ detail: { loc: string[] }[] }>("PUT", at(orgA, `/algorithms/${lars}/publish`), 422, { token: full });
    expect(noNote.detail.map((d) => d.loc.join("."))).toEqual(["body.change_note"]);
    await send("PUT", at(orgA, `/algorithms/${lars}/publish`), 200, { token: full, body: { change_note: "Nieuwe naam." } });
    const { body: after } = await send("GET", at(orgA, `/published-algorithms/${lars}`), 200, { token: full });
    expect(after.name).toBe("Parkeerscan, tweede versie");
  });

  it("refuses to release an impactful algorithm without what the register's publish rules need (422 with the field)", async () => {
    const lars = await create(full, { publication_category: "Impactvolle algoritmes", human_intervention: "Een medewerker controleert elke uitkomst." });
    const { body } = await send<{ detail: { loc: string[]; msg: string }[] }>("PUT", at(orgA, `/algorithms/${lars}/release`), 422, { token: full });
    expect(body.detail.map((d) => d.loc.join("."))).toContain("body.appeals");
    expect((await db.entry.findUniqueOrThrow({ where: { publicId: lars } })).state).toBe("draft");
  });

  it("archives a published version (archive_version) and cannot unarchive a retired one (409)", async () => {
    const lars = await create();
    await send("PUT", at(orgA, `/algorithms/${lars}/release`), 200, { token: full });
    await send("PUT", at(orgA, `/algorithms/${lars}/publish`), 200, { token: full });
    const missing = await aanlever("PUT", at(orgA, `/algorithms/${lars}/archive_version`), { token: full, body: {} });
    const refused = await conforms<{ detail: { loc: string[]; type: string }[] }>(
      missing,
      "/organizations/{organisation_id}/algorithms/{algorithm_id}/archive_version",
      "PUT",
      422,
    );
    expect(refused.detail[0]).toMatchObject({ loc: ["body", "algorithm_version_id"], type: "missing" });
    await message(await aanlever("PUT", at(orgA, `/algorithms/${lars}/archive_version`), { token: full, body: { algorithm_version_id: 7 } }), 404);
    await send("PUT", at(orgA, `/algorithms/${lars}/archive_version`), 200, { token: full, body: { algorithm_version_id: 1 } });
    expect((await db.entry.findUniqueOrThrow({ where: { publicId: lars } })).state).toBe("archived");
    const body = await message(
      await aanlever("PUT", at(orgA, `/algorithms/${lars}/unarchive_version`), { token: full, body: { algorithm_version_id: 1 } }),
      409,
    );
    expect(body.detail).toBe(textFor("en").aanleverApi.cannotUnarchive);
  });
});

describe("aanleverapi v1.0: who may do what", () => {
  it("answers 401 in the Message shape without a token", async () => {
    const response = await aanlever("GET", at(orgA, "/algorithms"));
    const body = await conforms<{ detail: string }>(response, "/organizations/{organisation_id}/algorithms", "GET", 401);
    expect(body.detail).toBeTruthy();
    expect(response.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
  });

  it("lets no client touch another organisation (403 on its path, 404 for its algorithm under one's own)", async () => {
    const lars = await create();
    for (const [method, rest, body] of [
      ["GET", "/algorithms", undefined],
      ["POST", "/algorithms", algorithmIn()],
      ["GET", `/algorithms/${lars}`, undefined],
      ["PUT", `/algorithms/${lars}`, algorithmIn({ name: "Taken over" })],
      ["PUT", `/algorithms/${lars}/release`, undefined],
      ["PUT", `/algorithms/${lars}/publish`, undefined],
      ["PUT", `/algorithms/${lars}/archive_version`, { algorithm_version_id: 1 }],
      ["PUT", `/algorithms/${lars}/unarchive_version`, { algorithm_version_id: 1 }],
      ["GET", `/algorithms/${lars}/preview`, undefined],
      ["GET", `/published-algorithms/${lars}`, undefined],
      ["DELETE", `/published-algorithms/${lars}/retract`, undefined],
    ] as const) {
      const answer = await message(await aanlever(method, at(orgA, rest), { token: otherOrg, body }), 403);
      expect(answer.detail).toBe(textFor("en").aanleverApi.otherOrganisation);
    }
    await send("GET", at(orgB, `/algorithms/${lars}`), 404, { token: otherOrg });
    const entry = await db.entry.findUniqueOrThrow({ where: { publicId: lars } });
    expect(entry.name).toBe("Parkeerscan");
    expect(entry.state).toBe("draft");
  });

  it("refuses publishing, retracting and archiving to a token without entries:publish (403)", async () => {
    const lars = await create(writer);
    await send("PUT", at(orgA, `/algorithms/${lars}/release`), 200, { token: writer });
    for (const [method, rest, body] of [
      ["PUT", `/algorithms/${lars}/publish`, undefined],
      ["DELETE", `/published-algorithms/${lars}/retract`, undefined],
      ["PUT", `/algorithms/${lars}/archive_version`, { algorithm_version_id: 1 }],
    ] as const) {
      const response = await aanlever(method, at(orgA, rest), { token: writer, body });
      await message(response, 403);
      expect(response.headers.get("WWW-Authenticate")).toContain('error="insufficient_scope"');
    }
    expect((await db.entry.findUniqueOrThrow({ where: { publicId: lars } })).state).toBe("submitted");
  });
});
