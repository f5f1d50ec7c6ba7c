import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { entryToFormDefaults } from "~/entries/entry-form";
import { formDataToEntry } from "~/entries/entry-schema";
import type { Language } from "~/i18n/languages.mjs";
import { problem } from "~/i18n/problem";
import { renderInLanguage } from "../../tests/support/render-in-language";
import { ProcurementFields } from "./procurement-fields";

const OPTIONS = [
  { value: "s1", label: "ParkSight B.V. (NL-KVK 81234567)" },
  { value: "s2", label: "Routewise Ltd (GB-COH SC123456)" },
];

function render(procurement: object, errors: Record<string, string> = {}, language: Language = "en") {
  const defaults = entryToFormDefaults({ procurement } as never);
  return renderInLanguage(createElement(ProcurementFields, { defaults, errors, supplierOptions: OPTIONS }), language);
}
const namesIn = (html: string) => [...new Set([...html.matchAll(/name="([^"]+)"/g)].map((m) => m[1]))];

describe("ProcurementFields", () => {
  it("only outputs inputs named with procurement.* paths (and the filing form's intent), with empty rows to add suppliers without JavaScript", async () => {
    const html = await render({ inHouse: false, suppliers: [{ supplierId: "s2", role: "hosting" }] });
    const names = namesIn(html).filter((n) => n !== "intent");
    expect(names.every((n) => n.startsWith("procurement."))).toBe(true);
    expect(names).toEqual(
      expect.arrayContaining([
        "procurement.inHouse",
        "procurement.suppliers.0.supplierId",
        "procurement.suppliers.2.role",
        "procurement.withheld.1.field",
        "procurement.currency",
      ]),
    );
    expect(names).not.toContain("procurement.suppliers.3.supplierId");
    expect(html).toMatch(/<option value="s2" selected="">Routewise Ltd/);
    expect(html).toMatch(/name="procurement.inHouse" checked="" value="false"/);
  });

  it("registers a supplier through a button of the filing form, which saves the draft first, never through a link away from it", async () => {
    const html = await render({ inHouse: false });
    expect(html).toMatch(/<button type="submit" name="intent" value="register_supplier"[^>]*>Register a supplier<\/button>/);
    expect(html).not.toContain("/suppliers/new");
    expect(html).toContain("Your draft is saved first");
  });

  it("adds rows beyond those filled in", async () => {
    const suppliers = Array.from({ length: 4 }, () => ({ supplierId: "s1", role: "developer" }));
    expect(namesIn(await render({ inHouse: false, suppliers }))).toContain("procurement.suppliers.5.role");
  });

  it("shows errors at the right row", async () => {
    const html = await render(
      { inHouse: false, suppliers: [{ supplierId: "s1" }] },
      { "procurement.suppliers.0.role": "Choose the supplier’s role", "procurement.currency": "Enter a three-letter currency code such as EUR or NZD" },
    );
    expect(html).toContain('id="f-procurement-suppliers-0-role-error"');
    expect(html).toContain("Choose the supplier’s role");
    expect(html).toMatch(/id="f-procurement-currency"[^>]*aria-invalid="true"/);
  });

  it("in Dutch: Dutch legends and options, and a catalogue reference error shown in Dutch", async () => {
    const html = await render({ inHouse: false }, { "procurement.suppliers": problem("procurement.validation.nameRequired") }, "nl");
    expect(html).toContain("Wie heeft het gebouwd?");
    expect(html).toContain("Leverancier 1");
    expect(html).toContain("Niet-openbaar gegeven 1");
    expect(html).toContain("(maximaal ");
    expect(html).toContain("Vul de naam van de leverancier in");
    expect(html).toContain("Fout:");
    expect(html).not.toContain("Who built it?");
  });

  it("posts back into the entry document (blank rows dropped, radios read as booleans)", async () => {
    const post = new URLSearchParams([
      ["procurement.inHouse", "false"],
      ["procurement.suppliers.0.supplierId", "s1"],
      ["procurement.suppliers.0.role", "developer"],
      ["procurement.suppliers.1.supplierId", ""],
      ["procurement.suppliers.1.role", ""],
      ["procurement.contractValue", "120 000"],
      ["procurement.currency", "EUR"],
      ["procurement.withheld.0.field", "contractValue"],
      ["procurement.withheld.0.reason", "Commercially confidential"],
      ["procurement.withheld.0.legalGround", ""],
      ["procurement.withheld.1.field", ""],
    ]);
    expect(formDataToEntry(post).procurement).toEqual({
      inHouse: false,
      suppliers: [{ supplierId: "s1", role: "developer" }],
      contractValue: 120000,
      currency: "EUR",
      withheld: [{ field: "contractValue", reason: "Commercially confidential" }],
    });
  });
});
