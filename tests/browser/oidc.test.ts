import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { runAxe, serious } from "./support/axe";
import { openBrowser, type Page } from "./support/browser";

/** At the test provider's own sign-in page (tests/support/oidc-server.ts): type the user name and continue. */
async function signInAtProvider(page: Page, login: string) {
  await page.waitForURL((url) => url.origin === inject("oidcIssuer"));
  await page.getByLabel("User name").fill(login);
  await page.getByRole("button", { name: "Continue" }).click();
}

async function withBrowser(opts: Parameters<typeof openBrowser>[0], run: (page: Page) => Promise<void>) {
  const b = await openBrowser(opts);
  try {
    await run(b.page);
  } finally {
    await b.close();
  }
}

describe("signing in through the organisation's OpenID provider", () => {
  it(
    "signs in through the provider, and signing out ends the session at the provider too",
    () =>
      withBrowser({}, async (page) => {
        await page.goto("/login");
        await page.getByRole("heading", { name: "Sign in with your organisation's account" }).waitFor();
        await page.getByRole("button", { name: "Sign in with Test Identity Provider" }).click();
        await signInAtProvider(page, "olivia");
        // Linked by her verified email to the demo editor's account, with the role her groups give.
        await page.waitForURL((url) => url.pathname === "/dashboard");
        await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
        await page.getByText("Eva Editor").first().waitFor();

        await page.getByRole("button", { name: "Sign out" }).click();
        await page.waitForURL((url) => url.origin === inject("oidcIssuer") && url.pathname.startsWith("/session/end"));
        await page.getByRole("button", { name: "Yes, sign me out" }).click();
        await page.waitForURL((url) => url.pathname === "/login" && url.searchParams.has("loggedOut"));
        await page.getByText("You have signed out.").waitFor();

        // The provider's session is over too: the next sign-in asks for the user name again.
        await page.getByRole("button", { name: "Sign in with Test Identity Provider" }).click();
        await page.waitForURL((url) => url.origin === inject("oidcIssuer"));
        await page.getByLabel("User name").waitFor();
      }),
    120_000,
  );

  it("refuses, with a clear message, someone whose claims map to no organisation or role (without JavaScript too)", () =>
    withBrowser({ javaScriptEnabled: false }, async (page) => {
      await page.goto("/login");
      await page.getByRole("button", { name: "Sign in with Test Identity Provider" }).click();
      await signInAtProvider(page, "nora");
      await page.waitForURL((url) => url.pathname === "/en/login" && url.searchParams.get("refused") === "noMapping");
      await page
        .getByRole("alert")
        .getByText("Test Identity Provider confirmed who you are, but your account there gives you no role in this register.")
        .waitFor();
      await page.getByRole("button", { name: "Sign in with Test Identity Provider" }).waitFor();
    }));

  describe("refusals (one browser; the provider's cookies are cleared before each)", () => {
    let b: Awaited<ReturnType<typeof openBrowser>>;
    beforeAll(async () => {
      b = await openBrowser();
    });
    beforeEach(async () => b.context.clearCookies());
    afterAll(async () => b?.close());

    it("says so in Dutch on a Dutch page, and the page passes axe", async () => {
      const page = b.page;
      await page.goto("/nl/login");
      await page.getByRole("button", { name: "Inloggen met Test Identity Provider" }).click();
      await signInAtProvider(page, "nora");
      await page.waitForURL((url) => url.pathname === "/nl/login" && url.searchParams.get("refused") === "noMapping");
      await page
        .getByRole("alert")
        .getByText("Test Identity Provider heeft bevestigd wie u bent, maar uw account daar geeft u geen rol in dit register.")
        .waitFor();
      expect(serious(await runAxe(page))).toEqual([]);
    });

    it("refuses an unknown subject while automatic creation of accounts is off", async () => {
      const page = b.page;
      await page.goto("/login");
      await page.getByRole("button", { name: "Sign in with Test Identity Provider" }).click();
      await signInAtProvider(page, "uma");
      await page.waitForURL((url) => url.searchParams.get("refused") === "noAccount");
      await page.getByRole("alert").getByText("This register has no account for the account you used at Test Identity Provider.").waitFor();
      expect(await page.getByRole("button", { name: "Sign out" }).count()).toBe(0);
    });

    it("lets nobody in whom the provider has disabled: the provider refuses them", async () => {
      const page = b.page;
      await page.goto("/login");
      await page.getByRole("button", { name: "Sign in with Test Identity Provider" }).click();
      await signInAtProvider(page, "dora");
      await page.getByRole("alert").getByText("Unknown or disabled user.").waitFor();
      expect(new URL(page.url()).origin).toBe(inject("oidcIssuer"));
    });
  });
});
