// Cases found by probing the running register from outside (see SECURITY.md, "Probes"): each one
// failed before its fix. The server-level cases (TRACE, chunked bodies, readiness) are in
// tests/browser/server-probes.test.ts, against the real server.
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkSettings, publicOrigin, SettingsError } from "~/config/settings.mjs";
import { loginThrottle } from "~/auth/login-throttle.server";
import { action as feedbackAction } from "~/routes/algorithms.$id_.feedback";
import { loader as entryJsonLoader } from "~/routes/api.v1.entries.$id";
import { loader as entriesApiLoader } from "~/routes/api.v1.entries";
import { loader as feedLoader } from "~/routes/feed[.]atom";
import { action as loginAction, loader as loginLoader } from "~/routes/login";
import { loader as openapiLoader } from "~/routes/api.openapi[.]json";
import { loader as robotsLoader } from "~/routes/robots[.]txt";
import { loader as sitemapLoader } from "~/routes/sitemap[.]xml";
import { loader as newSupplierLoader, action as newSupplierAction } from "~/routes/suppliers.new";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import { db } from "~/utils/db.server";
import { safeRedirect } from "~/utils/http.server";
import { createPublishedEntry } from "../support/entry-factories";
import { createUser, sessionFor, TEST_PASSWORD } from "../support/factories";
import { call, csrfPair, dataOf, formRequest, joinCookies, statusOf } from "../support/requests";

const EVIL = "http://evil.example";
const OFFSITE = [
  "/\t/evil.example",
  "/%09/evil.example",
  "//evil.example",
  "/\\evil.example",
  "/..//evil.example",
  "https://evil.example/",
  "javascript:alert(1)",
  "/\n/evil.example",
  "/\r\n/evil.example",
  " /evil",
];
const MALFORMED = ["/dash\nboard", "/dash\rboard", "/dashboard%0A", "/dashboard%0D%0ASet-Cookie:%20x=1", "/straße/ü", "/\u2028x", "/\u0000"];

afterEach(async () => {
  process.env.PUBLIC_ORIGIN = "http://localhost";
  await loginThrottle.reset();
});

describe("open redirect (finding 1)", () => {
  it("resolves every target with the URL parser and keeps only paths on this site", () => {
    for (const target of OFFSITE) {
      const decoded = target.includes("%") ? decodeURIComponent(target) : target;
      for (const value of [target, decoded]) {
        const resolved = safeRedirect(value);
        expect(resolved, JSON.stringify(value)).toMatch(/^\/(?![/\\])/);
        // What a browser does with the Location header: it must stay on the site.
        expect(new URL(resolved, "https://register.example").origin, JSON.stringify(value)).toBe("https://register.example");
      }
    }
    expect(safeRedirect("/entries/new?copy=1#general")).toBe("/entries/new?copy=1#general");
  });

  it("turns malformed targets into valid Location values instead of a 500", () => {
    for (const target of MALFORMED) {
      const resolved = safeRedirect(decodeURIComponent(target));
      expect(() => new Headers({ Location: resolved }), JSON.stringify(target)).not.toThrow();
      expect(new URL(resolved, "https://register.example").origin).toBe("https://register.example");
    }
  });

  it("after sign-in, sends an off-site redirectTo to the dashboard", async () => {
    const user = await createUser("editor");
    for (const target of [...OFFSITE, ...MALFORMED.map(decodeURIComponent)]) {
      await loginThrottle.reset();
      const { thrown } = await call(loginAction, await formRequest("/login", { email: user.email, password: TEST_PASSWORD, redirectTo: target }));
      expect(statusOf(thrown), JSON.stringify(target)).toBe(302);
      const location = (thrown as Response).headers.get("Location")!;
      expect(new URL(location, "https://register.example").origin, JSON.stringify(target)).toBe("https://register.example");
    }
  });

  it("when already signed in, the login page's redirectTo is resolved the same way", async () => {
    const cookie = await sessionFor((await createUser("editor")).id);
    const request = new Request(`http://localhost/login?redirectTo=${encodeURIComponent("/\t/evil.example")}`, { headers: { Cookie: cookie } });
    const { thrown } = await call(loginLoader, request);
    expect((thrown as Response).headers.get("Location")).toBe("/dashboard");
  });

  it("the supplier form neither renders nor follows an off-site returnTo", async () => {
    const cookie = await sessionFor((await createUser("editor")).id);
    for (const target of ["/\t/evil.example", "/..//evil.example", "/dash\nboard"]) {
      const page = await call(
        newSupplierLoader,
        new Request(`http://localhost/suppliers/new?returnTo=${encodeURIComponent(target)}`, { headers: { Cookie: cookie } }),
      );
      const returnTo = dataOf<{ returnTo: string }>(page.result).returnTo;
      expect(returnTo === "" || new URL(returnTo, "https://register.example").origin === "https://register.example").toBe(true);
      expect(returnTo).not.toMatch(/^\/\/|evil/);
    }
    const { thrown } = await call(
      newSupplierAction,
      await formRequest(
        "/suppliers/new",
        { name: `Probe Supplier ${Date.now()}`, country: "NL", identifierScheme: "", identifier: "", website: "", returnTo: "/\t/evil.example" },
        { cookie },
      ),
    );
    const location = (thrown as Response | null)?.headers.get("Location");
    if (location) expect(new URL(location, "https://register.example").origin).toBe("https://register.example");
  });
});

describe("absolute links come from PUBLIC_ORIGIN, never the Host header (finding 2)", () => {
  it("is required in production and must be an origin", () => {
    expect(() => checkSettings({ NODE_ENV: "production" })).toThrow(/PUBLIC_ORIGIN must be set in production/);
    expect(() => checkSettings({ NODE_ENV: "production", PUBLIC_ORIGIN: "register.example" })).toThrow(SettingsError);
    expect(() => checkSettings({ NODE_ENV: "production", PUBLIC_ORIGIN: "https://register.example/path" })).toThrow(/PUBLIC_ORIGIN must be an origin/);
    expect(() => checkSettings({ NODE_ENV: "production", PUBLIC_ORIGIN: "https://register.example" })).not.toThrow();
  });

  it("builds the staff notification link from the setting when the post says Host: evil.example", async () => {
    process.env.PUBLIC_ORIGIN = "https://register.example";
    const { entry, editor } = await createPublishedEntry();
    const csrf = await csrfPair();
    const body = new URLSearchParams({
      csrf: csrf.token,
      type: "question",
      message: "Where can I read the legal basis?",
      name: "",
      email: "",
      consent: "",
      website: "",
    });
    const request = new Request(`${EVIL}/algorithms/${entry.publicId}/feedback`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: joinCookies(csrf.cookie), Host: "evil.example" },
      body,
    });
    const { thrown } = await call(feedbackAction, request, { id: entry.publicId }, { clientIp: "192.0.2.77" });
    expect(statusOf(thrown)).toBe(302);
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: editor.email }, orderBy: { createdAt: "desc" } });
    expect(mail.text).toContain("https://register.example/en/feedback/");
    expect(mail.text).not.toContain("evil.example");
  });

  it("uses it in the sitemap, robots.txt, feeds, API url fields and the OpenAPI servers", async () => {
    process.env.PUBLIC_ORIGIN = "https://register.example";
    const { entry } = await createPublishedEntry();
    const get = (path: string) => new Request(`${EVIL}${path}`, { headers: { Host: "evil.example" } });
    const texts = [
      await (await sitemapLoader({ request: get("/sitemap.xml"), params: {}, context: {} } as never)).text(),
      await (await robotsLoader()).text(),
      await (await feedLoader({ request: get("/feed.atom"), params: {}, context: {} } as never)).text(),
      await (await entriesApiLoader({ request: get("/api/v1/entries?per_page=1"), params: {}, context: {} } as never)).text(),
      await (await entryJsonLoader({ request: get(`/api/v1/entries/${entry.publicId}`), params: { id: entry.publicId }, context: {} } as never)).text(),
      await (await openapiLoader({ request: get("/api/openapi.json"), params: {}, context: {} } as never)).text(),
    ];
    for (const text of texts) {
      expect(text).toContain("https://register.example");
      expect(text).not.toContain("evil.example");
    }
    expect(JSON.parse(texts[5]).servers).toEqual([{ url: "https://register.example" }]);
    expect(publicOrigin()).toBe("https://register.example");
  });
});

// SQLite only: the full disk is simulated with SQLite's max_page_count.
describe.skipIf(process.env.TEST_ENGINE === "postgresql")("a full disk (finding 5)", () => {
  it("tells the citizen the register cannot save right now, keeps the text, and stores nothing half-way", async () => {
    const { entry } = await createPublishedEntry();
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    // SQLite's own size limit gives the same error as a full disk: "database or disk is full" (SQLITE_FULL).
    // Cap the file at its size, then fill what room is left in its pages.
    await db.$executeRawUnsafe("CREATE TABLE filler (x TEXT)");
    const [{ pages }] = await db.$queryRawUnsafe<Array<{ pages: number | bigint }>>("SELECT page_count AS pages FROM pragma_page_count()");
    await db.$queryRawUnsafe(`PRAGMA max_page_count = ${Number(pages)}`);
    for (let full = false, i = 0; !full && i < 10_000; i++) {
      full = await db.$executeRawUnsafe("INSERT INTO filler VALUES (?)", "x".repeat(100)).then(
        () => false,
        () => true,
      );
    }
    try {
      // Over 4 KB in UTF-8, so storing it needs a new (overflow) page whatever room the table's pages have.
      const message = `Een lange vraag die niet verloren mag gaan: ${"ë".repeat(2800)}`;
      const { result, thrown } = await call(
        feedbackAction,
        await formRequest(`/algorithms/${entry.publicId}/feedback`, { type: "question", message, name: "", email: "", consent: "", website: "" }),
        { id: entry.publicId },
        { clientIp: "192.0.2.78" },
      );
      expect(statusOf(result), String(thrown)).toBe(503);
      const body = dataOf<{ errors: Record<string, string>; values: Record<string, string> }>(result);
      expect(showProblem(textFor("en"), body.errors._form)).toMatch(/cannot save anything right now/);
      expect(body.values.message).toBe(message);
    } finally {
      await db.$queryRawUnsafe("PRAGMA max_page_count = 1073741823");
      await db.$executeRawUnsafe("DROP TABLE filler");
      errors.mockRestore();
    }
    expect(await db.feedbackThread.count({ where: { entryId: entry.id } })).toBe(0);
  });
});
