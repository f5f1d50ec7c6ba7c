/**
 * A client generated from the Dutch filing API's published document (npm run aanleverapi:client:
 * openapi-typescript → tests/support/generated/, with openapi-fetch) works against this register unchanged:
 * create → update → release → publish → published read → retract, through the real route handlers with a
 * real token from the real token endpoint. The publish call is added to the generated paths the way the
 * Dutch toolkit adds it to its own generated client (MinBZK/amt client_extensions.py): the same shape as release.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import createClient from "openapi-fetch";
import openapiTS, { astToString } from "openapi-typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { aanlever, BASE_PATH } from "../support/aanleverapi-routes";
import { DOCUMENT_PATH, responseProblems } from "../support/aanleverapi-document";
import { createTestApiClient, fetchToken } from "../support/api-clients";
import { createOrgWithStaff } from "../support/entry-factories";
import type { paths } from "../support/generated/aanleverapi-v1_0";

const RELEASE = "/organizations/{organisation_id}/algorithms/{algorithm_id}/release";
type WithPublish = paths & { "/organizations/{organisation_id}/algorithms/{algorithm_id}/publish": paths[typeof RELEASE] };

/** The register's route handlers as the client's fetch: the Request the client built is answered as it is. */
async function handlerFetch(input: Request): Promise<Response> {
  const url = new URL(input.url);
  const headers = Object.fromEntries(input.headers.entries());
  const rawBody = input.method === "GET" || input.method === "DELETE" ? undefined : await input.text();
  return aanlever(input.method, url.pathname + url.search, { headers, rawBody: rawBody || undefined });
}

let organisationId: string;
let token: string;

beforeAll(async () => {
  const { org } = await createOrgWithStaff();
  organisationId = org.identifier;
  const client = await createTestApiClient({ organisationSlug: org.slug, scopes: ["entries:read", "entries:write", "entries:submit", "entries:publish"] });
  token = await fetchToken(client.clientId, client.clientSecret);
});

describe("a client generated from the aanleverapi v1.0 document", () => {
  it("uses types generated from the vendored document as it is now (npm run aanleverapi:client)", async () => {
    const generated = astToString(await openapiTS(new URL(`file://${DOCUMENT_PATH}`)));
    const committed = readFileSync(path.resolve(__dirname, "../support/generated/aanleverapi-v1_0.ts"), "utf8");
    expect(committed).toContain(generated);
  });

  it("files, updates, releases, publishes, reads and retracts an algorithm", async () => {
    const client = createClient<WithPublish>({ baseUrl: `http://localhost${BASE_PATH}`, fetch: handlerFetch, headers: { Authorization: `Bearer ${token}` } });
    const path = { organisation_id: organisationId };
    const algorithm = {
      name: "Vergunningen sorteren",
      description_short: "Sorteert aanvragen voor een vergunning op urgentie.",
      organization: "Gemeente Noorderhaaks",
      category: ["Wonen" as const],
      status: "In gebruik" as const,
      contact_email: "algoritmes@noorderhaaks.example",
      publication_category: "Overige algoritmes" as const,
      lang: "nld" as const,
    };

    const created = await client.POST("/organizations/{organisation_id}/algorithms", { params: { path }, body: algorithm });
    expect(created.error).toBeUndefined();
    const lars = created.data!.lars_code;
    expect(lars).toMatch(/^\d{8}$/);
    const ids = { path: { ...path, algorithm_id: lars } };

    const updated = await client.PUT("/organizations/{organisation_id}/algorithms/{algorithm_id}", {
      params: ids,
      body: { ...algorithm, name: "Vergunningen sorteren op urgentie" },
    });
    expect(updated.response.status).toBe(200);
    expect(updated.data?.message).toBeTruthy();

    const read = await client.GET("/organizations/{organisation_id}/algorithms/{algorithm_id}", { params: ids });
    expect(responseProblems("/organizations/{organisation_id}/algorithms/{algorithm_id}", "GET", 200, read.data)).toEqual([]);
    expect(read.data).toMatchObject({ name: "Vergunningen sorteren op urgentie", lars, state: "STATE_1" });

    const released = await client.PUT(RELEASE, { params: ids });
    expect(released.response.status).toBe(200);
    const published = await client.PUT("/organizations/{organisation_id}/algorithms/{algorithm_id}/publish", { params: ids });
    expect(published.response.status).toBe(200);

    const live = await client.GET("/organizations/{organisation_id}/published-algorithms/{algorithm_id}", { params: ids });
    expect(live.data).toMatchObject({ lars, state: "PUBLISHED", name: "Vergunningen sorteren op urgentie" });

    const list = await client.GET("/organizations/{organisation_id}/algorithms", { params: { path } });
    expect(list.data?.find((s) => s.lars === lars)).toMatchObject({ published: true });

    const retracted = await client.DELETE("/organizations/{organisation_id}/published-algorithms/{algorithm_id}/retract", { params: ids });
    expect(retracted.response.status).toBe(200);
    expect((await db.entry.findUniqueOrThrow({ where: { publicId: lars } })).state).toBe("archived");

    const gone = await client.GET("/organizations/{organisation_id}/published-algorithms/{algorithm_id}", { params: ids });
    expect(gone.response.status).toBe(404);
    expect(gone.error).toMatchObject({ detail: expect.any(String) });
  });
});
