import { describe, expect, test } from "vitest";
import { problem, showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import type { EntryDraft } from "./entry-schema";
import { charterApplication, contradictions, entryRiskLevel, riskLevel, suggestCategory } from "./risk";

describe("riskLevel", () => {
  test("follows the Charter matrix", () => {
    expect(riskLevel("probable", "low")).toBe("moderate");
    expect(riskLevel("probable", "moderate")).toBe("high");
    expect(riskLevel("occasional", "low")).toBe("low");
    expect(riskLevel("occasional", "high")).toBe("high");
    expect(riskLevel("improbable", "moderate")).toBe("low");
    expect(riskLevel("improbable", "high")).toBe("moderate");
  });

  test("an entry has a level only when both answers are given", () => {
    expect(entryRiskLevel({ risk: { likelihood: "probable", impact: "high" } })).toBe("high");
    expect(entryRiskLevel({ risk: { likelihood: "probable" } })).toBeUndefined();
    expect(entryRiskLevel({})).toBeUndefined();
  });

  test("charter application: high must, moderate should, low could", () => {
    expect(charterApplication("high")).toBe("must");
    expect(charterApplication("moderate")).toBe("should");
    expect(charterApplication("low")).toBe("could");
  });
});

describe("suggestCategory", () => {
  test("EU high-risk is A whatever else", () => {
    expect(suggestCategory({ euHighRisk: true, riskLevel: "low", affectsIndividuals: false }).category).toBe("A");
  });

  test("high or moderate risk is B", () => {
    const high = suggestCategory({ riskLevel: "high" });
    expect(high.category).toBe("B");
    expect(showProblem(textFor("en"), high.reason)).toMatch(/high/);
    expect(suggestCategory({ riskLevel: "moderate", affectsIndividuals: false }).category).toBe("B");
  });

  test("decisions about people make it B, and the reason says so in each language", () => {
    expect(suggestCategory({ riskLevel: "low", affectsIndividuals: true })).toEqual({
      category: "B",
      reason: problem("standard.risk.reasonDecidesAboutPeople"),
    });
    const { reason } = suggestCategory({ riskLevel: "low", affectsIndividuals: true });
    expect(showProblem(textFor("en"), reason)).toBe("It takes or supports decisions about people.");
    expect(showProblem(textFor("nl"), reason)).toBe("Het neemt of ondersteunt besluiten over mensen.");
    expect(suggestCategory({ decisionsPerYear: 5000 }).category).toBe("B");
    expect(suggestCategory({ decisionsPerYear: 5000, affectsIndividuals: false }).category).toBe("C");
  });

  test("otherwise C, with a caution for learning systems", () => {
    expect(suggestCategory({ riskLevel: "low", algorithmType: "rule_based" }).category).toBe("C");
    const ml = suggestCategory({ riskLevel: "low", algorithmType: "machine_learning", affectsIndividuals: false });
    expect(ml.category).toBe("C");
    expect(showProblem(textFor("en"), ml.reason)).toMatch(/machine learning/);
  });
});

describe("contradictions", () => {
  const consistent: EntryDraft = {
    publicationCategory: "A",
    algorithmType: "machine_learning",
    selfLearning: true,
    risk: { likelihood: "probable", impact: "high" },
    euAiAct: { highRisk: true, annexIIIArea: "law_enforcement", restrictedSection: true },
    lifecycle: { status: "out_of_use", endedOn: "2024-01" },
  };
  const codes = (doc: EntryDraft) => contradictions(doc).map((c) => c.code);

  test("a consistent entry has none", () => {
    expect(contradictions(consistent)).toEqual([]);
    expect(contradictions({})).toEqual([]);
  });

  test("EU high-risk but not category A", () => {
    const found = contradictions({ ...consistent, publicationCategory: "B" });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: "eu_high_risk_not_a", field: "publicationCategory" });
  });

  test("category C with a high Charter risk", () => {
    expect(codes({ publicationCategory: "C", risk: { likelihood: "occasional", impact: "high" } })).toEqual(["category_c_high_risk"]);
    expect(codes({ publicationCategory: "C", risk: { likelihood: "occasional", impact: "low" } })).toEqual([]);
  });

  test("restricted section outside law enforcement and migration", () => {
    expect(codes({ ...consistent, euAiAct: { highRisk: true, annexIIIArea: "education", restrictedSection: true } })).toEqual(["restricted_outside_area"]);
    expect(codes({ ...consistent, euAiAct: { highRisk: true, annexIIIArea: "migration_asylum_border", restrictedSection: true } })).toEqual([]);
    expect(codes({ euAiAct: { restrictedSection: true } })).toEqual(["restricted_outside_area"]);
  });

  test("self-learning but rule-based", () => {
    expect(codes({ selfLearning: true, algorithmType: "rule_based" })).toEqual(["self_learning_rule_based"]);
    expect(codes({ selfLearning: false, algorithmType: "rule_based" })).toEqual([]);
  });

  test("Annex III area without EU high-risk", () => {
    const found = contradictions({ euAiAct: { highRisk: false, annexIIIArea: "employment" } });
    expect(found.map((c) => c.code)).toEqual(["annex_area_not_high_risk"]);
    expect(found[0].field).toBe("euAiAct.annexIIIArea");
  });

  test("end month while still in use", () => {
    expect(codes({ lifecycle: { status: "in_use", endedOn: "2024-01" } })).toEqual(["end_date_not_out_of_use"]);
  });
});
