import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, login, openBrowser } from "./support/browser";

describe("foundation in Chromium", () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => b?.close());

  it("logs in and sees the dashboard", async () => {
    await login(b.page, "editor@lindewaard.example");
    expect(new URL(b.page.url()).pathname).toBe("/dashboard");
    await b.page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    await expect(b.page.getByText("Eva Editor").first().isVisible()).resolves.toBe(true);
    await b.page.getByRole("button", { name: "Sign out" }).click();
    await b.page.waitForURL("**/login?loggedOut=1");
  });

  it("shows a clear message on a wrong password without losing the email", async () => {
    await b.page.goto("/login");
    await b.page.getByLabel("Email address").fill("editor@lindewaard.example");
    await b.page.getByLabel("Password").fill("wrong password");
    await b.page.getByRole("button", { name: "Sign in", exact: true }).click();
    await b.page.getByRole("heading", { name: "There is a problem" }).waitFor();
    expect(await b.page.getByLabel("Email address").inputValue()).toBe("editor@lindewaard.example");
  });

  it("validates in the browser with the same schema before posting", async () => {
    await b.page.goto("/login");
    const posts: string[] = [];
    const onRequest = (r: { method(): string; url(): string }) => void (r.method() === "POST" && posts.push(r.url()));
    b.page.on("request", onRequest);
    await b.page.getByRole("button", { name: "Sign in", exact: true }).click();
    await b.page.getByRole("heading", { name: "There is a problem" }).waitFor();
    b.page.off("request", onRequest);
    expect(posts).toEqual([]);
    // Each line names its field, in the order of the form, and links to it.
    expect(await b.page.locator(".error-summary li").allTextContents()).toEqual(["Email address: Enter your email address", "Password: Enter your password"]);
    expect(await b.page.locator(".error-summary a").first().getAttribute("href")).toBe("#f-email");
    const summary = await b.page.locator(".error-summary").textContent();
    expect(summary).toContain("Enter your email address");
    expect(summary).toContain("Enter your password");
    expect(await b.page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
  });

  it("starts with a skip link to the main content", async () => {
    await b.page.goto("/");
    await b.page.keyboard.press("Tab");
    const focused = await b.page.evaluate(() => ({ text: document.activeElement?.textContent, href: document.activeElement?.getAttribute("href") }));
    expect(focused).toEqual({ text: "Skip to main content", href: "#main-content" });
  });

  it("has no horizontal scrolling at 320 px", async () => {
    await b.page.setViewportSize({ width: 320, height: 700 });
    await b.page.goto("/");
    const overflow = await b.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await b.page.setViewportSize({ width: 1200, height: 900 });
  });

  it("runs no inline script without the CSP nonce", async () => {
    const violations: string[] = [];
    b.page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await b.page.goto("/login");
    await b.page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });
});

describe("HTTP baseline", () => {
  it("sends the security headers on every response", async () => {
    for (const path of ["/", "/login", "/about/privacy", "/does-not-exist", "/healthz"]) {
      const res = await fetch(`${baseUrl()}${path}`);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    }
  });

  it("answers /healthz with 200", async () => {
    const res = await fetch(`${baseUrl()}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("ok");
  });

  it("gives unknown routes a friendly 404 page without a stack trace", async () => {
    const res = await fetch(`${baseUrl()}/no/such/page`);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain("Page not found");
    expect(html).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it("answers bad posts with 4xx, never a crash", async () => {
    const json = await fetch(`${baseUrl()}/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{" });
    expect(json.status).toBe(415);
    // Repeated: the client is still sending when the server decides; it must see the 413, never a reset connection.
    for (let i = 0; i < 5; i++) {
      const big = await fetch(`${baseUrl()}/login`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "a=" + "x".repeat(2 * 1024 * 1024),
      });
      expect(big.status).toBe(413);
    }
    const noToken = await fetch(`${baseUrl()}/login`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "email=a%40b.example&password=x",
    });
    expect(noToken.status).toBe(403);
    expect((await fetch(`${baseUrl()}/healthz`)).status).toBe(200);
  });
});
