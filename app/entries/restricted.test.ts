import { describe, expect, it } from "vitest";
import { publicView } from "./restricted";

describe("restricted section", () => {
  it("keeps only identifying and contact fields of a restricted entry", () => {
    const doc = publicView({
      name: "Rank border checks",
      descriptionShort: "Ranks travellers for secondary checks.",
      contact: "algorithms@border.example",
      technicalOperation: "Gradient boosted trees on passenger records",
      goal: "Detect irregular travel",
      dataDeclarations: [{ name: "Passenger name records", categories: ["identity-and-national-identifier"] }],
      euAiAct: { highRisk: true, annexIIIArea: "migration_asylum_border", restrictedSection: true },
    } as never);
    expect(doc.name).toBe("Rank border checks");
    expect(doc.contact).toBe("algorithms@border.example");
    expect(doc).not.toHaveProperty("technicalOperation");
    expect(doc).not.toHaveProperty("goal");
    expect(doc).not.toHaveProperty("dataDeclarations");
  });

  it("leaves other entries unchanged", () => {
    const input = { name: "X", goal: "Y", euAiAct: { restrictedSection: false } } as never;
    expect(publicView(input)).toBe(input);
  });
});
