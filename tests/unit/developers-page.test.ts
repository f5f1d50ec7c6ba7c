/** The developers page (/about/developers): in both languages, and its worked example uses the addresses the OpenAPI document describes. */
import { describe, expect, it } from "vitest";
import { OPENAPI_DOCUMENT } from "~/api/openapi";
import { listContentPages, loadContentPage } from "~/content/pages.server";

describe("the developers page", () => {
  it("is listed under /about in English and in Dutch", () => {
    expect(listContentPages("pages", "en").map((p) => p.slug)).toContain("developers");
    const dutch = loadContentPage("developers", "pages", "nl")!;
    expect(dutch.language).toBe("nl");
    expect(dutch.title).toBe("Voor ontwikkelaars: registreren via de API");
  });

  it("shows getting a token, filing a draft and submitting it, at documented addresses", () => {
    for (const language of ["en", "nl"] as const) {
      const html = loadContentPage("developers", "pages", language)!.html;
      expect(html).toContain("grant_type=client_credentials");
      const addresses = [...html.matchAll(/https:\/\/register\.example(\/api\/v1\/[\w/-]+)/g)].map((m) => m[1].replace(/\/\d+/, "/{id}"));
      expect(new Set(addresses)).toEqual(new Set(["/api/v1/drafts", "/api/v1/drafts/{id}", "/api/v1/drafts/{id}/submit"]));
      for (const address of addresses) expect(Object.keys(OPENAPI_DOCUMENT.paths)).toContain(address);
    }
  });

  it("points to the Dutch filing API profile and its own document, in both languages and from /api/openapi.json", () => {
    for (const language of ["en", "nl"] as const) {
      const html = loadContentPage("developers", "pages", language)!.html;
      expect(html).toContain('href="/aanleverapi/v1_0/openapi.json"');
      expect(html).toContain("X-Aanleverapi-Not-Stored");
    }
    expect(OPENAPI_DOCUMENT.info.description).toContain("/aanleverapi/v1_0/openapi.json");
  });
});
