import { describe, expect, test } from "vitest";
import { toNlStandard } from "~/entries/nl-standard";
import type { EntryDraft } from "~/entries/entry-schema";
import { declarationCsvRows, declarationsForApi, toNlSourceData } from "./declarations-export";

const doc: EntryDraft = {
  name: "Housing allowance check",
  dataDeclarations: [
    {
      name: "Applications",
      source: "person-themselves",
      sourceDetail: "Online form",
      personalData: "identifiable",
      categories: ["income-and-assets", "health", "criminal-records"],
      legalGrounds: { health: "Art. 9(2)(b) GDPR", "criminal-records": "Art. 10 GDPR with the Benefits Act" },
      retention: "7 years",
      sharedWith: "Tax authority",
      use: "deciding",
    },
    { name: "Average rents", source: "open-data", personalData: "none", use: "training" },
  ],
};

describe("declarations for the JSON API", () => {
  test("no declarations is null (not stated), never an empty list", () => {
    expect(declarationsForApi({})).toBeNull();
    expect(declarationsForApi({ dataDeclarations: [] })).toBeNull();
  });

  test("each data set with its categories, flags and legal grounds", () => {
    const api = declarationsForApi(doc)!;
    expect(api).toHaveLength(2);
    expect(api[0].categories).toEqual([
      { slug: "income-and-assets", label: "Income and assets", special: false, criminal: false, legal_ground: null },
      { slug: "health", label: "Health", special: true, criminal: false, legal_ground: "Art. 9(2)(b) GDPR" },
      { slug: "criminal-records", label: "Criminal records and offences", special: false, criminal: true, legal_ground: "Art. 10 GDPR with the Benefits Act" },
    ]);
    expect(api[1]).toMatchObject({ name: "Average rents", personal_data: "none", categories: [], use: "training" });
  });
});

describe("CSV rows", () => {
  test("one row per data set, slugs joined with semicolons", () => {
    const rows = declarationCsvRows(doc, { publicId: "12345678", url: "https://r.example/algorithms/12345678", organisation: "Gemeente X" });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      categories: "income-and-assets;health;criminal-records",
      special_categories: "health;criminal-records",
      legal_grounds: "health: Art. 9(2)(b) GDPR; criminal-records: Art. 10 GDPR with the Benefits Act",
    });
    expect(rows[1]).toMatchObject({ dataset_name: "Average rents", personal_data: "none", categories: "", special_categories: "" });
    expect(declarationCsvRows({}, { publicId: "1", url: "u", organisation: "o" })).toEqual([]);
  });
});

describe("Dutch standard source_data", () => {
  test("the editor's own text and links win", () => {
    const own = { ...doc, dataSourcesText: "Basisregistratie Personen.", dataSourceLinks: [{ title: "BRP", link: "https://brp.example" }] };
    expect(toNlSourceData(own)).toEqual({ source_data: "Basisregistratie Personen.", source_data_grouping: [{ title: "BRP", link: "https://brp.example" }] });
  });

  test("without own text, the declarations are written out, and toNlStandard uses them", () => {
    const { source_data } = toNlSourceData(doc);
    expect(source_data).toContain(
      "- Applications (source: The person themselves: Online form; personal data: identifiable; kinds of personal data: income and assets, health, criminal records and offences; used for: deciding)",
    );
    expect(source_data).toContain("- Average rents (source: Open data; personal data: no personal data; used for: training)");
    expect(toNlStandard(doc, { organisationName: "X", publicId: "1" }).source_data).toBe(source_data);
    expect(toNlSourceData({})).toEqual({ source_data: null, source_data_grouping: [] });
  });
});
