import { describe, expect, it } from "vitest";
import { publicProcurement } from "./public-procurement";

describe("publicProcurement", () => {
  it("removes withheld fields and keeps the reason", () => {
    const out = publicProcurement({
      inHouse: false,
      suppliers: [{ supplierId: "s1", role: "developer" }],
      contractValue: 120000,
      currency: "EUR",
      withheld: [{ field: "contractValue", reason: "Commercially confidential", legalGround: "Woo art. 5.1(2)(f)" }],
    });
    expect(out).not.toHaveProperty("contractValue");
    expect(out?.currency).toBe("EUR");
    expect(out?.withheld).toEqual([{ field: "contractValue", reason: "Commercially confidential", legalGround: "Woo art. 5.1(2)(f)" }]);
    expect(JSON.stringify(out)).not.toContain("120000");
  });
});
