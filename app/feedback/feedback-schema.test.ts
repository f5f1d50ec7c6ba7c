import { describe, expect, it } from "vitest";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import { countLinks, feedbackSchema } from "./feedback-schema";

const valid = { type: "question", message: "Why does this algorithm use my income?", name: "", email: "", website: "" };

describe("feedbackSchema", () => {
  it("accepts a minimal message and reads the consent checkbox", () => {
    const parsed = feedbackSchema.parse({ ...valid, consent: "yes" });
    expect(parsed.consent).toBe(true);
    expect(feedbackSchema.parse(valid).consent).toBe(false);
  });

  it("limits the length of the message and the name", () => {
    expect(feedbackSchema.safeParse({ ...valid, message: "too short" }).success).toBe(false);
    expect(feedbackSchema.safeParse({ ...valid, message: "x".repeat(3001) }).success).toBe(false);
    expect(feedbackSchema.safeParse({ ...valid, message: "x".repeat(3000) }).success).toBe(true);
    expect(feedbackSchema.safeParse({ ...valid, name: "n".repeat(101) }).success).toBe(false);
  });

  it("counts links and refuses more than five", () => {
    const six = Array.from({ length: 6 }, (_, i) => `http://spam${i}.example/x`).join(" ");
    expect(countLinks(six)).toBe(6);
    expect(countLinks("see https://a.example and HTTP://b.example, not ftp://c")).toBe(2);
    const result = feedbackSchema.safeParse({ ...valid, message: six });
    expect(result.success).toBe(false);
    expect(showProblem(textFor("en"), result.error?.issues[0].message ?? "")).toMatch(/at most 5 links/);
    expect(showProblem(textFor("nl"), result.error?.issues[0].message ?? "")).toBe("Uw bericht mag hoogstens 5 links bevatten");
  });

  it("refuses a filled-in honeypot and a malformed email address", () => {
    expect(feedbackSchema.safeParse({ ...valid, website: "http://bot.example" }).success).toBe(false);
    expect(feedbackSchema.safeParse({ ...valid, email: "not-an-email" }).success).toBe(false);
    expect(feedbackSchema.safeParse({ ...valid, type: "praise" }).success).toBe(false);
  });
});
