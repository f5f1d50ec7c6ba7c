import { describe, expect, test } from "vitest";
import type { EntryDraft } from "./entry-schema";
import { fromNlStandard, IN_HOUSE_PROVIDER, toNlStandard } from "./nl-standard";

const doc: EntryDraft = {
  name: "Controle aanvragen huurtoeslag",
  descriptionShort: "Markeert aanvragen die een tweede blik nodig hebben.",
  themes: ["housing", "social-security", "public-finance"],
  lifecycle: { status: "out_of_use", beganOn: "2019-01", endedOn: "2024-06" },
  publicationCategory: "B",
  contact: "algoritmes@gemeente.example.nl",
  website: "https://gemeente.example.nl/huurtoeslag",
  goal: "Sneller beslissen.",
  proportionality: "Alternatieven: handmatige controle.",
  humanIntervention: "Een medewerker beslist.",
  risks: "Bias wordt jaarlijks getoetst.",
  lawfulBasis: "Wet op de huurtoeslag",
  lawfulBasisLinks: [{ title: "Wet op de huurtoeslag", link: "https://wetten.overheid.nl/BWBR0008659" }],
  processingRegisterUrl: "https://gemeente.example.nl/avg-register",
  assessmentsText: "DPIA en IAMA uitgevoerd.",
  assessmentLinks: [
    { title: "DPIA", link: "https://gemeente.example.nl/dpia.pdf" },
    { title: "IAMA", link: "https://gemeente.example.nl/iama.pdf" },
  ],
  dataSourcesText: "Basisregistratie Personen.",
  dataSourceLinks: [{ title: "BRP", link: "https://www.rvig.nl/brp" }],
  technicalOperation: "Regels; niet zelflerend.",
  sourceCodeUrl: "https://github.com/example/huurtoeslag",
  language: "nld",
  tags: ["huurtoeslag", "toeslagen"],
  procurement: { inHouse: true, suppliers: [] },
};

describe("toNlStandard", () => {
  test("uses the standard keys and Dutch strings", () => {
    const nl = toNlStandard(doc, { organisationName: "Gemeente Voorbeeld", publicId: "alg-0042", lars: "12345678" });
    expect(nl).toMatchObject({
      name: doc.name,
      organization: "Gemeente Voorbeeld",
      category: ["Wonen", "Sociale zekerheid", "Overheidsfinanciën"],
      status: "Buiten gebruik",
      begin_date: "2019-01",
      end_date: "2024-06",
      contact_email: "algoritmes@gemeente.example.nl",
      publication_category: "Impactvolle algoritmes",
      human_intervention: "Een medewerker beslist.",
      lawful_basis_grouping: [{ title: "Wet op de huurtoeslag", link: "https://wetten.overheid.nl/BWBR0008659" }],
      process_index_url: "https://gemeente.example.nl/avg-register",
      impacttoetsen: "DPIA en IAMA uitgevoerd.",
      methods_and_models: "Regels; niet zelflerend.",
      provider: IN_HOUSE_PROVIDER,
      publiccode: "https://github.com/example/huurtoeslag",
      lang: "nld",
      standard_version: "1.0",
      source_id: "alg-0042",
      tags: "huurtoeslag, toeslagen",
      lars: "12345678",
    });
    expect(Object.keys(nl)).toHaveLength(30);
  });

  test("names the supplier when not built in-house", () => {
    const bought = { ...doc, procurement: { inHouse: false, suppliers: [{ supplierId: "s1", role: "developer" as const }] } };
    expect(toNlStandard(bought, { organisationName: "O", publicId: "p", providerName: "Leverancier BV" }).provider).toBe("Leverancier BV");
    expect(toNlStandard({}, { organisationName: "O", publicId: "p" })).toMatchObject({ provider: null, name: null, category: [], tags: null });
  });
});

describe("fromNlStandard", () => {
  test("round trip keeps every field the standard carries", () => {
    const nl = toNlStandard(doc, {
      organisationName: "Gemeente Voorbeeld",
      publicId: "alg-0042",
      lars: "12345678",
      url: "https://register.example/a/alg-0042",
    });
    const back = fromNlStandard(JSON.parse(JSON.stringify(nl)));
    expect(back.errors).toEqual([]);
    // The organisation's own id, link and the Dutch register's id are kept in the entry.
    expect(back.doc).toEqual({ ...doc, sourceId: "alg-0042", sourceRegisterUrl: "https://register.example/a/alg-0042", dutchRegisterId: "12345678" });
    expect(back).toMatchObject({ organisationName: "Gemeente Voorbeeld", lars: "12345678", sourceId: "alg-0042", url: "https://register.example/a/alg-0042" });
    expect(toNlStandard(back.doc, { organisationName: back.organisationName!, publicId: "another-id" })).toEqual(nl);
  });

  test("round trip of a bought system keeps the provider name", () => {
    const bought = { ...doc, procurement: { inHouse: false, suppliers: [] } };
    const nl = toNlStandard(bought, { organisationName: "O", publicId: "p", providerName: "Leverancier BV" });
    const back = fromNlStandard(nl);
    expect(back.providerName).toBe("Leverancier BV");
    expect(back.doc.procurement).toEqual({ inHouse: false, suppliers: [] });
    expect(toNlStandard(back.doc, { organisationName: "O", publicId: "p", providerName: back.providerName })).toEqual(nl);
  });

  test("reports values outside the standard with their key, warns of unknown keys and reads nulls as empty", () => {
    const result = fromNlStandard({
      name: "Slimme camera",
      description_short: "Telt fietsers.",
      organization: "Gemeente X",
      contact_email: "info@x.example",
      category: ["Verkeer", "Ruimtevaart"],
      status: "in gebruik",
      publication_category: "Superalgoritme",
      lang: "xx",
      goal: null,
      tags: "verkeer,  camera ,",
      lawful_basis_grouping: [{ title: "Wegenverkeerswet", link: null }],
      standard_version: "0.9",
      id: 991,
      extra_field: "not imported",
    });
    expect(result.doc).toMatchObject({
      name: "Slimme camera",
      themes: ["traffic"],
      lifecycle: { status: "in_use" },
      tags: ["verkeer", "camera"],
      lawfulBasisLinks: [{ title: "Wegenverkeerswet" }],
    });
    expect(result.organisationName).toBe("Gemeente X");
    // Dutch strings are matched without regard to case: "in gebruik" is read as in use.
    expect(result.errors).toEqual([
      'category: "Ruimtevaart" is not a value the standard allows',
      'lang: "xx" is not a language code this register knows',
      'standard_version: "0.9" is not 1.0, the version this import reads',
      'publication_category: "Superalgoritme" is not a value the standard allows',
    ]);
    expect(result.warnings).toEqual([
      "id: not a field of the Dutch standard 1.0, not imported",
      "extra_field: not a field of the Dutch standard 1.0, not imported",
    ]);
  });

  test("a field of the wrong type is reported with its key", () => {
    const result = fromNlStandard({ name: { nl: "x" }, description_short: "Kort.", lars: 12345678 });
    expect(result.doc).toMatchObject({ descriptionShort: "Kort.", dutchRegisterId: "12345678" });
    expect(result.lars).toBe("12345678");
    expect(result.errors[0]).toMatch(/^name:/);
    expect(result.errors.filter((e) => e.startsWith("name:"))).toHaveLength(1);
  });

  test("rejects something that is not an object", () => {
    expect(fromNlStandard([1, 2]).errors).toEqual(["Expected a JSON object for one entry"]);
  });
});
