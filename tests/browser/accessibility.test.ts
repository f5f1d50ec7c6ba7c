import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeFailures, runAxe, serious } from "./support/axe";
import { login, openBrowser } from "./support/browser";
import { A11Y_PUBLIC_PAGES, A11Y_STAFF_PAGES, resolveDynamicPages } from "./support/pages";

// Every public page and every filing/review page, in Chromium at desktop and phone width, checked with axe-core:
// no serious or critical WCAG 2.1 A/AA violation.
describe("accessibility (axe-core)", () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => b?.close());

  it("detects violations (the check is not vacuous)", async () => {
    await b.page.goto("/about");
    await b.page.waitForLoadState("networkidle"); // after hydration, so React keeps the added node
    await b.page.evaluate(() => {
      const img = document.createElement("img");
      img.src = "/favicon.svg";
      document.querySelector("main")!.appendChild(img);
    });
    expect(serious(await runAxe(b.page)).map((v) => v.id)).toContain("image-alt");
  });

  it("public pages have no serious or critical violations", async () => {
    const pages = await resolveDynamicPages(A11Y_PUBLIC_PAGES);
    const failures = await axeFailures(b.page, pages, (path, status) =>
      expect(status, path).toBe(path === "/does-not-exist" || path.startsWith("/account/set-password/") ? 404 : 200),
    );
    expect(failures).toEqual([]);
  }, 240_000);

  for (const [role, email] of [
    ["editor", "editor@lindewaard.example"],
    ["approver", "approver@lindewaard.example"],
    ["reviewer", "reviewer@oversight.example"],
    ["admin", "admin@register.example"],
  ] as const) {
    it(`${role} pages have no serious or critical violations`, async () => {
      const session = await openBrowser();
      try {
        await login(session.page, email);
        const pages = await resolveDynamicPages(A11Y_STAFF_PAGES[role]);
        const failures = await axeFailures(session.page, pages, (path, status) => expect(status, path).toBeLessThan(400));
        expect(failures).toEqual([]);
      } finally {
        await session.close();
      }
      // Each page is checked at two widths; the review page alone holds about 30 forms.
    }, 240_000);
  }
});
