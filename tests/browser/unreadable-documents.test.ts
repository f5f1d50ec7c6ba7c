import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { login, openBrowser } from "./support/browser";

// The server reads the same SQLite file: an entry of our own, whose stored documents we break.
let entryId = "";
let publicId = "";
let editorEmail = "";
let restore = async () => {};

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  const { createPublishedEntry } = await import("../support/entry-factories");
  const { db } = await import("~/utils/db.server");
  const { versionColumns } = await import("~/entries/documents.server");
  const { entry, editor } = await createPublishedEntry({ name: "Unreadable document (browser test)" });
  entryId = entry.id;
  publicId = entry.publicId;
  editorEmail = editor.email;
  const good = await db.entry.findUniqueOrThrow({ where: { id: entryId }, select: { currentVersionId: true, draft: true } });
  // Versions are immutable: a broken one is a new current version, and so is the repair.
  const broken = await db.entryVersion.create({ data: { entryId, number: 2, data: '{"name": "Unread', schemaVersion: 1 }, select: { id: true } });
  await db.entry.update({ where: { id: entryId }, data: { state: "draft", draft: "[not a document", currentVersionId: broken.id } });
  restore = async () => {
    const v = await db.entryVersion.create({ data: { entryId, number: 3, ...versionColumns(JSON.parse(good.draft)) }, select: { id: true } });
    await db.entry.update({ where: { id: entryId }, data: { state: "published", draft: good.draft, currentVersionId: v.id } });
  };
});

afterAll(async () => restore());

describe("a stored document that cannot be read, in Chromium", () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => b?.close());

  it("shows staff what cannot be read instead of an empty form", async () => {
    const { page } = b;
    const { TEST_PASSWORD } = await import("../support/factories");
    await login(page, editorEmail, TEST_PASSWORD);
    await page.goto(`/entries/${entryId}/edit`);
    expect(new URL(page.url()).pathname).toBe(`/entries/${entryId}`);
    const notices = await page.getByTestId("unreadable-document").allTextContents();
    expect(notices).toHaveLength(2);
    expect(notices[0]).toContain("The saved draft of this entry cannot be read");
    expect(notices[1]).toContain("Published version 2 of this entry cannot be read");
    expect(await page.getByRole("link", { name: /^Edit/ }).count()).toBe(0);
  });

  it("answers the public with an error page, not an empty entry", async () => {
    const { page } = b;
    const response = await page.goto(`/algorithms/${publicId}`);
    expect(response?.status()).toBe(500);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Sorry, there is a problem with the service");
  });
});
