import { describe, expect, test } from "vitest";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import { emptyEntry, entryDraftSchema, formDataToEntry, normalizeFormValues, sanitizeDraft, sanitizeDraftReport, type EntryDraft } from "./entry-schema";
import * as schema from "./entry-schema";
import { entryToFormDefaults } from "./entry-form";

// The schemas' messages are catalogue references; these tests read them as an English page shows them.
const en = textFor("en");
const english = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([key, message]) => [key, showProblem(en, message)]));
const validateForSubmit = (doc: unknown) => {
  const result = schema.validateForSubmit(doc);
  return { ...result, errors: english(result.errors) };
};
const validateDraft = (doc: unknown) => english(schema.validateDraft(doc));
const looksPersonal = (email: string) => {
  const message = schema.looksPersonal(email);
  return message === null ? null : showProblem(en, message);
};

function validDoc(): EntryDraft {
  return {
    name: "Checking housing benefit applications",
    descriptionShort: "Flags applications that need a second look by a caseworker.",
    themes: ["housing", "social-security"],
    lifecycle: { status: "in_use", beganOn: "2022-03" },
    publicationCategory: "B",
    contact: "algorithms@example.govt.nz",
    language: "eng",
    goal: "Faster handling of applications.",
    humanIntervention: "A caseworker decides every application.",
    appeals: "Object within six weeks through the online form.",
    lawfulBasisLinks: [{ title: "Housing Benefit Act", link: "https://wetten.overheid.nl/BWBR0008659" }],
  };
}

describe("web addresses without a scheme", () => {
  test("get https:// in every URL field, in a saved draft as on submit", () => {
    const form = new FormData();
    form.set("lawfulBasisLinks.0.title", "Housing Act");
    form.set("lawfulBasisLinks.0.link", "wetten.overheid.nl/BWBR0008659");
    form.set("euAiAct.euDatabaseUrl", "www.eu-database.example/entry/1");
    form.set("procurement.tenderUrl", "//tenders.example/7");
    const draft = formDataToEntry(form);
    expect(draft.lawfulBasisLinks?.[0].link).toBe("https://wetten.overheid.nl/BWBR0008659");
    expect(draft.euAiAct?.euDatabaseUrl).toBe("https://www.eu-database.example/entry/1");
    expect(draft.procurement?.tenderUrl).toBe("https://tenders.example/7");
    const submitted = validateForSubmit({ ...validDoc(), assessmentLinks: [{ title: "DPIA", link: "example.org/dpia" }] });
    expect(submitted.ok).toBe(true);
    expect(submitted.data?.assessmentLinks?.[0].link).toBe("https://example.org/dpia");
  });

  test("leave anything that is not a bare host name alone, so it is still reported", () => {
    const result = validateForSubmit({
      ...validDoc(),
      lawfulBasisLinks: [{ title: "Act", link: "not a url" }],
      dataSourceLinks: [{ title: "D", link: "mailto:x@example.org" }],
    });
    expect(result.errors["lawfulBasisLinks.0.link"]).toMatch(/https/);
    expect(result.errors["dataSourceLinks.0.link"]).toMatch(/https/);
    expect(validateForSubmit({ ...validDoc(), lawfulBasisLinks: [{ title: "Act", link: "http://example.org" }] }).data?.lawfulBasisLinks?.[0].link).toBe(
      "http://example.org",
    );
  });
});

describe("limits", () => {
  test("a name of 100 characters is accepted and 101 is rejected", () => {
    expect(validateForSubmit({ ...validDoc(), name: "a".repeat(100) }).ok).toBe(true);
    const result = validateForSubmit({ ...validDoc(), name: "a".repeat(101) });
    expect(result.ok).toBe(false);
    expect(result.errors.name).toBe("Use 100 characters or fewer");
  });

  test("short description is limited to 400 (the standard since 2025; 350 before) and methods to 5000", () => {
    expect(validateForSubmit({ ...validDoc(), descriptionShort: "a".repeat(350) }).ok).toBe(true);
    expect(validateForSubmit({ ...validDoc(), descriptionShort: "a".repeat(400) }).ok).toBe(true);
    expect(validateForSubmit({ ...validDoc(), descriptionShort: "a".repeat(401) }).errors.descriptionShort).toBeDefined();
    expect(validateForSubmit({ ...validDoc(), technicalOperation: "a".repeat(5000) }).ok).toBe(true);
    expect(validateForSubmit({ ...validDoc(), technicalOperation: "a".repeat(5001) }).errors.technicalOperation).toBeDefined();
  });

  test("at most 3 themes; search words up to 2,500 characters together, as the standard counts its tags string", () => {
    const fourThemes = validateForSubmit({ ...validDoc(), themes: ["housing", "work", "law", "economy"] });
    expect(fourThemes.errors.themes).toMatch(/no more than 3/);
    // 250 words of 8 characters joined with ", " make 2,498 characters: many words, and long ones, are fine.
    const many = Array.from({ length: 250 }, (_, i) => `word${String(i).padStart(4, "0")}`);
    expect(many.join(", ")).toHaveLength(2498);
    expect(validateForSubmit({ ...validDoc(), tags: many }).ok).toBe(true);
    expect(validateForSubmit({ ...validDoc(), tags: ["a".repeat(200)] }).ok).toBe(true);
    expect(validateForSubmit({ ...validDoc(), tags: [...many, "ab"] }).errors.tags).toMatch(/2500 characters or fewer/);
    expect(validateDraft({ tags: [...many, "ab"] }).tags).toMatch(/2500 characters or fewer/);
  });

  test("titles of links about data and assessments may be 500 characters (the standard), of the law 100", () => {
    const title = "t".repeat(500);
    const doc = { ...validDoc(), dataSourceLinks: [{ title, link: "https://example.org" }], assessmentLinks: [{ title, link: "https://example.org" }] };
    expect(validateForSubmit(doc).ok).toBe(true);
    const errors = validateForSubmit({ ...doc, dataSourceLinks: [{ title: `${title}t`, link: "https://example.org" }] }).errors;
    expect(errors["dataSourceLinks.0.title"]).toBe("Use 500 characters or fewer");
  });

  test("link titles are limited to 100 characters, with dotted error paths", () => {
    const result = validateForSubmit({
      ...validDoc(),
      lawfulBasisLinks: [
        { title: "ok", link: "https://example.org" },
        { title: "t".repeat(101), link: "not a url" },
      ],
    });
    expect(result.errors["lawfulBasisLinks.1.title"]).toBe("Use 100 characters or fewer");
    expect(result.errors["lawfulBasisLinks.1.link"]).toMatch(/https:\/\//);
    expect(result.errors["lawfulBasisLinks.0.link"]).toBeUndefined();
  });

  test("charter statements are limited to 1000 characters", () => {
    const result = validateForSubmit({ ...validDoc(), charter: { transparency: "a".repeat(1001) } });
    expect(result.errors["charter.transparency"]).toBeDefined();
  });
});

describe("contact", () => {
  test.each(["jan.jansen@gemeente.nl", "j.smith@agency.govt.nz", "jp.van.dijk@minbzk.nl", "Aroha_Ngata@msd.govt.nz"])("%s looks personal", (email) => {
    expect(looksPersonal(email)).toMatch(/team address/);
  });

  test.each(["algorithms@example.govt.nz", "privacy.office@council.nz", "data-team@agency.gov.uk", "info@gemeente.nl"])("%s is a team address", (email) => {
    expect(looksPersonal(email)).toBeNull();
  });

  test("the strict schema rejects a personal address and accepts a team address or web page", () => {
    const personal = validateForSubmit({ ...validDoc(), contact: "jan.jansen@gemeente.nl" });
    expect(personal.ok).toBe(false);
    expect(personal.errors.contact).toMatch(/team email address/);
    expect(validateForSubmit({ ...validDoc(), contact: "algoritmes@gemeente.nl" }).ok).toBe(true);
    expect(validateForSubmit({ ...validDoc(), contact: "https://example.govt.nz/contact" }).ok).toBe(true);
    expect(validateForSubmit({ ...validDoc(), contact: "call us" }).errors.contact).toMatch(/email address/);
  });
});

describe("required fields", () => {
  test("an empty entry lists every required field", () => {
    const result = validateForSubmit(emptyEntry());
    expect(result.ok).toBe(false);
    expect(Object.keys(result.errors)).toEqual(
      expect.arrayContaining(["name", "descriptionShort", "lifecycle.status", "publicationCategory", "contact", "language"]),
    );
  });

  test("goal, human involvement and appeals are required for A and B only", () => {
    const { goal, humanIntervention, appeals, ...rest } = validDoc();
    const b = validateForSubmit({ ...rest, publicationCategory: "B" });
    expect(Object.keys(b.errors).sort()).toEqual(["appeals", "goal", "humanIntervention"]);
    expect(validateForSubmit({ ...rest, publicationCategory: "A" }).errors.goal).toMatch(/categories A and B/);
    expect(validateForSubmit({ ...rest, publicationCategory: "C" }).ok).toBe(true);
  });

  test("conditional and basic errors are reported together", () => {
    const result = validateForSubmit({ publicationCategory: "A" });
    expect(result.errors.name).toBeDefined();
    expect(result.errors.goal).toBeDefined();
  });

  test("the end month cannot be before the start month", () => {
    const result = validateForSubmit({ ...validDoc(), lifecycle: { status: "out_of_use", beganOn: "2023-05", endedOn: "2023-04" } });
    expect(result.errors["lifecycle.endedOn"]).toMatch(/after the start month/);
    expect(validateForSubmit({ ...validDoc(), lifecycle: { status: "out_of_use", beganOn: "2023-05", endedOn: "2023-05" } }).ok).toBe(true);
    expect(validateForSubmit({ ...validDoc(), lifecycle: { status: "in_use", beganOn: "2023-13" } }).errors["lifecycle.beganOn"]).toBeDefined();
  });

  test("procurement defaults to in-house", () => {
    const result = validateForSubmit(validDoc());
    expect(result.ok && result.data.procurement).toEqual({ inHouse: true, suppliers: [] });
  });
});

describe("drafts", () => {
  test("a draft keeps invalid values as typed", () => {
    const input = {
      name: "n".repeat(150),
      website: "not a url",
      lifecycle: { beganOn: "last spring" },
      decisionsPerYear: "about a thousand",
      contact: "jan.jansen@gemeente.nl",
      reviewDueOn: "2025-02-30",
    };
    expect(entryDraftSchema.safeParse(input).success).toBe(false);
    const { draft, dropped } = sanitizeDraftReport(input);
    expect(draft).toEqual(input);
    expect(dropped).toEqual([]);
    expect(validateDraft(draft)).toEqual({ name: "Use 100 characters or fewer" });
    const submit = validateForSubmit(draft);
    expect(submit.errors.website).toBeDefined();
    expect(submit.errors.decisionsPerYear).toMatch(/number/);
    expect(submit.errors.reviewDueOn).toBeDefined();
  });

  test("values of the wrong type are removed and reported, the rest kept", () => {
    const { draft, dropped } = sanitizeDraftReport({
      name: "Kept",
      themes: ["housing", "not-a-theme"],
      charter: { people: "We asked them.", unknown: "x" },
      publicationCategory: "D",
      selfLearning: "maybe",
      goal: null,
      extra: true,
    });
    expect(draft).toEqual({ name: "Kept", themes: ["housing"], charter: { people: "We asked them." } });
    expect(dropped.map((d) => d.path).sort()).toEqual(["charter.unknown", "extra", "publicationCategory", "selfLearning", "themes.1"]);
  });

  test("validation of something that is not an object fails without throwing", () => {
    expect(validateForSubmit(null).ok).toBe(false);
    expect(validateForSubmit("x").errors._form).toBeDefined();
  });

  test("a draft that is not an object becomes empty", () => {
    expect(sanitizeDraft("nonsense")).toEqual({});
    expect(sanitizeDraft(null)).toEqual({});
  });

  test("the empty entry is a valid draft", () => {
    expect(validateDraft(emptyEntry("nld"))).toEqual({});
    expect(emptyEntry("nld").language).toBe("nld");
  });
});

describe("formDataToEntry", () => {
  const post = () => {
    const form = new FormData();
    const add = (k: string, v: string) => form.append(k, v);
    add("intent", "save");
    add("csrf", "token");
    add("name", "Prioritising building inspections");
    add("descriptionShort", "Ranks buildings by fire risk.\r\nInspectors choose which to visit.");
    add("themes", "housing");
    add("themes", "public-order-and-safety");
    add("lifecycle.status", "in_use");
    add("lifecycle.beganOn", "2021-09");
    add("lifecycle.endedOn", "");
    add("publicationCategory", "B");
    add("contact", "inspections@council.example.nz");
    add("website", "");
    add("language", "eng");
    add("goal", "Use inspection time where the risk is highest.");
    add("humanIntervention", "Inspectors decide.");
    add("appeals", "Owners can ask for a review.");
    add("lawfulBasisLinks.0.title", "Building Act 2004");
    add("lawfulBasisLinks.0.link", "https://www.legislation.govt.nz/act/public/2004/0072/latest/");
    add("lawfulBasisLinks.1.title", ""); // the spare empty row
    add("lawfulBasisLinks.1.link", "");
    add("algorithmType", "machine_learning");
    add("selfLearning", "false");
    add("decisionsPerYear", "12 500");
    add("charter.transparency", "Explained on our website.");
    add("charter.people", "");
    add("risk.likelihood", "occasional");
    add("risk.impact", "moderate");
    add("euAiAct.highRisk", "false");
    add("euAiAct.restrictedSection", "false");
    add("euAiAct.restrictedSection", "on");
    add("tags", "fire, inspection");
    add("procurement.inHouse", "false");
    add("procurement.suppliers.0.supplierId", "sup_123");
    add("procurement.suppliers.0.role", "developer");
    add("procurement.contractStart", "2021-01-01");
    add("procurement.contractEnd", "2024-12-31");
    add("procurement.contractValue", "250000");
    add("procurement.currency", "NZD");
    add("dataDeclarations.0.name", "Building register");
    add("dataDeclarations.0.source", "own-records");
    add("dataDeclarations.0.personalData", "identifiable");
    add("dataDeclarations.0.categories", "contact-and-address");
    add("dataDeclarations.0.categories", "health");
    add("dataDeclarations.0.legalGrounds.health", "Art. 9(2)(g) GDPR with the Building Act");
    add("dataDeclarations.0.use", "both");
    add("__proto__.polluted", "yes");
    return form;
  };

  test("parses a realistic form post", () => {
    const doc = formDataToEntry(post());
    expect(doc).toEqual({
      name: "Prioritising building inspections",
      descriptionShort: "Ranks buildings by fire risk.\nInspectors choose which to visit.",
      themes: ["housing", "public-order-and-safety"],
      lifecycle: { status: "in_use", beganOn: "2021-09" },
      publicationCategory: "B",
      contact: "inspections@council.example.nz",
      language: "eng",
      goal: "Use inspection time where the risk is highest.",
      humanIntervention: "Inspectors decide.",
      appeals: "Owners can ask for a review.",
      lawfulBasisLinks: [{ title: "Building Act 2004", link: "https://www.legislation.govt.nz/act/public/2004/0072/latest/" }],
      algorithmType: "machine_learning",
      selfLearning: false,
      decisionsPerYear: 12500,
      charter: { transparency: "Explained on our website." },
      risk: { likelihood: "occasional", impact: "moderate" },
      euAiAct: { highRisk: false, restrictedSection: true },
      tags: ["fire", "inspection"],
      procurement: {
        inHouse: false,
        suppliers: [{ supplierId: "sup_123", role: "developer" }],
        contractStart: "2021-01-01",
        contractEnd: "2024-12-31",
        contractValue: 250000,
        currency: "NZD",
      },
      dataDeclarations: [
        {
          name: "Building register",
          source: "own-records",
          personalData: "identifiable",
          categories: ["contact-and-address", "health"],
          legalGrounds: { health: "Art. 9(2)(g) GDPR with the Building Act" },
          use: "both",
        },
      ],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(validateForSubmit(doc).ok).toBe(true);
  });

  test("URLSearchParams work the same, and a mistyped number is kept", () => {
    const doc = formDataToEntry(new URLSearchParams("name=X&decisionsPerYear=lots&themes=law"));
    expect(doc).toEqual({ name: "X", decisionsPerYear: "lots", themes: ["law"] });
  });

  test("form defaults turn back into the same document", () => {
    const doc = formDataToEntry(post());
    expect(sanitizeDraft(normalizeFormValues(entryToFormDefaults(doc)))).toEqual({
      ...doc,
      euAiAct: { highRisk: false, restrictedSection: true },
    });
    const defaults = entryToFormDefaults({});
    expect(defaults.name).toBe("");
    expect(defaults.charter.partnership).toBe("");
    expect(defaults.procurement.inHouse).toBe(true);
  });
});

describe("data declarations", () => {
  const withData = (declaration: Record<string, unknown>) =>
    validateForSubmit({
      ...validDoc(),
      dataDeclarations: [{ name: "Client files", source: "own-records", personalData: "identifiable", use: "deciding", ...declaration }],
    });

  test("a special category without a legal ground is an error naming the category", () => {
    const result = withData({ categories: ["health", "income-and-assets", "ethnicity-or-nationality"], legalGrounds: { health: "Art. 9(2)(h)" } });
    expect(result.errors["dataDeclarations.0.legalGrounds.ethnicity-or-nationality"]).toMatch(/Ethnic origin or nationality.*art\. 9/);
    expect(result.errors["dataDeclarations.0.legalGrounds.health"]).toBeUndefined();
    expect(Object.keys(result.errors)).toHaveLength(1);
  });

  test("criminal data needs an art. 10 ground", () => {
    expect(withData({ categories: ["criminal-records"] }).errors["dataDeclarations.0.legalGrounds.criminal-records"]).toMatch(/art\. 10/);
  });

  test("no categories when there is no personal data", () => {
    expect(withData({ personalData: "none", categories: ["housing"] }).errors["dataDeclarations.0.categories"]).toBeDefined();
    expect(withData({ personalData: "none", categories: [] }).ok).toBe(true);
  });
});

describe("procurement", () => {
  const withProcurement = (procurement: Record<string, unknown>) =>
    validateForSubmit({ ...validDoc(), procurement: { inHouse: false, suppliers: [{ supplierId: "s1", role: "licensor" }], ...procurement } });

  test("the contract end must be after the start", () => {
    expect(withProcurement({ contractStart: "2024-06-01", contractEnd: "2024-05-31" }).errors["procurement.contractEnd"]).toMatch(/after the start/);
    expect(withProcurement({ contractStart: "2024-06-01", contractEnd: "2025-05-31" }).ok).toBe(true);
  });

  test("currency must be an ISO 4217 code", () => {
    expect(withProcurement({ contractValue: 1000, currency: "EUX" }).errors["procurement.currency"]).toMatch(/currency code/);
    expect(withProcurement({ contractValue: 1000 }).errors["procurement.currency"]).toBeDefined();
    const ok = withProcurement({ contractValue: 1000, currency: "eur" });
    expect(ok.ok && ok.data.procurement.currency).toBe("EUR");
  });

  test("a bought system needs a supplier, unless withheld", () => {
    expect(withProcurement({ suppliers: [] }).errors["procurement.suppliers"]).toBeDefined();
    expect(withProcurement({ suppliers: [], withheld: [{ field: "suppliers", reason: "National security", legalGround: "Woo 5.1" }] }).ok).toBe(true);
  });
});
