import { createElement } from "react";
import { renderInLanguage } from "../../tests/support/render-in-language";
import { describe, expect, it } from "vitest";
import { ProcurementBlock } from "./procurement-block";
import { procurementView } from "./procurement-view";

const SUPPLIERS = {
  s1: { id: "s1", name: "ParkSight B.V.", slug: "parksight-b-v", scheme: "NL-KVK", identifier: "81234567", country: "NL", website: null },
};

describe("procurementView and ProcurementBlock", () => {
  it("resolves suppliers and labels", async () => {
    const view = procurementView(
      {
        inHouse: false,
        suppliers: [{ supplierId: "s1", role: "licensor" }],
        procedure: "direct",
        contractValue: 120000,
        currency: "EUR",
        modelOwnership: "supplier",
        supplierDataAccess: "none",
      },
      SUPPLIERS,
    );
    expect(view?.suppliers).toEqual([{ name: "ParkSight B.V.", slug: "parksight-b-v", scheme: "NL-KVK", identifier: "81234567", role: "Licensor" }]);
    expect(view?.details.map((d) => [d.label, d.value])).toEqual([
      ["Procurement procedure", "Direct award"],
      ["Contract value", "€120,000.00"],
      ["Who owns the model", "The supplier"],
      ["Supplier access to personal data", "No access to personal data"],
    ]);
    const html = await renderInLanguage(createElement(ProcurementBlock, { procurement: view }));
    expect(html).toContain('href="/en/suppliers/parksight-b-v"');
    expect(html).toContain("Licensor");
    expect(html).not.toContain("Developed in-house");
  });

  it("says developed in-house explicitly", async () => {
    const html = await renderInLanguage(createElement(ProcurementBlock, { procurement: procurementView({ inHouse: true, suppliers: [] }, SUPPLIERS) }));
    expect(html).toContain("Developed in-house");
  });

  it("shows the reason and legal ground of withheld fields, never their values", async () => {
    const view = procurementView(
      {
        inHouse: false,
        suppliers: [{ supplierId: "s1", role: "developer" }],
        contractValue: 456789,
        currency: "EUR",
        licence: "Secret Licence 9",
        withheld: [
          { field: "contractValue", reason: "Commercially confidential", legalGround: "Woo art. 5.1(2)(f)" },
          { field: "suppliers", reason: "Security", legalGround: "Woo art. 5.1(2)(d)" },
          { field: "licence", reason: "Trade secret", legalGround: "" },
        ],
      },
      SUPPLIERS,
    );
    const html = await renderInLanguage(createElement(ProcurementBlock, { procurement: view }));
    expect(html).toContain("Withheld: Commercially confidential (Woo art. 5.1(2)(f))");
    expect(html).toContain("Withheld: Security (Woo art. 5.1(2)(d))");
    expect(html).toContain("Withheld: Trade secret");
    for (const secret of ["456789", "456,789", "ParkSight", "81234567", "Secret Licence"]) {
      expect(html).not.toContain(secret);
      expect(JSON.stringify(view)).not.toContain(secret);
    }
  });

  it("in Dutch: Dutch block text, amounts in Dutch notation and links to the Dutch supplier page", async () => {
    const view = procurementView(
      { inHouse: true, suppliers: [{ supplierId: "s1", role: "hosting" }, { supplierId: "gone" }], contractValue: 120000, currency: "EUR" },
      SUPPLIERS,
      "nl",
    );
    expect(view?.details.find((d) => d.field === "contractValue")?.value).toMatch(/^€\s120\.000,00$/);
    const html = await renderInLanguage(createElement(ProcurementBlock, { procurement: view }), "nl");
    expect(html).toContain("Inkoop en leveranciers");
    expect(html).toContain("Intern ontwikkeld, met hulp van deze leveranciers:");
    expect(html).toContain("Leverancier niet meer geregistreerd");
    expect(html).toContain('href="/nl/suppliers/parksight-b-v"');
    expect(html).not.toContain("Developed in-house");
  });
});
