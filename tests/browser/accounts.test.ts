import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAxe, serious } from "./support/axe";
import { login, openBrowser, type Page } from "./support/browser";
import { mailsTo, waitForMail } from "./support/mailbox";

type Browser = Awaited<ReturnType<typeof openBrowser>>;

/** Counts the posts the page sends to a path, to tell a sent form from a lost click. */
function countPosts(page: Page, path: string) {
  const posts: string[] = [];
  page.on("request", (r) => void (r.method() === "POST" && new URL(r.url()).pathname.startsWith(path) && posts.push(r.url())));
  return posts;
}

/** A person's click: the button is pressed, held a moment (here 150 ms) and released where it was pressed. */
const personClick = (page: Page, name: string) => page.getByRole("button", { name, exact: true }).click({ delay: 150 });

describe("admin forms: the first click after fixing an error sends the form", () => {
  let b: Browser;
  beforeAll(async () => {
    b = await openBrowser();
    await login(b.page, "admin@register.example");
  });
  afterAll(async () => b?.close());

  it("organisation form", async () => {
    const page = b.page;
    await page.goto("/admin/organisations");
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Name", { exact: true }).fill("Waterschap Eenklik");
    await page.getByLabel("Type").selectOption("water_authority");
    await page.getByLabel("Identifier scheme").selectOption("NL-KVK");
    await page.getByLabel("Identifier", { exact: true }).fill("123");
    await personClick(page, "Add organisation");
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    const posts = countPosts(page, "/admin/organisations");
    // Fixed by typing, as a person does, then one click on the button.
    await page.getByLabel("Identifier", { exact: true }).click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("12345678");
    await personClick(page, "Add organisation");
    await page.waitForURL(/created=/, { timeout: 20_000 });
    expect(posts).toHaveLength(1);
  });

  it("user form", async () => {
    const page = b.page;
    await page.goto("/admin/users");
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Full name").fill("Egon Eenklik");
    await page.getByLabel("Email address").fill("egon@agency.example");
    await page.getByLabel("Role").selectOption("editor");
    await personClick(page, "Create account");
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    const posts = countPosts(page, "/admin/users");
    await page.getByLabel("Organisation").selectOption({ label: "Gemeente Lindewaard" });
    await personClick(page, "Create account");
    await page.waitForURL(/done=created-link/, { timeout: 20_000 });
    expect(posts).toHaveLength(1);
    await page.getByRole("row", { name: /Egon Eenklik/ }).waitFor();
  });
});

describe("passwords: a set-password link from an administrator, then changing one's own", () => {
  const email = "cleo@agency.example";
  const first = "cleo's first passphrase";
  const second = "cleo's second passphrase";
  let admin: Browser;
  let person: Browser;
  let elsewhere: Browser;
  beforeAll(async () => {
    admin = await openBrowser();
    person = await openBrowser();
    elsewhere = await openBrowser();
    await login(admin.page, "admin@register.example");
  });
  afterAll(async () => {
    await Promise.all([admin?.close(), person?.close(), elsewhere?.close()]);
  });

  let link = "";

  it("an administrator creates the account; the person gets a link by email, not a password", async () => {
    const page = admin.page;
    await page.goto("/admin/users");
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Full name").fill("Cleo Link");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Role").selectOption("reviewer");
    expect(await page.getByLabel("Email them a link to choose their own password").isChecked()).toBe(true);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/done=created-link/);
    await page.getByRole("status").filter({ hasText: "A link to choose a password has been emailed" }).waitFor();

    const mail = await waitForMail(email);
    expect(mail.subject).toBe("Choose your password for the Public Algorithm Register");
    link = /https?:\/\/\S+\/account\/set-password\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0] ?? "";
    expect(link).not.toBe("");
  });

  it("the link lets the person choose a password, once, and then sign in with it", async () => {
    const page = person.page;
    await page.goto(link);
    await page.getByRole("heading", { level: 1, name: "Choose your password" }).waitFor();
    expect(serious(await runAxe(page))).toEqual([]);
    await page.waitForLoadState("networkidle");
    await page.getByLabel("New password", { exact: true }).fill(first);
    await page.getByLabel("New password again").fill("not the same");
    await page.getByRole("button", { name: "Save password" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    await page.getByLabel("New password again").fill(first);
    await page.getByRole("button", { name: "Save password" }).click();
    await page.waitForURL(/\/login\?done=password-set/);
    await page.getByRole("status").filter({ hasText: "Your password is saved" }).waitFor();
    await login(page, email, first);
    expect(new URL(page.url()).pathname).toBe("/dashboard");

    const again = await elsewhere.page.goto(link);
    expect(again?.status()).toBe(404);
    await elsewhere.page.getByRole("heading", { level: 1, name: "This link cannot be used" }).waitFor();
  });

  it("the person changes their own password: the current one is required, other sessions end, this one stays", async () => {
    await login(elsewhere.page, email, first);
    const page = person.page;
    await page.getByRole("link", { name: "Change password" }).click();
    await page.getByRole("heading", { level: 1, name: "Change your password" }).waitFor();
    expect(serious(await runAxe(page))).toEqual([]);
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Current password").fill("a wrong guess at it");
    await page.getByLabel("New password", { exact: true }).fill(second);
    await page.getByLabel("New password again").fill(second);
    await page.getByRole("button", { name: "Change password" }).click();
    await page.locator(".error-summary").getByText("Current password: The current password is not correct").waitFor();

    await page.getByLabel("Current password").fill(first);
    await page.getByLabel("New password", { exact: true }).fill(second);
    await page.getByLabel("New password again").fill(second);
    await page.getByRole("button", { name: "Change password" }).click();
    await page.waitForURL(/done=changed/);
    await page.getByRole("status").filter({ hasText: "Your password has been changed" }).waitFor();

    await page.goto("/dashboard");
    expect(new URL(page.url()).pathname).toBe("/dashboard");
    await elsewhere.page.goto("/dashboard");
    expect(new URL(elsewhere.page.url()).pathname).toBe("/login");
    await login(elsewhere.page, email, second);
    expect(new URL(elsewhere.page.url()).pathname).toBe("/dashboard");
  });

  it("an administrator can send an existing account a new link", async () => {
    const before = mailsTo(email).length;
    const page = admin.page;
    await page.goto("/admin/users");
    await page.getByRole("button", { name: "Send a set-password link to Cleo Link" }).click();
    await page.waitForURL(/done=link-sent/);
    await page.getByRole("status").filter({ hasText: "Any earlier link no longer works" }).waitFor();
    const mail = await waitForMail(email, { after: before });
    expect(mail.text).toMatch(/\/account\/set-password\/[A-Za-z0-9_-]{43}/);
    expect(mail.text).not.toContain(link);
  });
});
