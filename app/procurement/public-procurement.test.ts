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

describe("publicProcurement: every withheld field", () => {
  it("removes the supplier list and any other withheld field, ignoring rows that name no field", () => {
    const out = publicProcurement({
      inHouse: false,
      suppliers: [{ supplierId: "secret-supplier", role: "developer" }],
      procedure: "direct",
      ocid: "ocds-abc123-1",
      licence: "Secret licence",
      withheld: [
        { field: "suppliers", reason: "Security", legalGround: "Woo art. 5.1(2)(d)" },
        { field: "licence", reason: "Trade secret", legalGround: "" },
        { reason: "A row without a field" },
      ],
    });
    expect(out).not.toHaveProperty("suppliers");
    expect(out).not.toHaveProperty("licence");
    expect(out).toMatchObject({ inHouse: false, procedure: "direct", ocid: "ocds-abc123-1" });
    expect(out?.withheld.map((w) => w.field)).toEqual(["suppliers", "licence"]);
    expect(JSON.stringify(out)).not.toMatch(/secret-supplier|Secret licence/);
  });

  it("answers null when there is no procurement block", () => {
    expect(publicProcurement(undefined)).toBeNull();
    expect(publicProcurement(null)).toBeNull();
  });
});
