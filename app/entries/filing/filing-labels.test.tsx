import { describe, expect, it } from "vitest";
import { fieldId } from "~/components/forms";
import { entryToFormDefaults } from "~/entries/entry-form";
import { validateForSubmit, type EntryDraft } from "~/entries/entry-schema";
import { summarize } from "~/forms/summary";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import { renderInLanguage } from "../../../tests/support/render-in-language";
import { filingLabels } from "./filing-labels";
import { FilingSections } from "./filing-sections";

/** A draft with problems in plain fields, link rows, supplier and withheld rows and data sets. */
const draft = {
  name: "Plan bin rounds",
  publicationCategory: "A",
  lifecycle: { status: "in_use", beganOn: "March" },
  lawfulBasisLinks: [{ link: "not a web address" }, { title: "Waste Act" }],
  procurement: {
    inHouse: false,
    suppliers: [{ role: "developer" }, { supplierId: "s1" }],
    contractStart: "1 March 2024",
    contractValue: 1000,
    currency: "EURO",
    withheld: [{ field: "licence" }],
  },
  dataDeclarations: [{ personalData: "identifiable", categories: ["health"] }, { source: "other" }],
} as EntryDraft;

describe("the filing form's error summary", () => {
  const errors = validateForSubmit(draft).errors;
  const en = textFor("en");
  const items = summarize(errors, filingLabels(en));

  it("names every field, inside rows too, as the form's legends and labels do", () => {
    expect(items.every((i) => i.label)).toBe(true);
    const lines = items.map((i) => `${i.label}: ${showProblem(en, i.message)}`);
    expect(lines).toContain("Contract start: Enter a date as YYYY-MM-DD, for example 2024-03-31");
    expect(lines).toContain("Links to the law, link 1, title: Enter a title for the link");
    expect(lines).toContain("Supplier 2, role: Choose the supplier’s role");
    expect(lines).toContain("Withheld detail 1, reason: Give the reason it is withheld");
    expect(lines).toContain("Data set 2, personal data: Say whether the data is personal");
  });

  it("lists them in the order of the inputs on the page, once each", async () => {
    const html = await renderInLanguage(
      <FilingSections defaults={entryToFormDefaults(draft)} live={draft} messages={errors} supplierOptions={[{ value: "s1", label: "S1" }]} />,
    );
    const positions = items.map((i) => html.indexOf(`id="${fieldId(i.name)}"`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(items.map((i) => i.name)).size).toBe(items.length);
    expect(items.length).toBe(Object.keys(errors).length);
  });
});
