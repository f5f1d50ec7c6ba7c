import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { runAxe, serious, VIEWPORTS } from "./support/axe";
import { openBrowser, type Page } from "./support/browser";

type Browser = Awaited<ReturnType<typeof openBrowser>>;

// The test process writes to the same SQLite file the server reads: set it before the client is first used.
process.env.DATABASE_URL = inject("databaseUrl");

const EMAIL = "tessa.totp@agency.example";
const SCRIPTED_EMAIL = "sam.script@agency.example";
const PASSWORD = "a passphrase of their own";

/** An account of its own, so that no other test's demo sign-in meets a second factor. */
async function createAccount(email: string, name: string) {
  const { db } = await import("~/utils/db.server");
  const { hashPassword } = await import("~/auth/password.server");
  const org = await db.organisation.findUniqueOrThrow({ where: { slug: "gemeente-lindewaard" } });
  await db.user.create({ data: { email, name, role: "editor", organisationId: org.id, passwordHash: await hashPassword(PASSWORD) } });
}

/** The English sign-in page, whatever language the browser chose before. */
async function passwordStep(page: Page, email = EMAIL) {
  await page.goto("/en/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

async function expectNoSeriousViolations(page: Page) {
  const failures: string[] = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    for (const v of serious(await runAxe(page))) failures.push(`${page.url()} (${viewport.name}): ${v.id} ${v.help} → ${JSON.stringify(v.nodes[0]?.target)}`);
  }
  await page.setViewportSize({ width: 1200, height: 900 });
  expect(failures).toEqual([]);
}

describe("a second factor: set up without JavaScript, then signing in with it", () => {
  let noJs: Browser;
  let withJs: Browser;
  let totp: TOTP;
  let scripted: TOTP;
  let recoveryCodes: string[] = [];

  beforeAll(async () => {
    await createAccount(EMAIL, "Tessa Totp");
    await createAccount(SCRIPTED_EMAIL, "Sam Script");
    noJs = await openBrowser({ javaScriptEnabled: false });
    withJs = await openBrowser();
  });
  afterAll(async () => {
    await Promise.all([noJs?.close(), withJs?.close()]);
  });

  it("sets it up from the key shown as text, and shows ten recovery codes once", async () => {
    const page = noJs.page;
    await passwordStep(page);
    await page.waitForURL(/\/dashboard/);
    await page.goto("/account/security");
    await page.getByRole("button", { name: "Set up a second factor" }).click();
    await page.getByRole("heading", { name: "Scan the code with your authenticator app" }).waitFor();
    expect(await page.getByRole("img", { name: "QR code for your authenticator app" }).locator("svg").count()).toBe(1);
    const secret = (await page.locator("#totp-secret").innerText()).replace(/\s/g, "");
    totp = new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) });

    // A wrong code: the page says so, and the key stays the same.
    await page.getByLabel("Code from the app").fill("12345");
    await page.getByRole("button", { name: "Turn on the second factor" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    expect((await page.locator("#totp-secret").innerText()).replace(/\s/g, "")).toBe(secret);

    await page.getByLabel("Code from the app").fill(totp.generate());
    await page.getByRole("button", { name: "Turn on the second factor" }).click();
    await page.getByRole("heading", { name: "Your recovery codes" }).waitFor();
    recoveryCodes = await page.locator(".recovery-codes code").allInnerTexts();
    expect(recoveryCodes).toHaveLength(10);
    await page.goto("/account/security");
    await page.getByText("The second factor is on").waitFor();
    expect(await page.locator(".recovery-codes").count()).toBe(0);
  });

  it("asks for the code after the password, without JavaScript", async () => {
    const page = noJs.page;
    await page.context().clearCookies();
    await passwordStep(page);
    await page.waitForURL(/\/login\/code$/);
    // The code of the next step: the one used to set up cannot be used again.
    await page.getByLabel("Code or recovery code").fill(totp.generate({ timestamp: Date.now() + 30_000 }));
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL(/\/dashboard/);
  });

  it("with JavaScript: the set-up page and the recovery codes pass axe at both widths", async () => {
    const page = withJs.page;
    await passwordStep(page, SCRIPTED_EMAIL);
    await page.waitForURL(/\/dashboard/);
    await page.goto("/account/security");
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: "Set up a second factor" }).click();
    await page.getByRole("heading", { name: "Scan the code with your authenticator app" }).waitFor();
    await page.waitForLoadState("networkidle");
    await expectNoSeriousViolations(page);
    const secret = (await page.locator("#totp-secret").innerText()).replace(/\s/g, "");
    scripted = new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) });
    await page.getByLabel("Code from the app").fill(scripted.generate());
    await page.getByRole("button", { name: "Turn on the second factor" }).click();
    await page.getByRole("heading", { name: "Your recovery codes" }).waitFor();
    expect(await page.locator(".recovery-codes code").count()).toBe(10);
    await expectNoSeriousViolations(page);
  }, 180_000);

  it("signs in with a recovery code in Dutch, and the code page passes axe", async () => {
    const page = withJs.page;
    await page.context().clearCookies();
    await page.goto("/nl/login");
    await page.getByLabel("E-mailadres").fill(EMAIL);
    await page.getByLabel("Wachtwoord").fill(PASSWORD);
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    await page.waitForURL(/\/nl\/login\/code$/);
    await page.getByRole("heading", { name: "Vul uw code in" }).waitFor();
    await page.waitForLoadState("networkidle");
    await expectNoSeriousViolations(page);
    await page.getByLabel("Code of herstelcode").fill(recoveryCodes[0]);
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    await page.waitForURL(/\/nl\/dashboard/);
  }, 120_000);

  it("lists both sessions, and signs out the other browser", async () => {
    const page = noJs.page;
    await page.goto("/account/sessions");
    // This browser twice (before and after the second sign-in) and the other browser, under the header row.
    expect(await page.getByRole("row").count()).toBe(4);
    await page.getByText("This browser").waitFor();
    await page.getByRole("button", { name: "Sign out everywhere else" }).click();
    await page.getByText("You have been signed out everywhere else.").waitFor();
    expect(await page.getByRole("row").count()).toBe(2);
    await withJs.page.goto("/nl/dashboard");
    await withJs.page.waitForURL(/\/nl\/login/);
  });

  it("the forgotten-password, sessions and security pages pass axe at both widths", async () => {
    const page = withJs.page;
    for (const path of ["/account/forgot-password", "/account/forgot-password?done=sent"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await expectNoSeriousViolations(page);
    }
    await passwordStep(page, SCRIPTED_EMAIL);
    await page.waitForURL(/\/login\/code$/);
    await page.getByLabel("Code or recovery code").fill(scripted.generate({ timestamp: Date.now() + 30_000 }));
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL(/\/dashboard/);
    for (const path of ["/account/sessions", "/account/security"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await expectNoSeriousViolations(page);
    }
  }, 180_000);
});
