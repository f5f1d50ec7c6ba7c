// The Dutch filing API profile (aanleverapi v1.0) on the real production server: an approver makes an API client
// in the page, and a client generated from the Dutch register's document (openapi-typescript types, openapi-fetch,
// the platform's own fetch) files, updates, releases, publishes, reads and retracts an algorithm over HTTP.
import Database from "better-sqlite3";
import createClient from "openapi-fetch";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { paths } from "../support/generated/aanleverapi-v1_0";
import { baseUrl, login, openBrowser } from "./support/browser";

const RELEASE = "/organizations/{organisation_id}/algorithms/{algorithm_id}/release";
type WithPublish = paths & { "/organizations/{organisation_id}/algorithms/{algorithm_id}/publish": paths[typeof RELEASE] };
type Browser = Awaited<ReturnType<typeof openBrowser>>;

const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600_000).toISOString().slice(0, 10);

describe("a client generated from the aanleverapi v1.0 document, against the real server", () => {
  let b: Browser;
  let token: string;
  let organisationId: string;

  beforeAll(async () => {
    b = await openBrowser({ javaScriptEnabled: false });
    await login(b.page, "approver@lindewaard.example");
    const page = b.page;
    await page.goto("/account/api-clients");
    await page.getByLabel("Name", { exact: true }).fill("Dutch toolkit");
    for (const scope of [/\(entries:read\)/, /\(entries:write\)/, /\(entries:submit\)/, /\(entries:publish\)/]) await page.getByLabel(scope).check();
    await page.getByLabel("Expiry date").fill(inDays(30));
    await page.getByRole("button", { name: "Create API client" }).click();
    await page.getByRole("heading", { name: "API client Dutch toolkit created" }).waitFor();
    const secret = (await page.getByTestId("client-secret").textContent())!;
    const clientId = (await page.locator("#shown-secret ~ dl code").first().textContent())!;
    const response = await fetch(`${baseUrl()}/oauth/token`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString("base64")}` },
      body: "grant_type=client_credentials",
    });
    token = ((await response.json()) as { access_token: string }).access_token;
    const db = new Database(inject("databaseUrl").replace(/^file:/, ""), { readonly: true });
    organisationId = (db.prepare("SELECT identifier FROM Organisation WHERE slug = ?").get("gemeente-lindewaard") as { identifier: string }).identifier;
    db.close();
  });
  afterAll(async () => b?.close());

  it("serves the Dutch document with this server's address", async () => {
    const doc = (await (await fetch(`${baseUrl()}/aanleverapi/v1_0/openapi.json`)).json()) as { servers: { url: string }[] };
    expect(doc.servers[0].url).toBe(`${baseUrl()}/aanleverapi/v1_0`);
  });

  it("files, updates, releases, publishes, reads and retracts an algorithm over HTTP", async () => {
    const client = createClient<WithPublish>({ baseUrl: `${baseUrl()}/aanleverapi/v1_0`, headers: { Authorization: `Bearer ${token}` } });
    const path = { organisation_id: organisationId };
    const algorithm = {
      name: "Vergunningen sorteren",
      description_short: "Sorteert aanvragen voor een vergunning op urgentie.",
      organization: "Gemeente Lindewaard",
      category: ["Wonen" as const],
      status: "In gebruik" as const,
      contact_email: "algoritmes@lindewaard.example",
      publication_category: "Overige algoritmes" as const,
      lang: "nld" as const,
    };
    const created = await client.POST("/organizations/{organisation_id}/algorithms", { params: { path }, body: algorithm });
    expect(created.response.status, JSON.stringify(created.error)).toBe(200);
    expect(created.response.headers.get("X-Aanleverapi-Not-Stored")).toBe("organization");
    const lars = created.data!.lars_code;
    const ids = { path: { ...path, algorithm_id: lars } };

    const updated = await client.PUT("/organizations/{organisation_id}/algorithms/{algorithm_id}", {
      params: ids,
      body: { ...algorithm, name: "Vergunningen sorteren op urgentie" },
    });
    expect(updated.response.status).toBe(200);
    expect((await client.PUT(RELEASE, { params: ids })).response.status).toBe(200);
    expect((await client.PUT("/organizations/{organisation_id}/algorithms/{algorithm_id}/publish", { params: ids })).response.status).toBe(200);

    const live = await client.GET("/organizations/{organisation_id}/published-algorithms/{algorithm_id}", { params: ids });
    expect(live.data).toMatchObject({ lars, state: "PUBLISHED", name: "Vergunningen sorteren op urgentie" });
    // The public page shows it too.
    expect((await fetch(`${baseUrl()}/algorithms/${lars}`)).status).toBe(200);

    expect((await client.DELETE("/organizations/{organisation_id}/published-algorithms/{algorithm_id}/retract", { params: ids })).response.status).toBe(200);
    const gone = await client.GET("/organizations/{organisation_id}/published-algorithms/{algorithm_id}", { params: ids });
    expect(gone.response.status).toBe(404);

    // Another organisation's identifier in the path: 403 in the document's Message shape.
    const other = await client.GET("/organizations/{organisation_id}/algorithms", { params: { path: { organisation_id: "not-ours" } } });
    expect(other.response.status).toBe(403);
    expect(other.error).toMatchObject({ detail: expect.any(String) });
  });
});
