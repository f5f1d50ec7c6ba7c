import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, openBrowser, type Page } from "./support/browser";

/** Counts the posts the page sends, to tell a sent form from a lost click. */
function countPosts(page: Page) {
  const posts: string[] = [];
  page.on("request", (r) => void (r.method() === "POST" && posts.push(new URL(r.url()).pathname)));
  return posts;
}

describe("admin forms: one click after fixing an error", () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    b = await openBrowser();
    await login(b.page, "admin@register.example");
  });
  afterAll(async () => b?.close());

  it("sends the organisation form on the first click once the error is fixed", async () => {
    const page = b.page;
    await page.goto("/admin/organisations");
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Name", { exact: true }).fill("Waterschap Test");
    await page.getByLabel("Type").selectOption("water_authority");
    await page.getByLabel("Identifier scheme").selectOption("NL-KVK");
    await page.getByLabel("Identifier", { exact: true }).fill("123");
    await page.getByRole("button", { name: "Add organisation" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    const posts = countPosts(page);
    await page.getByLabel("Identifier", { exact: true }).click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("12345678", { delay: 20 });
    const before = await page.getByRole("button", { name: "Add organisation" }).boundingBox();
    await page.getByRole("button", { name: "Add organisation" }).click({ delay: 150 });
    const after = await page.getByRole("button", { name: "Add organisation" }).boundingBox().catch(() => null);
    console.log("BOX", before, after);
    await page.waitForURL(/created=/, { timeout: 5000 });
    expect(posts).toEqual(["/admin/organisations"]);
  });
});
