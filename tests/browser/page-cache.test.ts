import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { baseUrl, login, openBrowser } from "./support/browser";

// The test process reads the same SQLite file the server uses, to pick a published entry.
process.env.DATABASE_URL = inject("databaseUrl");

let entryPath = "";
// A CSRF token (32 random bytes, base64url) in the root loader data or a hidden form field.
const CSRF_TOKEN_IN_PAGE = /csrfToken\\?"[,:]\\?"[\w-]{32,}|name="csrf" value="[\w-]{32,}/;

const nonceInHeader = (res: Response) => res.headers.get("Content-Security-Policy")!.match(/'nonce-([^']+)'/)![1];
const noncesInHtml = (html: string) => new Set([...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]));

async function anonymous(path: string) {
  const res = await fetch(`${baseUrl()}${path}`, { redirect: "manual" });
  return { res, html: await res.text() };
}

describe("HTML cache of public pages", () => {
  beforeAll(async () => {
    const { db } = await import("~/utils/db.server");
    const entry = await db.entry.findFirstOrThrow({ where: { state: "published" }, select: { publicId: true }, orderBy: { publicId: "desc" } });
    entryPath = `/algorithms/${entry.publicId}`;
  });
  afterAll(async () => {
    const { getDb } = await import("~/utils/db.server");
    await getDb().$disconnect();
  });

  it("answers a repeated anonymous request from memory with a fresh nonce in the header and the page, and no CSRF token", async () => {
    const first = await anonymous(entryPath);
    expect(first.res.status).toBe(200);
    const second = await anonymous(entryPath);
    expect(second.res.headers.get("X-Cache")).toBe("HIT");
    const nonce = nonceInHeader(second.res);
    expect(nonce).not.toBe(nonceInHeader(first.res));
    expect(noncesInHtml(second.html)).toEqual(new Set([nonce]));
    expect(second.html.replaceAll(nonce, "")).toBe(first.html.replaceAll(nonceInHeader(first.res), ""));
    for (const page of [first, second]) {
      expect(page.res.headers.get("Set-Cookie")).toBeNull();
      expect(page.html).not.toMatch(CSRF_TOKEN_IN_PAGE);
    }
    // The pattern does find the token where one belongs.
    const form = await anonymous(`${entryPath}/feedback`);
    expect(form.res.headers.get("X-Cache")).toBeNull();
    expect(form.html).toMatch(CSRF_TOKEN_IN_PAGE);
  });

  it("never answers a signed-in visitor from memory", async () => {
    await anonymous(entryPath);
    const b = await openBrowser({ javaScriptEnabled: false });
    try {
      await login(b.page, "editor@lindewaard.example");
      for (let i = 0; i < 2; i++) {
        const res = await b.page.goto(entryPath);
        expect(res!.headers()["x-cache"]).toBeUndefined();
        await b.page.getByRole("button", { name: /sign out/i }).waitFor();
      }
    } finally {
      await b.close();
    }
  });

  it("renders again after feedback is sent, and the forms reached from a cached page keep working", async () => {
    await anonymous(entryPath);
    expect((await anonymous(entryPath)).res.headers.get("X-Cache")).toBe("HIT");
    const b = await openBrowser({ javaScriptEnabled: true });
    try {
      await b.page.goto(entryPath);
      await b.page.getByRole("link", { name: "Ask a question or respond" }).click();
      // The form arrives by client-side navigation: let it settle before filling it in.
      await b.page.waitForURL(/\/feedback$/);
      await b.page.waitForLoadState("networkidle");
      await b.page.getByLabel("A suggestion").check();
      await b.page.getByLabel("Your message").fill("Please publish how often the outcome is corrected by hand.");
      await b.page.getByRole("button", { name: "Send" }).click();
      await b.page.waitForURL(`**${entryPath}/feedback/received`);
    } finally {
      await b.close();
    }
    expect((await anonymous(entryPath)).res.headers.get("X-Cache")).toBe("MISS");
  });

  it("fetches a CSRF token when leaving a cached page for a form inside the app", async () => {
    const b = await openBrowser({ javaScriptEnabled: true });
    try {
      await b.page.goto(entryPath);
      await b.page.waitForFunction(() => (window as unknown as { __remixContext?: unknown }).__remixContext !== undefined);
      await b.page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
      await b.page.waitForURL("**/login");
      await b.page.getByLabel("Email address").fill("editor@lindewaard.example");
      await b.page.getByLabel("Password").fill((await import("~/demo/demo-users")).DEMO_PASSWORD);
      await b.page.getByRole("button", { name: "Sign in", exact: true }).click();
      await b.page.waitForURL((url) => !url.pathname.startsWith("/login"));
    } finally {
      await b.close();
    }
  });
});
