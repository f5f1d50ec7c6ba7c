import { describe, expect, it } from "vitest";
import { linkParts } from "./linkify";

describe("linkParts", () => {
  it("links web addresses with and without a scheme and keeps the text around them", () => {
    expect(linkParts("See https://example.org/rules?a=1. Or www.overheid.nl, thanks")).toEqual([
      { text: "See " },
      { text: "https://example.org/rules?a=1", href: "https://example.org/rules?a=1" },
      { text: ". Or " },
      { text: "www.overheid.nl", href: "https://www.overheid.nl" },
      { text: ", thanks" },
    ]);
  });

  it("never links scripts, data, mail or protocol-relative addresses", () => {
    for (const text of ["javascript:alert(1)", "data:text/html,<b>x</b>", "mailto:a@example.org", "write to a@example.org", "//evil.example/x"]) {
      expect(linkParts(text).filter((p) => p.href)).toEqual([]);
    }
  });

  it("gives plain text back whole", () => {
    expect(linkParts("A case worker checks every case.\nYou can object.")).toEqual([{ text: "A case worker checks every case.\nYou can object." }]);
  });
});
