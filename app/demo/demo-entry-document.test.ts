import { describe, expect, it } from "vitest";
import { FIELDS } from "~/entries/standard";
import { TRANSLATABLE_FIELDS, type TranslatableField } from "~/entries/translations";
import { DEMO_ENTRIES, DEMO_ORGANISATIONS, type DemoEntry } from "~content/demo/entries";
import { DUTCH_DEMO_TEXTS } from "~content/demo/entries.nl";
import { demoEntryDocument } from "./demo-entry-document";

const countryOf = (e: DemoEntry) => {
  const org = DEMO_ORGANISATIONS.find((o) => o.slug === e.org)!;
  return "country" in org ? org.country : "NL";
};
const dutchOrganisations = DEMO_ENTRIES.filter((e) => countryOf(e) === "NL");

/** A translatable field's text in entries.ts (the demo entries fill some of them). */
const englishText = (e: DemoEntry, field: TranslatableField) => (e as unknown as Partial<Record<TranslatableField, string>>)[field];

/** The public texts a demo entry has in English (the translatable fields it fills). */
const textFieldsOf = (e: DemoEntry) => TRANSLATABLE_FIELDS.filter((f) => Boolean(englishText(e, f)));

// Words that occur in almost any English sentence and in no Dutch one (not "of", "is", "in", "we": Dutch words too).
const ENGLISH_WORDS = /\b(the|and|with|which|this|that|are|from|for|when|not|our|you|your|each|every)\b/i;
const DUTCH_WORDS = /\b(de|het|een|en|van|die|dat|niet|geen|wij|u|uw|op|voor|met|bij|naar|door|om|te|er|is|zijn|wordt|worden|als|aan|ook|elk|elke|tot|na)\b/i;

describe("the demo entries of Dutch organisations", () => {
  it("are filed in Dutch, with Dutch texts for every public text", () => {
    expect(dutchOrganisations.length).toBeGreaterThanOrEqual(25);
    for (const e of dutchOrganisations) {
      const doc = demoEntryDocument(e);
      expect(doc.language, e.name).toBe("nld");
      for (const field of textFieldsOf(e)) {
        const text = doc[field] as string;
        if (e.lang !== "nld") expect(text, `${e.name}: ${field}`).not.toBe(englishText(e, field));
        // A sentence says its language in its small words; a name of a few words need not.
        if (text.split(" ").length > 5) expect(text, `${e.name}: ${field}`).toMatch(DUTCH_WORDS);
        // "Wet WOZ" and "deferred acceptance" are names, not English prose.
        expect(text.replace(/\([^)]*\)/g, ""), `${e.name}: ${field}`).not.toMatch(ENGLISH_WORDS);
        expect(text.length, `${e.name}: ${field}`).toBeLessThanOrEqual(FIELDS[field].max!);
      }
    }
  });

  it("have their data declarations and charter statements in Dutch, for the same declarations, legal grounds and commitments", () => {
    for (const e of dutchOrganisations.filter((x) => x.lang !== "nld")) {
      const doc = demoEntryDocument(e);
      const texts: Array<[string, string, string]> = [];
      expect(doc.dataDeclarations?.length, e.name).toBe(e.dataDeclarations.length);
      for (const [i, d] of e.dataDeclarations.entries()) {
        const dutch = doc.dataDeclarations![i]!;
        expect({ ...dutch, name: "", retention: "", sharedWith: "", legalGrounds: Object.keys(dutch.legalGrounds ?? {}) }, e.name).toEqual({
          ...d,
          categories: [...d.categories],
          name: "",
          retention: "",
          sharedWith: "",
          legalGrounds: Object.keys(d.legalGrounds),
        });
        texts.push([d.name, dutch.name!, "name"], [d.retention, dutch.retention!, "retention"], [d.sharedWith, dutch.sharedWith!, "sharedWith"]);
        for (const [k, v] of Object.entries(d.legalGrounds)) texts.push([v, (dutch.legalGrounds as Record<string, string>)[k]!, `legal ground ${k}`]);
      }
      expect(Object.keys(doc.charter ?? {}).sort(), e.name).toEqual(Object.keys(e.charter).sort());
      for (const [k, v] of Object.entries(e.charter)) texts.push([v, (doc.charter as Record<string, string>)[k]!, `charter ${k}`]);
      for (const [english, dutch, what] of texts) {
        expect(dutch, `${e.name}: ${what}`).not.toBe(english);
        if (dutch.split(" ").length > 5) expect(dutch, `${e.name}: ${what}`).toMatch(DUTCH_WORDS);
        expect(dutch.replace(/\([^)]*\)/g, ""), `${e.name}: ${what}`).not.toMatch(ENGLISH_WORDS);
      }
    }
  });

  it("publish the English texts as the organisation's translation, except about four spread over organisations", () => {
    const untranslated: DemoEntry[] = [];
    for (const e of dutchOrganisations) {
      const doc = demoEntryDocument(e);
      if (e.lang === "nld") continue;
      const english = DUTCH_DEMO_TEXTS[e.name]!.english;
      if (!english) {
        untranslated.push(e);
        expect(doc.translations, e.name).toBeUndefined();
        continue;
      }
      const expected = Object.fromEntries(textFieldsOf(e).map((f) => [f, englishText(e, f)]));
      expect(doc.translations?.en, e.name).toEqual(expected);
    }
    expect(untranslated.length).toBeGreaterThanOrEqual(3);
    expect(untranslated.length).toBeLessThanOrEqual(6);
    expect(new Set(untranslated.map((e) => e.org)).size).toBe(untranslated.length);
  });

  it("have Dutch texts that belong to a demo entry, under distinct Dutch names", () => {
    const names = new Set(DEMO_ENTRIES.map((e) => e.name));
    for (const key of Object.keys(DUTCH_DEMO_TEXTS)) expect(names, key).toContain(key);
    const dutchNames = dutchOrganisations.map((e) => demoEntryDocument(e).name);
    expect(new Set(dutchNames).size).toBe(dutchNames.length);
  });
});

describe("the demo entry of the New Zealand agency", () => {
  it("is filed in English, without a translation", () => {
    const nz = DEMO_ENTRIES.filter((e) => countryOf(e) === "NZ");
    expect(nz.length).toBeGreaterThanOrEqual(1);
    for (const e of nz) {
      const doc = demoEntryDocument(e);
      expect(doc.language).toBe("eng");
      expect(doc.name).toBe(e.name);
      expect(doc.goal).toBe(e.goal);
      expect(doc.translations).toBeUndefined();
    }
  });
});
