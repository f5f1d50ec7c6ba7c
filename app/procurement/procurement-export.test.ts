import { describe, expect, it } from "vitest";
import type { ProcurementDraft } from "~/entries/procurement-schema";
import { IN_HOUSE_PROVIDER } from "~/entries/nl-standard";
import { PROCUREMENT_CSV_COLUMNS, procurementForExport, providerName, supplierIdsOf } from "./procurement-export";

const SUPPLIERS = {
  s1: { name: "ParkSight B.V.", slug: "parksight-b-v", scheme: "NL-KVK", identifier: "81234567" },
  s2: { name: "Routewise Ltd", slug: "routewise-ltd", scheme: "GB-COH", identifier: "SC123456" },
};

const full: ProcurementDraft = {
  inHouse: false,
  suppliers: [
    { supplierId: "s1", role: "developer" },
    { supplierId: "s2", role: "hosting" },
  ],
  procedure: "framework_call_off",
  ocid: "ocds-abc123-2024-001",
  tenderUrl: "https://tenders.example/123",
  contractReference: "LW-2024-17",
  contractStart: "2024-01-01",
  contractEnd: "2026-12-31",
  contractValue: 987654,
  currency: "EUR",
  modelOwnership: "supplier",
  dataOwnership: "agency",
  supplierDataAccess: "pseudonymised",
  sourceAvailability: "Auditors may inspect the code on request.",
  licence: "Proprietary",
  contractClauses: "EU model contractual AI clauses (high risk)",
};

const doc = (procurement: ProcurementDraft | undefined) => ({ procurement });

describe("procurementForExport", () => {
  it("gives every CSV column, in order, for a complete block", () => {
    const { csv, json } = procurementForExport(doc(full), SUPPLIERS);
    expect(Object.keys(csv)).toEqual([...PROCUREMENT_CSV_COLUMNS]);
    expect(csv).toMatchObject({
      procurement_in_house: "no",
      supplier_names: "ParkSight B.V.; Routewise Ltd",
      supplier_identifiers: "NL-KVK 81234567; GB-COH SC123456",
      supplier_roles: "developer; hosting",
      procurement_procedure: "framework_call_off",
      contract_value: "987654",
      contract_currency: "EUR",
      withheld_fields: "",
    });
    expect(json?.procedure).toEqual({ code: "framework_call_off", ocdsMethod: "selective", label: "Call-off from a framework agreement" });
    expect(json?.suppliers?.[0]).toMatchObject({ slug: "parksight-b-v", role: "developer", roleLabel: "Developer" });
    expect(json?.contractValue).toEqual({ amount: 987654, currency: "EUR" });
  });

  it("leaves withheld fields empty, lists them, and never carries their values", () => {
    const withheld: ProcurementDraft = {
      ...full,
      withheld: [
        { field: "contractValue", reason: "Commercially confidential", legalGround: "Woo art. 5.1(2)(f)" },
        { field: "suppliers", reason: "Security of the system", legalGround: "Woo art. 5.1(2)(d)" },
        { field: "contractClauses", reason: "Negotiation ongoing", legalGround: "Woo art. 5.1(2)(f)" },
      ],
    };
    const { csv, json } = procurementForExport(doc(withheld), SUPPLIERS);
    expect(csv.contract_value).toBe("");
    expect(csv.supplier_names).toBe("");
    expect(csv.contract_clauses).toBe("");
    expect(csv.withheld_fields).toBe("contractValue; suppliers; contractClauses");
    expect(json?.suppliers).toBeNull();
    expect(json?.contractValue).toBeNull();
    expect(json?.withheld.map((w) => w.field)).toEqual(["contractValue", "suppliers", "contractClauses"]);
    const everything = JSON.stringify({ csv, json });
    for (const secret of ["987654", "ParkSight", "81234567", "Routewise", "model contractual"]) expect(everything).not.toContain(secret);
    expect(supplierIdsOf(doc(withheld))).toEqual([]);
    expect(providerName(doc(withheld), SUPPLIERS)).toBeNull();
  });

  it("gives empty cells and no JSON for an entry without a procurement block", () => {
    const { csv, json } = procurementForExport(doc(undefined), SUPPLIERS);
    expect(json).toBeNull();
    expect(Object.values(csv).every((v) => v === "")).toBe(true);
  });
});

describe("providerName", () => {
  it("says Intern ontwikkeld for in-house systems", () => {
    expect(providerName(doc({ inHouse: true, suppliers: [] }), SUPPLIERS)).toBe(IN_HOUSE_PROVIDER);
  });
  it("names the suppliers otherwise", () => {
    expect(providerName(doc(full), SUPPLIERS)).toBe("ParkSight B.V., Routewise Ltd");
    expect(supplierIdsOf(doc(full))).toEqual(["s1", "s2"]);
  });
  it("is empty when there is no procurement block or no known supplier", () => {
    expect(providerName(doc(undefined), SUPPLIERS)).toBeNull();
    expect(providerName(doc({ inHouse: false, suppliers: [{ supplierId: "gone", role: "developer" }] }), SUPPLIERS)).toBeNull();
  });
});
