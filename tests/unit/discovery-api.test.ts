import { beforeAll, describe, expect, it } from "vitest";
import { checkSchema } from "~/api/json-schema-check";
import { OPENAPI_DOCUMENT } from "~/api/openapi";
import { transition } from "~/entries/entries.server";
import { loader as changesLoader } from "~/routes/api.v1.changes";
import { action as entriesAction, loader as entriesLoader } from "~/routes/api.v1.entries";
import { loader as entryLoader } from "~/routes/api.v1.entries.$id";
import { loader as feedbackLoader } from "~/routes/api.v1.entries.$id.feedback";
import { loader as versionsLoader } from "~/routes/api.v1.entries.$id.versions";
import { loader as organisationsLoader } from "~/routes/api.v1.organisations";
import { loader as suppliersLoader } from "~/routes/api.v1.suppliers";
import { loader as openapiLoader } from "~/routes/api.openapi[.]json";
import { db } from "~/utils/db.server";
import { createOrgWithStaff, createPublishedEntry } from "../support/entry-factories";
import { call } from "../support/requests";

const components = OPENAPI_DOCUMENT.components.schemas as unknown as Parameters<typeof checkSchema>[2];

async function get(loader: (args: never) => Promise<Response>, path: string, params: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const { result, thrown } = await call(loader, new Request(`http://localhost${path}`, { headers }), params);
  return (result ?? thrown) as Response;
}

/** The schema a documented path answers with on 200. */
function responseSchema(path: keyof typeof OPENAPI_DOCUMENT.paths) {
  const op = (OPENAPI_DOCUMENT.paths[path] as { get?: unknown }).get as {
    responses: Record<string, { content?: { "application/json": { schema: { $ref: string } } } }>;
  };
  return op.responses["200"].content!["application/json"].schema;
}

async function conforms(path: keyof typeof OPENAPI_DOCUMENT.paths, res: Response) {
  expect(res.status).toBe(200);
  const body = await res.json();
  expect(checkSchema(body, responseSchema(path), components)).toEqual([]);
  return body;
}

let staff: Awaited<ReturnType<typeof createOrgWithStaff>>;
let publicId: string;
let draftPublicId: string;

beforeAll(async () => {
  staff = await createOrgWithStaff();
  const supplier = await db.supplier.create({ data: { slug: "acme-analytics", name: "Acme Analytics", scheme: "NL-KVK", identifier: "12345678" } });
  const { entry } = await createPublishedEntry(
    {
      name: "Detect tax fraud signals",
      themes: ["public-finance"],
      risk: { likelihood: "probable", impact: "high" },
      procurement: {
        inHouse: false,
        suppliers: [{ supplierId: supplier.id, role: "developer" }],
        procedure: "open",
        contractReference: "SECRET-REF",
        withheld: [{ field: "contractReference", reason: "Commercially confidential", legalGround: "Woo 5.1(2)(f)" }],
      },
      dataDeclarations: [{ name: "Tax returns", source: "tax-authority", personalData: "identifiable", use: "deciding", categories: ["tax"] }],
    },
    staff,
  );
  publicId = entry.publicId;
  // a second version
  await db.entry.update({ where: { id: entry.id }, data: { state: "draft" } });
  await transition(staff.editor, entry.id, "submit");
  await transition(staff.approver, entry.id, "publish", { changeNote: "Clarified the data" });
  await db.assessment.create({
    data: { entryId: entry.id, state: "concluded", outcome: "adequate", publicSummary: "Proportionate.", concludedAt: new Date() },
  });
  await db.feedbackThread.create({
    data: {
      reference: "FB-TEST-1",
      entryId: entry.id,
      organisationId: staff.org.id,
      type: "question",
      message: "How is my data used?",
      email: "private@person.example",
      moderation: "published",
      consentToPublish: true,
      deadlineAt: new Date(Date.now() + 86400000),
    },
  });
  const draft = await db.entry.create({ data: { publicId: "99999999", organisationId: staff.org.id, name: "Hidden draft", draft: "{}" } });
  draftPublicId = draft.publicId;
});

describe("JSON API", () => {
  it("lists entries that match the OpenAPI schema, with pagination links", async () => {
    await createPublishedEntry({ name: "Second entry" }, staff);
    const body = await conforms("/api/v1/entries", await get(entriesLoader, "/api/v1/entries?per_page=1&sort=name"));
    expect(body.meta).toEqual({ total: 2, page: 1, per_page: 1, pages: 2 });
    expect(body.data[0].id).toBe(publicId);
    expect(body.links.next).toBe("http://localhost/api/v1/entries?sort=name&per_page=1&page=2");
    const filtered = await (await get(entriesLoader, "/api/v1/entries?theme=public-finance&q=fraud")).json();
    expect(filtered.data.map((e: { id: string }) => e.id)).toEqual([publicId]);
    expect((await (await get(entriesLoader, "/api/v1/entries?per_page=1000")).json()).meta.per_page).toBe(100);
  });

  it("returns one entry with public procurement, data declarations and assessments", async () => {
    const body = await conforms("/api/v1/entries/{id}", await get(entryLoader, `/api/v1/entries/${publicId}`, { id: publicId }));
    expect(body.version.number).toBe(2);
    expect(body.risk_level).toBe("high");
    expect(body.procurement.suppliers[0].name).toBe("Acme Analytics");
    expect(JSON.stringify(body)).not.toContain("SECRET-REF");
    expect(body.procurement.withheld[0].field).toBe("contractReference");
    expect(body.data_declarations[0].categories[0].slug).toBe("tax");
    expect(body.assessments).toHaveLength(1);
  });

  it("answers 404 in JSON for drafts and unknown ids", async () => {
    for (const id of [draftPublicId, "12", "not-a-number"]) {
      const res = await get(entryLoader, `/api/v1/entries/${id}`, { id });
      expect(res.status).toBe(404);
      expect(checkSchema(await res.json(), { $ref: "#/components/schemas/Error" }, components)).toEqual([]);
    }
  });

  it("lists versions newest first with diff links", async () => {
    const body = await conforms("/api/v1/entries/{id}/versions", await get(versionsLoader, `/api/v1/entries/${publicId}/versions`, { id: publicId }));
    expect(body.data.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect(body.data[0].diff_url).toBe(`http://localhost/algorithms/${publicId}/history?from=1&to=2`);
  });

  it("lists published feedback without private details", async () => {
    const body = await conforms("/api/v1/entries/{id}/feedback", await get(feedbackLoader, `/api/v1/entries/${publicId}/feedback`, { id: publicId }));
    expect(body.data[0].reference).toBe("FB-TEST-1");
    expect(JSON.stringify(body)).not.toContain("private@person.example");
  });

  it("lists organisations and suppliers", async () => {
    const orgs = await conforms("/api/v1/organisations", await get(organisationsLoader, "/api/v1/organisations"));
    expect(orgs.data.find((o: { slug: string }) => o.slug === staff.org.slug).published_entries).toBe(2);
    const suppliers = await conforms("/api/v1/suppliers", await get(suppliersLoader, "/api/v1/suppliers"));
    expect(suppliers.data.map((s: { slug: string }) => s.slug)).toEqual(["acme-analytics"]);
  });

  it("gives changes since a date, page by page with a cursor", async () => {
    const first = await conforms("/api/v1/changes", await get(changesLoader, "/api/v1/changes?since=2000-01-01&per_page=2"));
    expect(first.data.map((c: { kind: string }) => c.kind)).toEqual(["published", "new_version"]);
    expect(first.next_cursor).toBeTruthy();
    const second = await (await get(changesLoader, `/api/v1/changes?since=2000-01-01&per_page=2&cursor=${first.next_cursor}`)).json();
    expect(second.data.map((c: { name: string }) => c.name)).toEqual(["Second entry"]);
    expect(second.next_cursor).toBeNull();
    const none = await (await get(changesLoader, `/api/v1/changes?since=${encodeURIComponent(new Date(Date.now() + 60000).toISOString())}`)).json();
    expect(none.data).toEqual([]);
    expect((await get(changesLoader, "/api/v1/changes?since=yesterday")).status).toBe(400);
  });

  it("sends CORS, Cache-Control and ETag, and 304 when the ETag matches", async () => {
    const res = await get(entryLoader, `/api/v1/entries/${publicId}`, { id: publicId });
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=60");
    const etag = res.headers.get("ETag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get(entryLoader, `/api/v1/entries/${publicId}`, { id: publicId }, { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("ETag")).toBe(etag);
    const other = await get(entryLoader, `/api/v1/entries/${publicId}`, { id: publicId }, { "If-None-Match": '"other"' });
    expect(other.status).toBe(200);
  });

  it("answers CORS preflight and refuses writes", async () => {
    const preflight = await entriesAction({ request: new Request("http://localhost/api/v1/entries", { method: "OPTIONS" }) } as never);
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("Access-Control-Allow-Methods")).toContain("GET");
    const post = await entriesAction({ request: new Request("http://localhost/api/v1/entries", { method: "POST" }) } as never);
    expect(post.status).toBe(405);
  });

  it("serves an OpenAPI 3.1 document whose every path has a route here", async () => {
    const body = await (await get(openapiLoader, "/api/openapi.json")).json();
    expect(body.openapi).toBe("3.1.0");
    // Seven read paths, the token endpoint and eight of the filing API (openapi-filing.ts).
    expect(Object.keys(body.paths)).toHaveLength(16);
    expect(body.components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl).toBe("/oauth/token");
    // every $ref resolves
    const refs = JSON.stringify(body).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const r of refs) expect(body.components.schemas[r.split("/").pop()!]).toBeDefined();
  });
});

describe("schema checker", () => {
  it("reports missing properties, wrong types and enum values", () => {
    const problems = checkSchema({ id: 1, register_status: "draft" }, { $ref: "#/components/schemas/EntrySummary" }, components);
    expect(problems).toContain("$: must have required property 'name'");
    expect(problems).toContain("$.id: must be string");
    expect(problems).toContain('$.register_status: "draft" is not one of ["published","archived"]');
  });

  it("follows $refs into nested components and checks date-time formats", () => {
    const page = {
      data: [{ updated_at: "yesterday" }],
      meta: { total: 1, page: 1, per_page: 20, pages: 1 },
      links: { self: "/", first: "/", last: "/", prev: null, next: 3 },
    };
    const problems = checkSchema(page, { $ref: "#/components/schemas/EntryList" }, components);
    expect(problems).toContain('$.data[0].updated_at: must match format "date-time"');
    expect(problems).toContain("$.links.next: must be string,null");
    expect(checkSchema({ error: { status: 404, message: "Not found" } }, { $ref: "#/components/schemas/Error" }, components)).toEqual([]);
  });

  it("follows what zod's JSON Schema output uses: anyOf for nullable enums, closed objects, typed record keys", () => {
    const summary = {
      id: "1",
      url: "u",
      api_url: "a",
      name: "n",
      description_short: "d",
      organisation: { slug: "s", name: "n" },
      publication_category: "B",
      lifecycle_status: null,
      themes: [],
      register_status: "published",
      version: 1,
      updated_at: "2026-01-01T00:00:00Z",
    };
    const check = (value: unknown) => checkSchema(value, { $ref: "#/components/schemas/EntrySummary" }, components);
    expect(check(summary)).toEqual([]);
    expect(check({ ...summary, publication_category: "D" })).toContain('$.publication_category: "D" is not one of ["A","B","C"]');
    expect(check({ ...summary, extra: 1 })).toEqual(["$: unexpected property extra"]);
    const document = (value: unknown) => checkSchema(value, { $ref: "#/components/schemas/Document" }, components);
    expect(document({ charter: { people: "We ask them." } })).toEqual([]);
    expect(document({ charter: { nobody: "x" } }).some((p) => p.startsWith("$.charter.nobody (name)"))).toBe(true);
  });
});
