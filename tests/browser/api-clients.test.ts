import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, login, openBrowser } from "./support/browser";

type Browser = Awaited<ReturnType<typeof openBrowser>>;

const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600_000).toISOString().slice(0, 10);

async function tokenStatus(clientId: string, secret: string) {
  const response = await fetch(`${baseUrl()}/oauth/token`, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Authorization: `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString("base64")}`,
    },
    body: "grant_type=client_credentials&scope=entries%3Aread",
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("an approver makes an API client without JavaScript and sees its secret once", () => {
  let b: Browser;
  beforeAll(async () => {
    b = await openBrowser({ javaScriptEnabled: false });
    await login(b.page, "approver@lindewaard.example");
  });
  afterAll(async () => b?.close());

  it("creates, uses, and revokes a client", async () => {
    const page = b.page;
    await page.goto("/dashboard");
    await page.getByRole("link", { name: "API clients" }).click();
    await page.waitForURL(/\/account\/api-clients$/);

    // A mistake first: what was typed stays, the problem is named.
    await page.getByLabel("Name", { exact: true }).fill("Algorithm inventory");
    await page.getByLabel(/Create and update drafts/).check();
    await page.getByRole("button", { name: "Create API client" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    expect(await page.getByLabel("Name", { exact: true }).inputValue()).toBe("Algorithm inventory");
    expect(await page.getByLabel(/Create and update drafts/).isChecked()).toBe(true);
    await expect(page.getByRole("link", { name: /Expiry date: Enter the expiry date/ }).count()).resolves.toBe(1);

    await page.getByLabel(/Read the organisation's entries/).check();
    await page.getByLabel("Expiry date").fill(inDays(60));
    await page.getByRole("button", { name: "Create API client" }).click();
    await page.getByRole("heading", { name: "API client Algorithm inventory created" }).waitFor();
    const secret = (await page.getByTestId("client-secret").textContent())!;
    expect(secret).toMatch(/^rcs_/);
    const clientId = (await page.locator("#shown-secret ~ dl code").first().textContent())!;

    const issued = await tokenStatus(clientId, secret);
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({ token_type: "Bearer", scope: "entries:read" });

    // Shown once: the page, opened again, lists the client but never its secret.
    await page.goto("/account/api-clients");
    const html = await page.content();
    expect(html).toContain("Algorithm inventory");
    expect(html).toContain(clientId);
    expect(html).not.toContain(secret);
    expect(html).not.toContain(String(issued.body.access_token));

    await page
      .getByRole("row", { name: /Algorithm inventory/ })
      .getByRole("button", { name: /Revoke/ })
      .click();
    await page.waitForURL(/done=revoked/);
    await page.getByText("The API client has been revoked.").waitFor();
    expect((await tokenStatus(clientId, secret)).status).toBe(401);
  });

  it("publishes the keys and the token endpoint's metadata", async () => {
    const jwks = (await (await fetch(`${baseUrl()}/.well-known/jwks.json`)).json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys.length).toBeGreaterThan(0);
    for (const key of jwks.keys) expect(key).not.toHaveProperty("d");
    const metadata = (await (await fetch(`${baseUrl()}/.well-known/oauth-authorization-server`)).json()) as Record<string, unknown>;
    expect(metadata.token_endpoint).toBe(`${baseUrl()}/oauth/token`);
  });
});
