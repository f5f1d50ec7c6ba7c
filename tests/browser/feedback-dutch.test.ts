import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { login, openBrowser } from "./support/browser";

// The test process writes to the same SQLite file the server reads: set it before the client is first used.
process.env.DATABASE_URL = inject("databaseUrl");

const EMAIL = "browser.burger@voorbeeld.nl";

/** The mail to an address as the server stored it in its outbox (with the change it is about); its delivery is tested in the unit tests. */
async function mailTo(address: string, subject: string) {
  const { db } = await import("~/utils/db.server");
  return db.outboxMail.findFirstOrThrow({ where: { to: address, subject: { startsWith: subject } }, orderBy: { createdAt: "desc" } });
}
let publicId = "";

/** A fresh published entry of Gemeente Lindewaard, filed and published through the real workflow. */
async function publishLindewaardEntry() {
  const { db } = await import("~/utils/db.server");
  const { createDraft, transition } = await import("~/entries/entries.server");
  const { validDocument } = await import("../support/entry-factories");
  const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@lindewaard.example" } });
  const approver = await db.user.findUniqueOrThrow({ where: { email: "approver@lindewaard.example" } });
  const entry = await createDraft(editor, editor.organisationId!, validDocument({ name: "Reactietest: parkeervergunningen" }));
  if (!(await transition(editor, entry.id, "submit")).ok) throw new Error("submit failed");
  if (!(await transition(approver, entry.id, "publish", { changeNote: "Eerste publicatie" })).ok) throw new Error("publish failed");
  return entry.publicId;
}

describe("feedback in Dutch: ask at /nl/ → Dutch receipt page and mail → withdraw", () => {
  beforeAll(async () => {
    publicId = await publishLindewaardEntry();
  });
  afterAll(async () => {
    const { getDb } = await import("~/utils/db.server");
    await getDb().$disconnect();
  });

  it("a citizen writes in Dutch without JavaScript and gets everything back in Dutch, with Dutch links", async () => {
    const b = await openBrowser({ javaScriptEnabled: false });
    try {
      await b.page.goto(`/nl/algorithms/${publicId}/feedback`);
      expect(await b.page.title()).toBe("Stel een vraag of reageer: Reactietest: parkeervergunningen – Openbaar Algoritmeregister");
      await b.page.getByRole("button", { name: "Versturen" }).click();
      await b.page.getByRole("heading", { name: "Er is een probleem" }).waitFor();
      const summary = await b.page.locator(".error-summary").textContent();
      expect(summary).toContain("Kies waar uw bericht over gaat");
      expect(summary).toContain("Vul uw bericht in");
      expect(summary).not.toMatch(/Choose|Enter/);

      await b.page.getByLabel("Een vraag").check();
      await b.page.getByLabel("Uw bericht").fill("Wie controleert de uitkomst?");
      await b.page.getByLabel("Uw e-mailadres").fill(EMAIL);
      await b.page.getByLabel(/mag mijn bericht/).check();
      await b.page.getByRole("button", { name: "Versturen" }).click();
      await b.page.waitForURL(`**/nl/algorithms/${publicId}/feedback/received`);
      await b.page.getByRole("heading", { name: "We hebben uw bericht ontvangen" }).waitFor();
      const reference = (await b.page.locator(".feedback-reference").textContent()) ?? "";
      const link = (await b.page.locator(".feedback-withdraw-link a").getAttribute("href")) ?? "";
      expect(link).toMatch(/\/nl\/feedback\/withdraw\/[\w-]{40,}$/);

      const mail = await mailTo(EMAIL, "We hebben uw bericht");
      expect(mail.subject).toBe(`We hebben uw bericht ${reference} ontvangen`);
      expect(mail.text).toContain(`/nl/algorithms/${publicId}`);
      expect(mail.text).toContain(link);

      await b.page.goto(link);
      await b.page.getByRole("heading", { name: "Uw bericht intrekken" }).waitFor();
      await b.page.getByRole("button", { name: "Mijn bericht intrekken" }).click();
      await b.page.getByText("Uw bericht is ingetrokken.").waitFor();
    } finally {
      await b.close();
    }
  });

  it("a moderator answers on the Dutch moderation page; the sender gets the answer in Dutch", async () => {
    const { publishedEntryForFeedback, submitFeedback } = await import("~/feedback/feedback.server");
    const { feedbackSchema } = await import("~/feedback/feedback-schema");
    const entry = (await publishedEntryForFeedback(publicId))!;
    const input = feedbackSchema.parse({ type: "concern", message: "Ik maak bezwaar tegen dit algoritme.", email: "bezwaar@voorbeeld.nl", consent: "yes" });
    const receipt = await submitFeedback(entry, input, { ip: "192.0.2.77", language: "nl" });
    if (!receipt.ok) throw new Error("feedback refused");
    const { db } = await import("~/utils/db.server");
    const thread = await db.feedbackThread.findUniqueOrThrow({ where: { reference: receipt.reference } });

    const b = await openBrowser();
    try {
      await login(b.page, "editor@lindewaard.example");
      await b.page.goto("/nl/feedback");
      await b.page.getByRole("heading", { name: "Reacties van het publiek" }).waitFor();
      await b.page.getByRole("link", { name: receipt.reference }).click();
      await b.page.waitForURL(`**/nl/feedback/${thread.id}`);
      await b.page.getByRole("heading", { name: `Zorg of bezwaar ${receipt.reference}` }).waitFor();
      expect(await b.page.locator("dl.summary").textContent()).toContain("Taal van het berichtNederlands");
      await b.page.getByLabel("Uw antwoord").fill("Wij nemen uw bezwaar in behandeling.");
      await b.page.getByRole("button", { name: "Antwoord versturen" }).click();
      await b.page.getByText("Uw antwoord is opgeslagen en naar de afzender gestuurd.").waitFor();
      expect(new URL(b.page.url()).pathname).toBe(`/nl/feedback/${thread.id}`);
    } finally {
      await b.close();
    }
    const mail = await mailTo("bezwaar@voorbeeld.nl", "Antwoord op uw reactie");
    expect(mail.subject).toBe(`Antwoord op uw reactie ${receipt.reference}`);
    expect(mail.text).toContain("Wij nemen uw bezwaar in behandeling.");
    expect(mail.text).toContain(`/nl/algorithms/${publicId}`);
  });
});
