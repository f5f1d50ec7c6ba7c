import { describe, expect, it } from "vitest";
import { SUPPLIER_ID_SCHEMES } from "~content/vocabularies/procurement";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import { identifierProblem, normaliseIdentifier } from "./supplier-ids";
import { supplierSchema } from "./supplier-schema";

const CASES: Record<string, { valid: string[]; invalid: string[] }> = {
  "NL-KVK": { valid: ["12345678", "1234 5678", "01234567"], invalid: ["1234567", "123456789", "1234567A", "KVK12345"] },
  "GB-COH": { valid: ["01234567", "SC123456", "sc 123456", "NI123456"], invalid: ["1234567", "S1234567", "SC12345", "SC1234567", "ABC12345"] },
  "GB-CHC": { valid: ["123456", "1234567"], invalid: ["12345", "12345678", "12A456"] },
  "BE-BCE_KBO": { valid: ["0123456789", "0123.456.789"], invalid: ["123456789", "01234567890"] },
  "DE-CR": { valid: ["Amtsgericht Berlin (Charlottenburg) HRB 123456"], invalid: ["", "   "] },
  "XI-LEI": { valid: ["5299000EXAMPLE000042", "5299000example000042"], invalid: ["5299000EXAMPLE00004", "5299000EXAMPLE0000420", "5299000EXAMPLE-00042!"] },
  other: { valid: ["anything 123"], invalid: [""] },
};

const en = (message: string | null) => message && showProblem(textFor("en"), message);
const nl = (message: string | null) => message && showProblem(textFor("nl"), message);

describe("supplier identifiers per scheme", () => {
  it("has examples for every scheme in the vocabulary", () => {
    expect(Object.keys(CASES).sort()).toEqual(SUPPLIER_ID_SCHEMES.map((s) => s.scheme).sort());
  });

  for (const [scheme, { valid, invalid }] of Object.entries(CASES)) {
    for (const id of valid) it(`${scheme} accepts "${id}"`, () => expect(identifierProblem(scheme, id)).toBeNull());
    for (const id of invalid) {
      it(`${scheme} refuses "${id}" with a message naming the scheme`, () => {
        const message = identifierProblem(scheme, id);
        expect(en(message)).toContain(scheme);
        expect(nl(message)).toContain(scheme);
      });
    }
  }

  it("gives the rule and an example", () => {
    expect(en(identifierProblem("NL-KVK", "1234"))).toBe("A Netherlands Chamber of Commerce (KVK) number (NL-KVK) has 8 digits, for example 12345678");
    expect(en(identifierProblem("GB-COH", "S12"))).toBe(
      "A UK Companies House number (GB-COH) has 8 characters: 8 digits, or 2 letters and 6 digits, for example SC123456",
    );
  });

  it("gives the rule and an example in Dutch", () => {
    expect(nl(identifierProblem("NL-KVK", "1234"))).toBe("Een KvK-nummer (NL-KVK) heeft 8 cijfers, bijvoorbeeld 12345678");
    expect(nl(identifierProblem("NL-KVK", " "))).toBe("Vul het registratienummer van de leverancier in (NL-KVK)");
  });

  it("refuses an unknown scheme", () => {
    expect(en(identifierProblem("XX-NOPE", "1"))).toBe("Choose the identifier scheme");
  });

  it("stores compact identifiers without spaces, dots or case differences, and keeps free-text ones", () => {
    expect(normaliseIdentifier("NL-KVK", " 1234 5678 ")).toBe("12345678");
    expect(normaliseIdentifier("GB-COH", "sc-123456")).toBe("SC123456");
    expect(normaliseIdentifier("BE-BCE_KBO", "0123.456.789")).toBe("0123456789");
    expect(normaliseIdentifier("DE-CR", "  Amtsgericht  Köln HRB 1 ")).toBe("Amtsgericht Köln HRB 1");
  });
});

describe("supplierSchema", () => {
  const base = { name: "ParkSight B.V.", scheme: "NL-KVK", identifier: "8123 4567", country: "nl", website: "https://parksight.example" };

  it("accepts a complete supplier and normalises the identifier and country", () => {
    const result = supplierSchema.safeParse(base);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ identifier: "81234567", country: "NL" });
  });

  it("treats empty optional fields as missing", () => {
    const result = supplierSchema.safeParse({ ...base, country: "", website: "" });
    expect(result.data).toMatchObject({ country: undefined, website: undefined });
  });

  const errorsOf = (input: Record<string, unknown>) => {
    const result = supplierSchema.safeParse(input);
    return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), showProblem(textFor("en"), i.message)]));
  };

  it("explains each problem at its field", () => {
    expect(errorsOf({ ...base, name: " " }).name).toBe("Enter the supplier’s name");
    expect(errorsOf({ ...base, scheme: "" }).scheme).toBe("Choose the identifier scheme");
    expect(errorsOf({ ...base, identifier: "1234" }).identifier).toContain("(NL-KVK) has 8 digits");
    expect(errorsOf({ ...base, country: "UK" }).country).toBe("Enter a two-letter country code (ISO 3166-1), for example NL or GB");
    expect(errorsOf({ ...base, country: "EU" }).country).toBeDefined();
    expect(errorsOf({ ...base, website: "javascript:alert(1)" }).website).toContain("https://");
    expect(errorsOf({ ...base, website: "parksight example" }).website).toContain("https://");
  });

  it("adds https:// to a website typed without it", () => {
    expect(supplierSchema.parse({ ...base, website: "parksight.example/about" }).website).toBe("https://parksight.example/about");
  });
});
