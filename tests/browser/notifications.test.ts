import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { login, openBrowser } from "./support/browser";

// The test process writes to the same SQLite file the server reads: set it before the client is first used.
process.env.DATABASE_URL = inject("databaseUrl");

const APPROVER = "notifications.approver@lindewaard.example";
const SUBMITTED = "an entry of my organisation is submitted for approval";

/** A second approver of Gemeente Lindewaard with the demo password, so the demo accounts keep their settings. */
async function createApprover() {
  const { db } = await import("~/utils/db.server");
  const { hashPassword } = await import("~/auth/password.server");
  const { DEMO_PASSWORD } = await import("~/demo/demo-users");
  const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@lindewaard.example" } });
  await db.user.create({
    data: {
      email: APPROVER,
      name: "Notification Test Approver",
      role: "approver",
      organisationId: editor.organisationId,
      passwordHash: await hashPassword(DEMO_PASSWORD),
    },
  });
}

/** The demo editor submits a new entry through the real workflow; returns who was mailed about it. */
async function submitEntryAndListRecipients(name: string) {
  const { db } = await import("~/utils/db.server");
  const { createDraft, transition } = await import("~/entries/entries.server");
  const { validDocument } = await import("../support/entry-factories");
  const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@lindewaard.example" } });
  const entry = await createDraft(editor, editor.organisationId!, validDocument({ name }));
  if (!(await transition(editor, entry.id, "submit")).ok) throw new Error("submit failed");
  const mails = await db.outboxMail.findMany({ where: { subject: { contains: name } }, select: { to: true } });
  return mails.map((m) => m.to);
}

describe("notification settings", () => {
  beforeAll(createApprover);
  afterAll(async () => {
    const { getDb } = await import("~/utils/db.server");
    await getDb().$disconnect();
  });

  it("an approver switches off the mail about submitted entries without JavaScript, and gets none", async () => {
    expect(await submitEntryAndListRecipients("Notification test: before switching off")).toContain(APPROVER);
    const b = await openBrowser({ javaScriptEnabled: false });
    try {
      await login(b.page, APPROVER);
      await b.page.goto("/dashboard");
      await b.page.getByRole("link", { name: "Choose which emails you get" }).click();
      await b.page.getByRole("heading", { name: "Notification settings" }).waitFor();
      const box = b.page.getByLabel(SUBMITTED);
      expect(await box.isChecked()).toBe(true);
      await box.uncheck();
      await b.page.getByRole("button", { name: "Save settings" }).click();
      await b.page.waitForURL("**/account/notifications?done=saved");
      expect(await b.page.getByRole("status").textContent()).toContain("Your notification settings are saved.");
      expect(await b.page.getByLabel(SUBMITTED).isChecked()).toBe(false);
      expect(await b.page.getByLabel("an entry I submitted is published").isChecked()).toBe(true);
    } finally {
      await b.close();
    }
    const recipients = await submitEntryAndListRecipients("Notification test: after switching off");
    expect(recipients).not.toContain(APPROVER);
    expect(recipients).toContain("approver@lindewaard.example");
  });

  it("with JavaScript, switches it back on", async () => {
    const b = await openBrowser();
    try {
      await login(b.page, APPROVER);
      await b.page.goto("/account/notifications");
      await b.page.getByLabel(SUBMITTED).check();
      await b.page.getByRole("button", { name: "Save settings" }).click();
      await b.page.getByRole("status").waitFor();
      expect(await b.page.getByRole("status").textContent()).toContain("Your notification settings are saved.");
    } finally {
      await b.close();
    }
    expect(await submitEntryAndListRecipients("Notification test: switched on again")).toContain(APPROVER);
  });
});
