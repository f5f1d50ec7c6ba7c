import { describe, expect, it } from "vitest";
import { templateFrom } from "./template";

describe("templateFrom", () => {
  it("keeps the description but drops suppliers, contract, contact and tags", () => {
    const copy = templateFrom({
      name: "Detect benefit fraud",
      goal: "Find wrong payments.",
      contact: "team@a.example",
      tags: ["fraud"],
      lifecycle: { status: "in_use", beganOn: "2022-01" },
      procurement: { inHouse: false, suppliers: [{ supplierId: "s1", role: "developer" }], contractValue: 5000, currency: "EUR", ocid: "ocds-abc123-1" },
      euAiAct: { highRisk: true, euDatabaseUrl: "https://eu.example/1" },
    });
    expect(copy).toMatchObject({ name: "Detect benefit fraud (copy)", goal: "Find wrong payments.", tags: [], lifecycle: { status: "in_development" } });
    expect(copy.contact).toBeUndefined();
    expect(copy.procurement).toEqual({ inHouse: false, suppliers: [] });
    expect(copy.euAiAct).toEqual({ highRisk: true });
  });

  it("drops the other organisation's ids and link in other registers", () => {
    const copy = templateFrom({ name: "Sorteren", sourceId: "ALG-1", sourceRegisterUrl: "https://algoritmes.a.example/1", dutchRegisterId: "12345678" });
    expect(copy).toEqual({ name: "Sorteren (copy)", tags: [], lifecycle: {}, procurement: { inHouse: true, suppliers: [] } });
  });

  it("keeps the name within the limit", () => {
    expect(templateFrom({ name: "x".repeat(100) }).name).toHaveLength(100);
  });
});
