import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser } from "./support/browser";

const PAYLOAD = `<img src=x onerror="window.__xss=1"><script>window.__xss=1</script><svg onload="window.__xss=1"></svg>[link](javascript:window.__xss=1)`;
const SHORT = `<img src=x onerror=window.__xss=1>`;

/** Publishes, in the server's database, an entry with an XSS payload in every free-text field. */
async function publishHostileEntry() {
  process.env.DATABASE_URL = inject("databaseUrl");
  const { createPublishedEntry } = await import("../support/entry-factories");
  const { FIELDS } = await import("~/entries/standard");
  const textKeys = Object.keys(FIELDS).filter((k) => !k.includes(".") && typeof FIELDS[k as keyof typeof FIELDS] === "object");
  const overrides: Record<string, unknown> = {};
  for (const key of textKeys) {
    if (
      [
        "goal",
        "proportionality",
        "humanIntervention",
        "appeals",
        "risks",
        "lawfulBasis",
        "dataSourcesText",
        "technicalOperation",
        "affectedGroups",
        "assessmentsText",
        "art27Summary",
        "dpiaSummary",
      ].includes(key)
    )
      overrides[key] = PAYLOAD;
  }
  const { entry } = await createPublishedEntry({
    ...overrides,
    name: `XSS test ${SHORT}`.slice(0, 100),
    descriptionShort: `Short ${SHORT}`,
    tags: ["xss-probe"],
    charter: { transparency: PAYLOAD },
    lawfulBasisLinks: [{ title: SHORT, link: "https://example.org/law" }],
  });
  return entry.publicId;
}

describe("hostile input never executes (rendered DOM in Chromium)", () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  let publicId: string;
  const dialogs: string[] = [];

  beforeAll(async () => {
    publicId = await publishHostileEntry();
    b = await openBrowser();
    b.page.on("dialog", async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
  });
  afterAll(async () => b?.close());

  async function expectClean(path: string) {
    const res = await b.page.goto(path);
    expect(res?.status(), path).toBeLessThan(500);
    await b.page.waitForLoadState("networkidle");
    const state = await b.page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss ?? null,
      handlers: document.querySelectorAll("[onerror],[onload],[onclick]").length,
      jsLinks: document.querySelectorAll('a[href^="javascript:"]').length,
      scripts: [...document.querySelectorAll("script")].filter((s) => !s.nonce && !s.src && s.type !== "application/ld+json").length,
    }));
    expect(state, path).toEqual({ xss: null, handlers: 0, jsLinks: 0, scripts: 0 });
  }

  it("on the public entry page", async () => {
    await expectClean(`/algorithms/${publicId}`);
    expect(await b.page.content()).toContain("XSS test");
  });

  it("on the history page", async () => expectClean(`/algorithms/${publicId}/history`));

  it("in search query strings", async () => {
    await expectClean(`/algorithms?q=${encodeURIComponent(PAYLOAD)}`);
    await expectClean(`/algorithms?q=${encodeURIComponent('"><script>window.__xss=1</script>')}&theme=${encodeURIComponent(SHORT)}`);
  });

  it("in the login redirect parameter", async () => {
    await expectClean(`/login?redirectTo=${encodeURIComponent("javascript:window.__xss=1")}`);
  });

  afterAll(() => expect(dialogs).toEqual([]));
});
