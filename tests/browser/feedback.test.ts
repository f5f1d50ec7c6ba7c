import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { baseUrl, login, openBrowser } from "./support/browser";

// The test process writes to the same SQLite file the server reads: set it before the client is first used.
process.env.DATABASE_URL = inject("databaseUrl");

const EMAIL = "browser.citizen@citizen.example";
let publicId = "";

/** A fresh published entry of Gemeente Lindewaard, filed and published through the real workflow. */
async function publishLindewaardEntry() {
  const { db } = await import("~/utils/db.server");
  const { createDraft, transition } = await import("~/entries/entries.server");
  const { validDocument } = await import("../support/entry-factories");
  const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@lindewaard.example" } });
  const approver = await db.user.findUniqueOrThrow({ where: { email: "approver@lindewaard.example" } });
  const entry = await createDraft(editor, editor.organisationId!, validDocument({ name: "Feedback test: parking permit triage" }));
  if (!(await transition(editor, entry.id, "submit")).ok) throw new Error("submit failed");
  if (!(await transition(approver, entry.id, "publish", { changeNote: "First publication" })).ok) throw new Error("publish failed");
  return entry.publicId;
}

describe("feedback: ask → moderate → answer → public", () => {
  beforeAll(async () => {
    publicId = await publishLindewaardEntry();
  });
  afterAll(async () => {
    const { getDb } = await import("~/utils/db.server");
    await getDb().$disconnect();
  });

  it("a citizen sends a question without JavaScript and gets a reference and a private withdrawal link", async () => {
    const b = await openBrowser({ javaScriptEnabled: false });
    try {
      await b.page.goto(`/algorithms/${publicId}/feedback`);
      await b.page.getByRole("button", { name: "Send" }).click();
      await b.page.getByRole("heading", { name: "There is a problem" }).waitFor();
      expect(await b.page.locator(".error-summary").textContent()).toContain("Choose what your message is about");

      await b.page.getByLabel("A question").check();
      await b.page.getByLabel("Your message").fill("Who checks the outcome?\nMy name is Jan Jansen, Dorpsstraat 1.");
      await b.page.getByLabel("Your email address").fill(EMAIL);
      await b.page.getByLabel(/may publish my message/).check();
      await b.page.getByRole("button", { name: "Send" }).click();
      await b.page.waitForURL(`**/algorithms/${publicId}/feedback/received`);
      expect(await b.page.locator(".feedback-reference").textContent()).toMatch(/^FB-\d{4}-\d{6}$/);
      const link = await b.page.locator(".feedback-withdraw-link a").getAttribute("href");
      expect(link).toMatch(/\/feedback\/withdraw\/[\w-]{40,}$/);
      // Shown once only.
      await b.page.reload();
      await b.page.getByRole("heading", { name: "No receipt to show" }).waitFor();
    } finally {
      await b.close();
    }
  });

  it("with JavaScript, validates in the browser with the same schema and then posts", async () => {
    const b = await openBrowser();
    try {
      await b.page.goto(`/algorithms/${publicId}/feedback`);
      await b.page.getByLabel("Your message").fill("short");
      await b.page.getByRole("button", { name: "Send" }).click();
      await b.page.getByRole("heading", { name: "There is a problem" }).waitFor();
      const summary = await b.page.locator(".error-summary").textContent();
      expect(summary).toContain("Choose what your message is about");
      expect(summary).toContain("at least 10 characters");
      expect(await b.page.getByLabel("Your message").inputValue()).toBe("short");
      await b.page.getByLabel("A suggestion").check();
      await b.page.getByLabel("Your message").fill("Please publish the error rates per year.");
      await b.page.getByRole("button", { name: "Send" }).click();
      await b.page.waitForURL(`**/algorithms/${publicId}/feedback/received`);
      expect(await b.page.locator(".feedback-reference").textContent()).toMatch(/^FB-\d{4}-\d{6}$/);
    } finally {
      await b.close();
    }
  });

  it("the organisation's editor publishes a redacted version and answers; the public sees both on the entry page and in the feed", async () => {
    const b = await openBrowser();
    try {
      await login(b.page, "editor@lindewaard.example");
      await b.page.goto("/dashboard");
      await b.page.getByRole("heading", { name: "Feedback from the public" }).waitFor();
      await b.page.goto("/feedback");
      const row = b.page.getByRole("row").filter({ hasText: "Feedback test: parking permit triage" }).filter({ hasText: "Question" }).first();
      await row.getByRole("link").click();
      await b.page.waitForURL(/\/feedback\/c/);
      expect(await b.page.locator(".feedback-email").textContent()).toBe(EMAIL);

      // The moderation page arrives by client-side navigation: let it settle before typing.
      await b.page.waitForLoadState("networkidle");
      const redacted = "Who checks the outcome?\nMy name is [removed].";
      await b.page.getByLabel("Text to publish").fill(redacted);
      expect(await b.page.getByLabel("Text to publish").inputValue()).toBe(redacted);
      await b.page.getByRole("button", { name: "Publish" }).click();
      await b.page.getByText("The message is published.").waitFor();

      await b.page.getByLabel("Your answer").fill("A case worker checks every outcome before a decision. See www.lindewaard.nl/permits for the rules.");
      await b.page.getByRole("button", { name: "Send answer" }).click();
      await b.page.getByText("Your answer is saved and sent to the sender.").waitFor();
    } finally {
      await b.close();
    }

    const visitor = await openBrowser({ javaScriptEnabled: false });
    try {
      const res = await visitor.page.goto(`/algorithms/${publicId}`);
      expect(res?.status()).toBe(200);
      const section = visitor.page.locator(".feedback-section");
      await section.waitFor();
      const text = (await section.innerText()).replace(/\s+/g, " ");
      expect(text).toContain("Who checks the outcome? My name is [removed].");
      expect(text).toContain("A case worker checks every outcome before a decision.");
      expect(text).toContain("Answered");
      expect(text).toContain("A member of the public");
      const rulesLink = section.getByRole("link", { name: "www.lindewaard.nl/permits" });
      expect(await rulesLink.getAttribute("href")).toBe("https://www.lindewaard.nl/permits");
      expect(await rulesLink.getAttribute("rel")).toBe("nofollow ugc");
      const html = await visitor.page.content();
      expect(html).not.toContain("Jan Jansen");
      expect(html).not.toContain(EMAIL);
      await section.getByRole("link", { name: "Ask a question or respond" }).click();
      await visitor.page.waitForURL(`**/algorithms/${publicId}/feedback`);

      // The Atom feed parses as XML in the browser and holds the answer.
      await visitor.page.goto("/");
      const feed = await fetch(`${baseUrl()}/algorithms/${publicId}/feedback.atom`);
      expect(feed.headers.get("content-type")).toContain("application/atom+xml");
      const xml = await feed.text();
      expect(xml).not.toContain(EMAIL);
      const parsed = await visitor.page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, "application/xml");
        const atom = "http://www.w3.org/2005/Atom";
        const child = (el: Element, name: string) => Array.from(el.children).find((c) => c.namespaceURI === atom && c.localName === name)?.textContent ?? null;
        const entries = Array.from(doc.getElementsByTagNameNS(atom, "entry"));
        return {
          error: doc.getElementsByTagName("parsererror").length,
          root: doc.documentElement.localName,
          feed: { id: child(doc.documentElement, "id"), title: child(doc.documentElement, "title"), updated: child(doc.documentElement, "updated") },
          entries: entries.map((e) => ({ id: child(e, "id"), title: child(e, "title"), updated: child(e, "updated"), content: child(e, "content") })),
        };
      }, xml);
      expect(parsed.error).toBe(0);
      expect(parsed.root).toBe("feed");
      expect(parsed.feed.id && parsed.feed.title && parsed.feed.updated).toBeTruthy();
      expect(parsed.entries).toHaveLength(1);
      expect(parsed.entries[0].id && parsed.entries[0].title && parsed.entries[0].updated).toBeTruthy();
      expect(parsed.entries[0].content).toContain("A case worker checks every outcome");
    } finally {
      await visitor.close();
    }
  });

  it("withdrawn feedback shows as withdrawn to moderators, and a confirmation cannot be made up in the address", async () => {
    const citizen = await openBrowser({ javaScriptEnabled: false });
    let reference = "";
    try {
      await citizen.page.goto(`/algorithms/${publicId}/feedback`);
      await citizen.page.getByLabel("A concern or objection").check();
      await citizen.page.getByLabel("Your message").fill("I changed my mind about this message.");
      await citizen.page.getByRole("button", { name: "Send" }).click();
      await citizen.page.waitForURL(`**/algorithms/${publicId}/feedback/received`);
      reference = (await citizen.page.locator(".feedback-reference").textContent()) ?? "";
      await citizen.page.goto((await citizen.page.locator(".feedback-withdraw-link a").getAttribute("href"))!);
      await citizen.page.getByRole("button", { name: "Withdraw my message" }).click();
      await citizen.page.getByText("Your message has been withdrawn.").waitFor();
    } finally {
      await citizen.close();
    }

    const b = await openBrowser();
    try {
      await login(b.page, "editor@lindewaard.example");
      await b.page.goto("/feedback");
      const row = b.page.getByRole("row").filter({ hasText: reference });
      const rowText = await row.innerText();
      expect(rowText).toContain("Withdrawn by the sender");
      expect(rowText).not.toContain("Awaiting an answer");
      const href = (await row.getByRole("link").getAttribute("href"))!;
      const spoof = "Your account is blocked. Call 0900-1234 now.";
      await b.page.goto(`${href}?done=${encodeURIComponent(spoof)}`);
      await b.page.getByRole("heading", { name: new RegExp(reference) }).waitFor();
      const page = await b.page.locator("main").innerText();
      expect(page).not.toContain(spoof);
      expect(await b.page.locator(".notice--success").count()).toBe(0);
      expect(page).toMatch(/Status\s+Withdrawn by the sender/);
      expect(page).not.toContain("Awaiting an answer");
    } finally {
      await b.close();
    }
  });
});
