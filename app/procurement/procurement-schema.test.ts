import { describe, expect, it } from "vitest";
import { procurementSchema } from "~/entries/procurement-schema";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";

const errorsOf = (input: Record<string, unknown>) => {
  const result = procurementSchema.safeParse(input);
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), showProblem(textFor("en"), i.message)]));
};
const base = { inHouse: false, suppliers: [{ supplierId: "s1", role: "developer" }] };

describe("procurement validation messages", () => {
  it("accepts a complete, consistent block", () => {
    expect(errorsOf({ ...base, contractStart: "2024-01-01", contractEnd: "2025-01-01", contractValue: 1000, currency: "eur" })).toEqual({});
  });

  it("asks for an ISO 4217 currency", () => {
    expect(errorsOf({ ...base, contractValue: 1000, currency: "EURO" }).currency).toBe("Enter a three-letter currency code such as EUR or NZD");
    expect(errorsOf({ ...base, contractValue: 1000, currency: "XYZ" }).currency).toBe("Enter a three-letter currency code such as EUR or NZD");
    expect(errorsOf({ ...base, contractValue: 1000 }).currency).toBe("Enter the currency of the contract value");
  });

  it("adds https:// to a web address typed without it", () => {
    const parsed = procurementSchema.parse({ ...base, tenderUrl: " tenders.example/1?x=2 " });
    expect(parsed.tenderUrl).toBe("https://tenders.example/1?x=2");
  });

  it("accepts only ISO 4217 codes, in any case", () => {
    expect(procurementSchema.parse({ ...base, contractValue: 10, currency: "nzd" }).currency).toBe("NZD");
    expect(errorsOf({ ...base, contractValue: 10, currency: "ABC" }).currency).toBe("Enter a three-letter currency code such as EUR or NZD");
  });

  it("checks dates and their order", () => {
    expect(errorsOf({ ...base, contractStart: "2024-02-30" }).contractStart).toBe("Enter a date as YYYY-MM-DD, for example 2024-03-31");
    expect(errorsOf({ ...base, contractStart: "31-12-2024" }).contractStart).toBe("Enter a date as YYYY-MM-DD, for example 2024-03-31");
    expect(errorsOf({ ...base, contractStart: "2025-01-01", contractEnd: "2025-01-01" }).contractEnd).toBe(
      "The contract end date must be after the start date",
    );
    expect(errorsOf({ ...base, contractStart: "2025-01-01", contractEnd: "2024-06-30" }).contractEnd).toBe(
      "The contract end date must be after the start date",
    );
  });

  it("checks links, OCIDs and withheld rows", () => {
    expect(errorsOf({ ...base, tenderUrl: "tenders example" }).tenderUrl).toBe("Enter a full web address starting with https://");
    expect(errorsOf({ ...base, tenderUrl: "ftp://tenders.example/1" }).tenderUrl).toBe("Enter a full web address starting with https://");
    expect(errorsOf({ ...base, ocid: "12345" }).ocid).toBe("Enter an OCID such as ocds-abc123-2024-001");
    expect(errorsOf({ ...base, withheld: [{ field: "licence" }] })["withheld.0.reason"]).toBe("Give the reason it is withheld");
  });

  it("needs a supplier unless built in-house or the supplier is withheld", () => {
    expect(errorsOf({ inHouse: false, suppliers: [] }).suppliers).toBe("Add the supplier, or say it was built in-house");
    expect(errorsOf({ inHouse: true, suppliers: [] })).toEqual({});
    expect(errorsOf({ inHouse: false, suppliers: [], withheld: [{ field: "suppliers", reason: "Security" }] })).toEqual({});
    expect(errorsOf({ inHouse: false, suppliers: [{ supplierId: "s1" }] })["suppliers.0.role"]).toBe("Choose the supplier’s role");
  });
});
