import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { login, openBrowser } from "./support/browser";

const SECRET = "Internal fraud thresholds: 7 flags (browser test)";
const SUMMARY = "Thorough assessment. Recommend yearly bias tests (browser test).";

/** Setup through the app's own workflow against the test server's database. */
async function publishedLindewaardEntry() {
  process.env.DATABASE_URL = inject("databaseUrl");
  const { db } = await import("~/utils/db.server");
  const { createDraft, transition } = await import("~/entries/entries.server");
  const { validDocument } = await import("../support/entry-factories");
  const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@lindewaard.example" } });
  const approver = await db.user.findUniqueOrThrow({ where: { email: "approver@lindewaard.example" } });
  const entry = await createDraft(editor, editor.organisationId!, validDocument({ name: "Assessment browser test: permit triage" }));
  await transition(editor, entry.id, "submit");
  const published = await transition(approver, entry.id, "publish", { changeNote: "First publication" });
  if (!published.ok) throw new Error(JSON.stringify(published.errors));
  return entry;
}

/** Fills every answer the UI test does not type itself, keeping what the editor entered. */
async function completeTheRest(assessmentId: string) {
  const { db } = await import("~/utils/db.server");
  const { completeAssessmentDoc } = await import("../support/assessment-factories");
  const row = await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } });
  const typed = JSON.parse(row.data);
  const full = completeAssessmentDoc({ confidential: typed.confidential });
  full.answers = { ...full.answers, ...typed.answers };
  await db.assessment.update({ where: { id: assessmentId }, data: { data: JSON.stringify(full) } });
}

describe("impact assessment: submit → review → public outcome", () => {
  let entry: { id: string; publicId: string };
  let assessmentUrl = "";
  beforeAll(async () => {
    entry = await publishedLindewaardEntry();
  });
  afterAll(async () => {
    const { getDb } = await import("~/utils/db.server");
    await getDb().$disconnect();
  });

  it("lets the editor start, answer and (without JavaScript) submit an assessment", async () => {
    const b = await openBrowser({ javaScriptEnabled: false });
    try {
      const page = b.page;
      await login(page, "editor@lindewaard.example");
      await page.goto(`/assessments?entry=${entry.id}`);
      await page.getByRole("button", { name: "Start the assessment" }).click();
      await page.waitForURL(/\/assessments\/\w+$/);
      assessmentUrl = new URL(page.url()).pathname;
      await page.getByRole("link", { name: /Fill in.*Why/ }).click();
      await page.getByLabel("What is the reason for using this algorithm, and what problem should it solve?").fill(SECRET);
      await page.locator("#f-confidential-1-1-withheld").check();
      await page.locator("#f-confidential-1-1-reason").fill("Publishing the thresholds would help fraud");
      await page.locator("#f-confidential-1-1-legalGround").fill("Woo art. 5.1(2)(d)");
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await page.getByText("Your answers have been saved.").waitFor();
      expect(await page.getByLabel("What is the reason for using this algorithm, and what problem should it solve?").inputValue()).toBe(SECRET);

      // Submitting too early lists what is missing, linked to the right part.
      await page.goto(assessmentUrl);
      await page.getByRole("button", { name: "Submit for review" }).click();
      await page.getByRole("heading", { name: "There is a problem" }).waitFor();
      expect(await page.locator(".error-summary a").first().getAttribute("href")).toContain("/part/");

      await completeTheRest(assessmentUrl.split("/").pop()!);
      await page.goto(assessmentUrl);
      await page.getByRole("button", { name: "Submit for review" }).click();
      await page.getByText("The assessment has been submitted for review.").waitFor();
      expect(await page.locator(".tag", { hasText: "Waiting for review" }).count()).toBe(1);
    } finally {
      await b.close();
    }
  });

  it("lets the reviewer find it in the queue and conclude with a public summary", async () => {
    const b = await openBrowser();
    try {
      const page = b.page;
      await login(page, "reviewer@oversight.example");
      await page.goto("/dashboard");
      await page.getByRole("link", { name: "Assessment browser test: permit triage" }).first().click();
      await page.waitForURL(`**${assessmentUrl}`);
      await page.getByRole("link", { name: "Review the assessment" }).click();
      await page.getByLabel("Adequate, with recommendations").check();
      await page.getByLabel("Public summary").fill(SUMMARY);
      await page.getByRole("button", { name: "Conclude the review" }).click();
      await page.waitForURL(`**${assessmentUrl}?done=conclude`);
      await page.getByText("The review has been concluded.").waitFor();
      expect(await page.locator(".tag", { hasText: "Review concluded" }).count()).toBe(1);
    } finally {
      await b.close();
    }
  });

  it("shows the outcome on the public entry page, with the withheld answer's reason but not its text", async () => {
    const b = await openBrowser();
    try {
      const page = b.page;
      await page.goto(`/algorithms/${entry.publicId}`);
      const section = page.locator("section.assessment-public");
      await section.waitFor();
      const text = (await section.textContent()) ?? "";
      expect(text).toContain("Adequate, with recommendations");
      expect(text).toContain(SUMMARY);
      expect(text).toContain("Publishing the thresholds would help fraud");
      expect(text).toContain("Woo art. 5.1(2)(d)");
      expect(await page.content()).not.toContain(SECRET);
    } finally {
      await b.close();
    }
  });
});
