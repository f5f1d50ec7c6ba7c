import { afterAll, describe, expect, inject, it } from "vitest";
import { login, openBrowser, type Page } from "./support/browser";

const ADDED = "Your comment has been added.";
const RIGHT_LABEL = "Comment on part 4, the right: Protection of personal data";
const QUESTION_LABEL = "Comment on question 2B.3: Accuracy and testing";

/** A submitted assessment (with the always-checked rights of part 4) in the test server's database. */
async function submittedAssessment() {
  process.env.DATABASE_URL = inject("databaseUrl");
  const { createAssessmentIn } = await import("../support/assessment-factories");
  return createAssessmentIn("submitted");
}

// Ids with a dot ("q-2B.3") are not CSS-selector safe.
const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

/** Waits until the page shows part of the element: the reader is back at the answer (it fails when the page stays elsewhere). */
const shown = (page: Page, id: string) =>
  page.waitForFunction(
    (id) => {
      const box = document.getElementById(id)!.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    },
    id,
    { timeout: 5000 },
  );

describe("reviewer comments beside the answers", () => {
  afterAll(async () => {
    const { getDb } = await import("~/utils/db.server");
    await getDb().$disconnect();
  });

  for (const mode of [
    { name: "with JavaScript, on a phone", javaScriptEnabled: true, width: 390, height: 844 },
    { name: "without JavaScript", javaScriptEnabled: false, width: 1200, height: 900 },
  ]) {
    it(`comments on a right of part 4 beside it, then shows an empty comment's error beside its own question only (${mode.name})`, async () => {
      const { assessmentId: id } = await submittedAssessment();
      const text = `Is data minimisation tested? (${mode.name})`;
      const b = await openBrowser({ javaScriptEnabled: mode.javaScriptEnabled });
      try {
        const page = b.page;
        await page.setViewportSize({ width: mode.width, height: mode.height });
        await login(page, "reviewer@oversight.example");
        await page.goto(`/assessments/${id}/review`);
        // No form with a list of questions at the top: each answer has its own.
        expect(await page.locator("select[name=questionId]").count()).toBe(0);
        // The forms beside the answers fit a phone: the page does not scroll sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

        const right = byId(page, "right-data-protection");
        await right.getByLabel(RIGHT_LABEL).fill(text);
        await right.getByRole("button", { name: "Add comment" }).click();
        await page.waitForURL((url) => url.search.includes("done=comment") && url.hash === "#right-data-protection");
        await right.getByText(text).waitFor();
        await right.getByText(ADDED).waitFor();
        expect(await page.getByText(ADDED).count()).toBe(1);
        await shown(page, "right-data-protection");
        // The new thread sits under the right's answer, before the form for the next comment.
        expect(await right.getByLabel(RIGHT_LABEL).inputValue()).toBe("");

        const question = byId(page, "q-2B.3");
        await question.getByLabel(QUESTION_LABEL).fill("   ");
        await question.getByRole("button", { name: "Add comment" }).click();
        await question.getByRole("heading", { name: "There is a problem" }).waitFor();
        expect(await question.locator(".error-message").textContent()).toContain("Write a comment");
        expect(await question.getByRole("link", { name: `${QUESTION_LABEL}: Write a comment` }).getAttribute("href")).toBe("#comment-q-2B.3");
        expect(await question.getByLabel(QUESTION_LABEL).getAttribute("aria-invalid")).toBe("true");
        expect(await page.getByText(ADDED).count()).toBe(0);
        expect(await page.locator(".error-message").count()).toBe(1);
        await shown(page, "q-2B.3");
        await right.getByText(text).waitFor();
        if (!mode.javaScriptEnabled) expect(new URL(page.url()).search).toBe("");
      } finally {
        await b.close();
      }
    }, 180_000);
  }

  it("keeps a comment the server refuses beside its own question, with what was typed and without the earlier confirmation (with JavaScript)", async () => {
    const s = await submittedAssessment();
    const b = await openBrowser();
    try {
      const page = b.page;
      await login(page, "reviewer@oversight.example");
      await page.goto(`/assessments/${s.assessmentId}/review`);
      const right = byId(page, "right-non-discrimination");
      await right.getByLabel("Comment on part 4, the right: Equal treatment and no direct or indirect discrimination").fill("Which groups were tested?");
      await right.getByRole("button", { name: "Add comment" }).click();
      await right.getByText(ADDED).waitFor();

      // Another reviewer concludes the review meanwhile: the next comment is refused by the server.
      const { transitionAssessment } = await import("~/assessments/assessments.server");
      expect(await transitionAssessment(s.reviewer, s.assessmentId, "conclude", { outcome: "adequate", publicSummary: "Fine." })).toMatchObject({ ok: true });
      const question = byId(page, "q-3.2");
      await question.getByLabel("Comment on question 3.2: Human role").fill("How often do staff overrule it?");
      await question.getByRole("button", { name: "Add comment" }).click();
      await question.getByText("Comments can only be added while the assessment is under review.").first().waitFor();
      expect(await question.getByLabel("Comment on question 3.2: Human role").inputValue()).toBe("How often do staff overrule it?");
      expect(await page.getByText(ADDED).count()).toBe(0);
      expect(await page.locator(".error-message").count()).toBe(1);
      // The refused post went to the page's address without the earlier confirmation's key.
      await page.waitForFunction(() => window.location.search === "" && window.location.hash === "#q-3.2", null, { timeout: 10_000 });
    } finally {
      await b.close();
    }
  }, 180_000);
});
