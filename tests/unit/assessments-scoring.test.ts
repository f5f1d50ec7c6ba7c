import { describe, expect, it } from "vitest";
import {
  AIA_MITIGATION_MAX,
  AIA_MITIGATION_QUESTIONS,
  AIA_RISK_MAX,
  AIA_RISK_QUESTIONS,
  levelFor,
  mitigationReached,
  scoreAia,
  type AiaQuestion,
} from "~content/vocabularies/canada-aia";
import { ALWAYS_CHECKED_RIGHTS, FRAIA_QUESTIONS, RIGHTS_CLUSTERS } from "~content/vocabularies/fraia";

const scale = (id: string, max: number): AiaQuestion => ({
  id,
  question: { en: id, nl: id },
  options: Array.from({ length: max + 1 }, (_, n) => ({ value: String(n), label: { en: String(n), nl: String(n) }, weight: n })),
});
// Round maxima (risk 20, mitigation 10) so 25/50/75% and 80% fall exactly on whole scores.
const Q = { risk: [scale("r", 20)], mitigation: [scale("m", 10)] };
const level = (risk: number, mitigation = 0) => scoreAia({ r: String(risk), m: String(mitigation) }, Q).level;

describe("Canada-style impact level bands (25/50/75%)", () => {
  it("puts a score of exactly 25% in level I and just above in II", () => {
    expect(level(5)).toBe("I");
    expect(level(6)).toBe("II");
    expect(level(0)).toBe("I");
  });
  it("puts exactly 50% in II and just above in III", () => {
    expect(level(10)).toBe("II");
    expect(level(11)).toBe("III");
  });
  it("puts exactly 75% in III and just above in IV", () => {
    expect(level(15)).toBe("III");
    expect(level(16)).toBe("IV");
    expect(level(20)).toBe("IV");
  });
  it("levelFor agrees on percentages out of 100", () => {
    expect([25, 26, 50, 51, 75, 76].map((s) => levelFor(s, 100))).toEqual(["I", "II", "II", "III", "III", "IV"]);
  });
});

describe("the 80% mitigation rule", () => {
  it("reduces the raw score by 15% when mitigation reaches exactly 80% of its maximum", () => {
    const r = scoreAia({ r: "20", m: "8" }, Q);
    expect(r.mitigationApplied).toBe(true);
    expect(r.rawScore).toBe(20);
    expect(r.score).toBeCloseTo(17, 10);
  });
  it("does not reduce below 80%", () => {
    const r = scoreAia({ r: "20", m: "7" }, Q);
    expect(r.mitigationApplied).toBe(false);
    expect(r.score).toBe(20);
  });
  it("can move a score down a level: 17 (85%) stays IV, 16 × 0.85 = 13.6 (68%) becomes III", () => {
    expect(level(16, 7)).toBe("IV");
    expect(level(16, 8)).toBe("III");
    expect(level(6, 10)).toBe("II"); // 6 × 0.85 = 5.1 → 25.5%
    expect(level(5, 10)).toBe("I"); // 4.25 → 21.25%
  });
  it("uses the real questionnaire's maxima (mitigation max 11: 9 applies, 8 does not)", () => {
    expect(AIA_MITIGATION_MAX).toBe(11);
    expect(mitigationReached(9, AIA_MITIGATION_MAX)).toBe(true);
    expect(mitigationReached(8, AIA_MITIGATION_MAX)).toBe(false);
    const everyMax = Object.fromEntries(
      [...AIA_RISK_QUESTIONS, ...AIA_MITIGATION_QUESTIONS].map((q) => [q.id, [...q.options].sort((a, b) => b.weight - a.weight)[0].value]),
    );
    const r = scoreAia(everyMax);
    expect(r.rawScore).toBe(AIA_RISK_MAX);
    expect(r.mitigationApplied).toBe(true);
    expect(r.level).toBe("IV");
    expect(scoreAia({}).level).toBe("I");
  });
});

describe("FRAIA vocabulary", () => {
  it("has every question id from 1.1 to 4.7, each once", () => {
    const expected = [
      "1.1",
      "1.2",
      "1.3",
      "1.4",
      "1.5",
      "2A.1",
      "2A.2",
      "2A.3",
      "2A.4",
      "2B.1",
      "2B.2",
      "2B.3",
      "2B.4",
      "3.1",
      "3.2",
      "3.3",
      "3.4",
      "3.5",
      "3.6",
      "3.7",
      "4.1",
      "4.2",
      "4.3",
      "4.4",
      "4.5",
      "4.6",
      "4.7",
    ];
    expect(FRAIA_QUESTIONS.map((q) => q.id)).toEqual(expected);
    for (const q of FRAIA_QUESTIONS) expect(q.guidance.en.length).toBeGreaterThan(10);
  });
  it("has four rights clusters and the three always-checked rights in the catalogue", () => {
    expect(RIGHTS_CLUSTERS.map((c) => c.slug)).toEqual(["person", "freedoms", "equality", "procedure"]);
    const flagged = RIGHTS_CLUSTERS.flatMap((c) => c.rights.filter((r) => "alwaysCheck" in r && r.alwaysCheck).map((r) => r.slug));
    expect([...flagged].sort()).toEqual([...ALWAYS_CHECKED_RIGHTS].sort());
  });
});
