import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VIEWPORTS } from "./support/axe";
import { login, openBrowser, type Page } from "./support/browser";

async function startEmptyEntry(page: Page) {
  await page.goto("/entries/new");
  await page.getByRole("button", { name: "Create draft" }).click();
  await page.waitForURL(/\/entries\/[^/]+\/edit$/);
  return new URL(page.url()).pathname.split("/")[2];
}

/** Whether the element's box lies wholly inside the window as it is scrolled now. */
const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  });

/** The state labels of the section list the reader sees at this width. */
async function sectionStates(page: Page, list: string) {
  return page
    .locator(`${list} li[data-section]`)
    .evaluateAll((items) => Object.fromEntries(items.map((li) => [li.getAttribute("data-section"), li.querySelector(".section-list__state")?.textContent])));
}

const notStarted = {
  general: "Not started",
  responsible_use: "Not started",
  how_it_works: "Not started",
  charter: "Not started",
  risk: "Not started",
  procurement: "Not started",
  data: "Not started",
};

// The filing form is long: the list of sections stays in reach, every section saves where the editor is,
// and the section list counts a section complete only when it was answered and has no problems.
// Desktop with JavaScript, the phone without (nothing here may depend on it).
for (const viewport of VIEWPORTS) {
  const desktop = viewport.name === "desktop";
  const list = desktop ? ".section-nav__wide" : ".section-nav__compact";

  describe(`filing form layout at ${viewport.width}x${viewport.height}${desktop ? "" : ", without JavaScript"}`, () => {
    let b: Awaited<ReturnType<typeof openBrowser>>;
    let entryId = "";
    beforeAll(async () => {
      b = await openBrowser({ javaScriptEnabled: desktop });
      await b.page.setViewportSize({ width: viewport.width, height: viewport.height });
      await login(b.page, "editor@lindewaard.example");
      entryId = await startEmptyEntry(b.page);
    });
    afterAll(async () => b?.close());

    it("shows an empty draft as not started, although 'developed in-house' is pre-selected", async () => {
      const page = b.page;
      expect(await page.getByLabel("Developed in-house", { exact: true }).isChecked()).toBe(true);
      expect(await sectionStates(page, list)).toEqual(notStarted);
      expect(await page.locator(desktop ? ".section-nav__compact" : ".section-nav__wide").isVisible()).toBe(false);
      if (!desktop) {
        // On the phone the list is a closed disclosure that says how far the entry is, and the form starts on the first screen.
        expect(await page.locator(".section-nav__compact summary").textContent()).toContain("0 of 7 complete");
        expect(await page.locator(".section-nav__compact ol").isVisible()).toBe(false);
        expect(await inViewport(page, "#section-general-title")).toBe(true);
      }
    });

    it("keeps the section list in reach from the middle of the form, without covering it", async () => {
      const page = b.page;
      const field = page.getByLabel("Likelihood of unintended harm");
      await field.focus();
      expect(await inViewport(page, "#section-general-title")).toBe(false); // well into the form
      const position = await page.locator(".section-nav").evaluate((el) => getComputedStyle(el).position);
      if (desktop) {
        // Beside the form in its own column: visible, and never over the field that has focus.
        expect(position).toBe("sticky");
        expect(await inViewport(page, `${list} a[href="#section-data"]`)).toBe(true);
        const [nav, focused] = await Promise.all([page.locator(list).boundingBox(), field.boundingBox()]);
        expect(nav!.x + nav!.width).toBeLessThanOrEqual(focused!.x);
        await page.locator(`${list} a[href="#section-data"]`).click();
      } else {
        // Nothing stays on screen over the form; the link at the end of the section leads back to the list.
        expect(position).toBe("static");
        await page.locator("#section-risk").getByRole("link", { name: "Back to the list of sections" }).click();
        expect(await inViewport(page, ".section-nav__compact summary")).toBe(true);
        await page.locator(".section-nav__compact summary").click();
        await page.locator(`${list} a[href="#section-data"]`).click();
      }
      await page.waitForURL(/#section-data$/);
      expect(await inViewport(page, "#section-data-title")).toBe(true);
    });

    it("saves from a middle section and comes back to that section with a confirmation", async () => {
      const page = b.page;
      await page.goto(`/entries/${entryId}/edit`);
      await page.getByLabel("Likelihood of unintended harm").selectOption("improbable");
      await page.getByLabel("Impact of unintended harm").selectOption("low");
      await page.locator("#section-risk").getByRole("button", { name: "Save draft" }).click();
      await page.waitForURL(`**/entries/${entryId}/edit?saved=1&section=risk#section-risk`);
      const notice = page.locator("#section-risk .notice--success");
      expect(await notice.textContent()).toContain("Draft saved. You are back at “Risk and EU AI Act”.");
      expect(await inViewport(page, "#section-risk-title")).toBe(true);
      // One confirmation, where the editor is: not also at the top of the page.
      expect(await page.locator(".notice--success").count()).toBe(1);
      expect(await page.getByLabel("Likelihood of unintended harm").inputValue()).toBe("improbable");
      expect((await sectionStates(page, list)).risk).toBe("Complete");
    });

    it("counts a section with an answer and problems as not complete", async () => {
      const page = b.page;
      await page.getByLabel("Name", { exact: true }).fill("Plan bulky waste rounds");
      await page.getByLabel("Built or supplied by a third party").check();
      if (desktop) {
        // The list follows the answers as they change.
        // Description, status, category and contact: the language is filled in from the organisation.
        await page.getByLabel("Short description").focus();
        await expect.poll(async () => (await sectionStates(page, list)).general).toBe("4 problems");
        expect((await sectionStates(page, list)).procurement).toBe("1 problem");
      }
      await page.locator("#section-general").getByRole("button", { name: "Save draft" }).click();
      await page.waitForURL(/section=general#section-general$/);
      expect(await page.locator("#section-general .notice--success").textContent()).toContain("4 things in this section need attention");
      expect(await sectionStates(page, list)).toEqual({ ...notStarted, general: "4 problems", risk: "Complete", procurement: "1 problem" });
      expect(await page.locator(`${list} li[data-section="general"]`).textContent()).toContain("1 of");
    });
  });
}
