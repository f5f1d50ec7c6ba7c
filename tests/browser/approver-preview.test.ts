import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeFailures } from "./support/axe";
import { login, openBrowser } from "./support/browser";

// A demo entry filed in Dutch without an English translation (content/demo/entries.nl.ts), so the English
// staff pages preview and publish its own texts.
const ENTRY = "De WOZ-waarde van woningen en gebouwen schatten voor de gemeentelijke belastingen";
const LATER_DESCRIPTION =
  "Schat de waarde van elke woning op basis van recente verkopen; een taxateur controleert elke schatting waartegen bezwaar is gemaakt.";
const NEW_DESCRIPTION =
  "Schat de waarde van elke woning op basis van recente verkopen, voor de onroerendezaakbelasting; een taxateur controleert elke schatting waartegen bezwaar is gemaakt.";

/** How many versions the entry at a staff path has, read from the test server's database. */
function versionCount(entryPath: string) {
  const file = new Database(inject("databaseUrl").replace(/^file:/, ""), { readonly: true });
  try {
    return (file.prepare("SELECT COUNT(*) AS n FROM EntryVersion WHERE entryId = ?").get(entryPath.split("/").at(-1)) as { n: number }).n;
  } finally {
    file.close();
  }
}

// No one publishes blind: the approver sees what changes and the entry as it will be published before approving it.
describe("approving a submitted change to a published entry in Chromium", () => {
  let editor: Awaited<ReturnType<typeof openBrowser>>;
  let approver: Awaited<ReturnType<typeof openBrowser>>;
  let entryPath = "";
  let oldDescription = "";
  beforeAll(async () => {
    editor = await openBrowser();
    approver = await openBrowser();
  });
  afterAll(async () => {
    await editor?.close();
    await approver?.close();
  });

  it("lets the editor submit a change, then shows it to them read-only", { timeout: 120_000 }, async () => {
    const page = editor.page;
    await login(page, "editor@lindewaard.example");
    await page.goto("/dashboard");
    await page.getByRole("link", { name: ENTRY }).first().click();
    await page.waitForURL(/\/entries\/[^/?]+$/);
    entryPath = new URL(page.url()).pathname;
    await page.getByRole("link", { name: "Edit (starts a new draft version)" }).click();
    await page.waitForURL(`**${entryPath}/edit`);
    const description = page.getByLabel("Short description");
    oldDescription = await description.inputValue();
    await description.fill(NEW_DESCRIPTION);
    await page.getByRole("button", { name: "Save and submit for approval" }).click();
    await page.waitForURL(`**${entryPath}?done=submit`);

    expect(await page.getByTestId("entry-state").textContent()).toBe("Submitted for approval");
    expect(await page.getByTestId("read-only").isVisible()).toBe(true);
    expect(await page.getByRole("link", { name: /^Edit/ }).count()).toBe(0);
    expect(await page.locator("form input[name='descriptionShort'], form textarea[name='descriptionShort']").count()).toBe(0);
    expect(await page.getByTestId("submission-preview").getByText(NEW_DESCRIPTION).isVisible()).toBe(true);
    // The edit form is not reachable while the entry waits for approval.
    await page.goto(`${entryPath}/edit`);
    expect(new URL(page.url()).pathname).toBe(entryPath);
    expect(await axeFailures(page, [entryPath], (path, status) => expect(status, path).toBe(200))).toEqual([]);
  });

  it(
    "shows the approver the changed fields and the preview, refuses an approval of a submission that changed since, then publishes",
    { timeout: 120_000 },
    async () => {
      const page = approver.page;
      await login(page, "approver@lindewaard.example");
      await page.goto(entryPath);
      const diff = page.getByTestId("submission-diff");
      await diff.getByRole("heading", { name: "What changes on publication" }).waitFor();
      expect(await diff.locator(".diff-summary").textContent()).toBe("1 field differs from published version 1.");
      const row = diff.getByRole("row", { name: /Short description/ });
      expect(await row.count()).toBe(1);
      const [before, after] = await row.locator("td").allTextContents();
      expect(before.replace(/\[removed: |\]/g, "")).toBe(oldDescription);
      expect(after.replace(/\[added: |\]/g, "")).toBe(NEW_DESCRIPTION);

      const preview = page.getByTestId("submission-preview");
      expect(await preview.getByRole("heading", { name: "Preview as published" }).isVisible()).toBe(true);
      expect(await preview.getByText(NEW_DESCRIPTION).isVisible()).toBe(true);
      expect(await preview.getByRole("heading", { name: "Responsible use" }).isVisible()).toBe(true);
      expect(await preview.getByText("Version 2, once approved").isVisible()).toBe(true);
      // The decision comes after what it is about, and the approver is not offered the editor's step.
      const order = await page.evaluate(() => {
        const y = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().top;
        return [y("[data-testid=submission-diff]"), y("[data-testid=submission-preview]"), y("#decide")];
      });
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(await page.getByRole("button", { name: "Withdraw submission" }).count()).toBe(0);
      expect(await axeFailures(page, [entryPath], (path, status) => expect(status, path).toBe(200))).toEqual([]);

      await page.setViewportSize({ width: 1200, height: 900 });
      await page.goto(entryPath);
      await page.getByLabel("Change note").fill("Explained who checks an estimate that is objected to.");

      // While the approver reads, the editor withdraws the submission, changes it again and resubmits it.
      const e = editor.page;
      await e.goto(entryPath);
      await e.getByRole("button", { name: "Withdraw submission" }).click();
      await e.waitForURL(`**${entryPath}?done=withdraw`);
      await e.getByRole("link", { name: "Edit the draft" }).click();
      await e.getByLabel("Short description").fill(LATER_DESCRIPTION);
      await e.getByRole("button", { name: "Save and submit for approval" }).click();
      await e.waitForURL(`**${entryPath}?done=submit`);

      // Approving what the approver saw is refused; the page now shows the later submission.
      await page.getByRole("button", { name: "Approve and publish" }).click();
      await page.getByText("The submission changed after you opened this page").waitFor();
      // The refusal shows as soon as the action answers; the page's data reloads just after it.
      await page.getByTestId("submission-preview").getByText(LATER_DESCRIPTION).waitFor();
      const later = await page
        .getByTestId("submission-diff")
        .getByRole("row", { name: /Short description/ })
        .locator("td")
        .allTextContents();
      expect(later[1].replace(/\[added: |\]/g, "")).toBe(LATER_DESCRIPTION);
      expect(versionCount(entryPath)).toBe(1);
      await page.getByLabel("Change note").fill("Explained who checks an estimate that is objected to.");
      await page.getByRole("button", { name: "Approve and publish" }).click();
      await page.waitForURL(`**${entryPath}?done=publish`);
      expect(versionCount(entryPath)).toBe(2);
      // The URL changes just before React commits the published page.
      await page.getByTestId("submission-preview").waitFor({ state: "detached" });
      await page.getByRole("link", { name: "View the public page" }).click();
      await page.waitForURL(/\/algorithms\/\d{8}$/);
      expect(await page.locator(".lead").first().textContent()).toBe(LATER_DESCRIPTION);
      expect(await page.getByText("Version 2, published").isVisible()).toBe(true);
      await page.goto(`/nl${new URL(page.url()).pathname.replace(/^\/(en|nl)\//, "/")}`);
      expect(await page.locator(".lead").first().textContent()).toBe(LATER_DESCRIPTION);
    },
  );
});
