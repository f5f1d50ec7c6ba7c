import { describe, expect, it } from "vitest";
import { linkInLanguage } from "./content-links";

describe("links inside content pages", () => {
  it("give root-relative page links the reader's language", () => {
    expect(linkInLanguage("nl", "/algorithms")).toBe("/nl/algorithms");
    expect(linkInLanguage("nl", "/algorithms?q=toeslag#results")).toBe("/nl/algorithms?q=toeslag#results");
    expect(linkInLanguage("nl", "/")).toBe("/nl");
    expect(linkInLanguage("en", "/about/privacy")).toBe("/en/about/privacy");
  });

  it("leave external links, anchors, prefixed links, the API and files as written", () => {
    for (const href of [
      "https://algoritmes.overheid.nl",
      "//example.org/x",
      "mailto:privacy@register.example",
      "#known-limitations",
      "/en/about",
      "/nl/algorithms",
      "/api/v1/entries",
      "/api/openapi.json",
      "/downloads/entries.csv",
      "/feed.atom",
      "/sitemap.xml",
      "/healthz",
    ])
      expect(linkInLanguage("nl", href)).toBe(href);
  });
});
