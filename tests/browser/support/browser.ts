import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { inject } from "vitest";
import { DEMO_PASSWORD } from "~/demo/demo-users";

export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const baseUrl = () => inject("baseUrl");

/**
 * Debian's Chromium with a fresh profile; javaScriptEnabled false checks the no-JS path; locale sets Accept-Language;
 * baseURL points it at a server other than the shared one.
 */
export async function openBrowser(opts: { javaScriptEnabled?: boolean; locale?: string; baseURL?: string } = {}) {
  const profile = mkdtempSync(join(tmpdir(), "register-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    baseURL: opts.baseURL ?? baseUrl(),
    viewport: { width: 1200, height: 900 },
    ...(opts.locale ? { locale: opts.locale } : {}),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  // The URL changes just before React commits the new page: wait until the navigation has settled.
  await page.waitForLoadState("networkidle");
}

export type { BrowserContext, Page };
