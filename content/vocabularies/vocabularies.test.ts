import { describe, expect, it } from "vitest";
import { ROLE_LABELS } from "~/auth/roles";
import { LANGUAGES } from "~/i18n/languages.mjs";
import * as aia from "./canada-aia";
import { countryName } from "./countries";
import * as data from "./data-categories";
import * as enums from "./entry-enums";
import * as fraia from "./fraia";
import { FRAIA_QUESTIONS, rightName } from "./fraia";
import * as lifeEvents from "./life-events";
import * as procurement from "./procurement";
import * as risk from "./risk-matrix";
import * as themes from "./themes";

/** The fields of a vocabulary item that people read; each must be given in every language. */
const TEXT_FIELDS = new Set([
  "label",
  "description",
  "plain",
  "title",
  "question",
  "guidance",
  "prompt",
  "intro",
  "explanation",
  "summary",
  "rule",
  "requires",
]);

/** Every text field reachable from `value`, with its path, and any that is a bare string instead of a text per language. */
function walk(value: unknown, path: string, found: { path: string; text: unknown }[]) {
  if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}[${i}]`, found));
  if (!value || typeof value !== "object") return;
  for (const [key, v] of Object.entries(value)) {
    if (TEXT_FIELDS.has(key)) found.push({ path: `${path}.${key}`, text: v });
    else walk(v, `${path}.${key}`, found);
  }
}

const MODULES = { aia, data, enums, fraia, lifeEvents, procurement, risk, themes, roles: { ROLE_LABELS } };

describe("vocabularies in both languages", () => {
  const found: { path: string; text: unknown }[] = [];
  for (const [name, mod] of Object.entries(MODULES)) for (const [key, value] of Object.entries(mod)) walk(value, `${name}.${key}`, found);
  for (const [role, label] of Object.entries(ROLE_LABELS)) found.push({ path: `roles.${role}`, text: label });

  it("finds the texts of every vocabulary", () => {
    // Themes, statuses, categories, FRAIA questions, rights, AIA questions and levels, procurement and data lists, roles.
    expect(found.length).toBeGreaterThan(400);
  });

  it("gives every label, description and question in English and Dutch", () => {
    const missing = found.filter(({ text }) => {
      if (!text || typeof text !== "object" || Array.isArray(text)) return true;
      return LANGUAGES.some((language) => {
        const t = (text as Record<string, unknown>)[language];
        return Array.isArray(t) ? t.length === 0 || t.some((line) => typeof line !== "string" || !line.trim()) : typeof t !== "string" || !t.trim();
      });
    });
    expect(missing.map((m) => m.path)).toEqual([]);
  });

  it("uses the Dutch register's own wording for themes and statuses", () => {
    // MinBZK/Algoritmeregister, backend/app/schemas/config/v1_0.json: `category` and `status` permitted values.
    expect(themes.THEMES.map((t) => t.label.nl)).toEqual([
      "Organisatie en bedrijfsvoering",
      "Cultuur en recreatie",
      "Economie",
      "Overheidsfinanciën",
      "Wonen",
      "Internationaal",
      "Migratie en integratie",
      "Natuur en milieu",
      "Onderwijs en wetenschap",
      "Openbare orde en veiligheid",
      "Recht",
      "Ruimte en infrastructuur",
      "Sociale zekerheid",
      "Verkeer",
      "Werk",
      "Zorg en gezondheid",
    ]);
    expect(enums.LIFECYCLE_STATUSES.map((s) => s.label.nl)).toEqual(["In ontwikkeling", "In gebruik", "Buiten gebruik"]);
    expect(themes.themeLabel("traffic", "nl")).toBe("Verkeer");
    expect(themes.themeLabel("traffic", "en")).toBe("Traffic and transport");
    expect(enums.lifecycleStatusLabel("in_use", "nl")).toBe("In gebruik");
  });

  it("names rights, roles and countries in the page's language", () => {
    expect(rightName("data-protection", "nl")).toBe("Bescherming van persoonsgegevens");
    expect(rightName("data-protection", "en")).toBe("Protection of personal data");
    expect(ROLE_LABELS.reviewer.nl).toBe("Beoordelaar (toezichthouder)");
    expect(countryName("NZ", "nl")).toBe("Nieuw-Zeeland");
    expect(countryName("NZ", "en")).toBe("New Zealand");
  });
});

describe("FRAIA / IAMA questions", () => {
  it("keeps the question ids", () => {
    expect(FRAIA_QUESTIONS.map((q) => q.id)).toEqual([
      "1.1", "1.2", "1.3", "1.4", "1.5",
      "2A.1", "2A.2", "2A.3", "2A.4",
      "2B.1", "2B.2", "2B.3", "2B.4",
      "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7",
      "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7",
    ]); // prettier-ignore
  });

  it("maps every question to the IAMA questions of the same number", () => {
    for (const q of FRAIA_QUESTIONS) {
      expect(q.iama.length).toBeGreaterThan(0);
      for (const n of q.iama) expect(n.startsWith(`${q.id}.`)).toBe(true);
    }
  });

  it("has the IAMA's Dutch wording (MinBZK/task-registry, instruments/iama.yaml)", () => {
    const nl = (id: string) => FRAIA_QUESTIONS.find((q) => q.id === id)!;
    expect(nl("1.1").question.nl).toBe(
      "Licht uw voorstel voor het gebruik/de inzet van een algoritme toe. Wat is de aanleiding hiervoor geweest? Voor welk probleem moet het algoritme een oplossing bieden?",
    );
    expect(nl("1.1").title.nl).toBe("Aanleiding en probleemdefinitie");
    expect(nl("1.4").question.nl).toBe(
      "Wat is de wettelijke grondslag van de inzet van dit algoritme en van de beoogde besluiten die genomen zullen worden op basis van dit algoritme?",
    );
    expect(nl("2B.2").question.nl).toBe(
      "Indien het algoritme is ontwikkeld door een externe partij: zijn er heldere afspraken gemaakt over eigenaarschap en beheer van het algoritme? Wat zijn die afspraken?",
    );
    expect(nl("4.1").question.nl).toBe("Wordt er een grondrecht geraakt door het in te zetten algoritme?");
    expect(nl("4.3").title.nl).toBe("Zwaartebepaling");
    expect(nl("4.7").question.nl).toBe(
      "Levert inzet van het algoritme een redelijk evenwicht op tussen de te realiseren doelen en de grondrechten die worden geraakt, en waarom is dat zo?",
    );
    // Questions made of several IAMA questions hold each of them, in order.
    expect(nl("1.3").question.nl).toMatch(
      /^Wat zijn de publieke waarden die de inzet van het algoritme ingeven\?.*Wat zijn de publieke waarden die mogelijk in het gedrang komen door de inzet van het algoritme\?$/,
    );
  });

  it("keeps the English FRAIA wording", () => {
    expect(FRAIA_QUESTIONS[0].question.en).toBe("What is the reason for using this algorithm, and what problem should it solve?");
    expect(FRAIA_QUESTIONS.find((q) => q.id === "4.7")!.question.en).toBe("On balance, is the interference proportionate to what it achieves?");
  });
});
