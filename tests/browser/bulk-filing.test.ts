/** Issue 18, point 4: an approver files entries from a CSV file in Chromium without JavaScript. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { login, openBrowser } from "./support/browser";

const HEADINGS = ["Id in your own register (source_id)", "Name", "Status", "Themes", "Contact"];
const csv = (rows: string[][]) => [HEADINGS, ...rows].map((r) => r.map((v) => `"${v}"`).join(",")).join("\r\n");

describe("filing from a spreadsheet without JavaScript", () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    b = await openBrowser({ javaScriptEnabled: false });
    await login(b.page, "approver@lindewaard.example");
  });
  afterAll(async () => b?.close());

  async function upload(name: string, text: string) {
    const { page } = b;
    await page.goto("/entries/bulk");
    await page.getByLabel("Spreadsheet", { exact: true }).setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
    await page.getByRole("button", { name: "Check and file" }).click();
  }

  it("shows every problem by row and column and stores nothing, then files the corrected file as drafts", async () => {
    const { page } = b;
    const { getDb } = await import("~/utils/db.server");
    const ids = ["BROWSER-1", "BROWSER-2"];
    await upload(
      "inventory.csv",
      csv([
        ["BROWSER-1", "Checking parking permits", "In use", "Traffic and transport", "algorithms@lindewaard.example"],
        ["BROWSER-2", "", "Sometimes", "", ""],
      ]),
    );
    const summary = page.locator(".error-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("inventory.csv: 2 problems, so nothing was stored.");
    const rows = await page.getByRole("table", { name: "Problems by row and column" }).locator("tbody tr").allTextContents();
    expect(rows).toEqual([
      expect.stringMatching(/^3Status“Sometimes” is not one of the allowed values: In development; In use; Out of use\.$/),
      expect.stringMatching(/^3NameFill this in/),
    ]);
    expect(await getDb().entry.count({ where: { sourceId: { in: ids } } })).toBe(0);

    await upload(
      "inventory.csv",
      csv([
        ["BROWSER-1", "Checking parking permits", "In use", "Traffic and transport", "algorithms@lindewaard.example"],
        ["BROWSER-2", "Sorting benefit applications", "In development", "", ""],
      ]),
    );
    await page.getByRole("heading", { name: "inventory.csv: entries filed" }).waitFor();
    expect(await page.getByRole("status").textContent()).toBe("2 drafts created, 0 updated, 0 unchanged.");
    const link = page.getByRole("link", { name: "Sorting benefit applications" });
    expect(await link.getAttribute("href")).toMatch(/^\/en\/entries\/[^/]+\/edit$/);
    const entries = await getDb().entry.findMany({
      where: { sourceId: { in: ids } },
      select: { state: true, sourceSystem: true, organisation: { select: { slug: true } } },
    });
    expect(entries).toHaveLength(2);
    expect(entries.every((e) => e.state === "draft" && e.organisation.slug === "gemeente-lindewaard" && e.sourceSystem?.startsWith("own:"))).toBe(true);

    await link.click();
    await page.waitForURL(/\/edit$/);
    expect(await page.locator('input[name="name"]').inputValue()).toBe("Sorting benefit applications");
  });
});
