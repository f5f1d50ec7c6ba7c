/**
 * New Zealand Algorithm Charter risk matrix, kept as data.
 * The cell-by-cell table could not be confirmed from the Charter text;
 * this is the configurable default from our reference.
 */
import { labelIn, type Language, type Localized } from "./localized";

export const RISK_LIKELIHOODS = [
  {
    slug: "probable",
    label: { en: "Probable", nl: "Waarschijnlijk" },
    description: { en: "Likely to happen at some point in normal use.", nl: "Gebeurt bij normaal gebruik waarschijnlijk een keer." },
  },
  { slug: "occasional", label: { en: "Occasional", nl: "Af en toe" }, description: { en: "Could happen now and then.", nl: "Kan zo nu en dan gebeuren." } },
  {
    slug: "improbable",
    label: { en: "Improbable", nl: "Onwaarschijnlijk" },
    description: { en: "Unlikely, but cannot be ruled out.", nl: "Onwaarschijnlijk, maar niet uit te sluiten." },
  },
] as const satisfies readonly { slug: string; label: Localized; description: Localized }[];

export type RiskLikelihood = (typeof RISK_LIKELIHOODS)[number]["slug"];

export const RISK_IMPACTS = [
  {
    slug: "low",
    label: { en: "Low", nl: "Laag" },
    description: { en: "Small, short-lived effect that is easy to put right.", nl: "Klein, kortdurend effect dat makkelijk te herstellen is." },
  },
  {
    slug: "moderate",
    label: { en: "Moderate", nl: "Gemiddeld" },
    description: {
      en: "Noticeable effect on people, which can be put right with some effort.",
      nl: "Merkbaar effect op mensen, dat met enige moeite te herstellen is.",
    },
  },
  {
    slug: "high",
    label: { en: "High", nl: "Hoog" },
    description: {
      en: "Serious or lasting harm, or harm that is hard to undo.",
      nl: "Ernstige of blijvende schade, of schade die moeilijk terug te draaien is.",
    },
  },
] as const satisfies readonly { slug: string; label: Localized; description: Localized }[];

export type RiskImpact = (typeof RISK_IMPACTS)[number]["slug"];

export type RiskLevel = "low" | "moderate" | "high";

export const RISK_LEVELS = [
  { slug: "low", label: { en: "Low", nl: "Laag" } },
  { slug: "moderate", label: { en: "Moderate", nl: "Gemiddeld" } },
  { slug: "high", label: { en: "High", nl: "Hoog" } },
] as const satisfies readonly { slug: RiskLevel; label: Localized }[];

/** Rows: likelihood. Columns: impact. */
export const RISK_MATRIX = {
  probable: { low: "moderate", moderate: "high", high: "high" },
  occasional: { low: "low", moderate: "moderate", high: "high" },
  improbable: { low: "low", moderate: "low", high: "moderate" },
} as const satisfies Record<RiskLikelihood, Record<RiskImpact, RiskLevel>>;

export type CharterApplication = "could" | "should" | "must";

export const CHARTER_APPLICATION = {
  low: "could",
  moderate: "should",
  high: "must",
} as const satisfies Record<RiskLevel, CharterApplication>;

export const CHARTER_APPLICATION_LABELS = {
  could: {
    label: { en: "Could apply the Charter", nl: "Kan het Charter toepassen" },
    explanation: {
      en: "The risk is low. Applying the Charter is optional, but still good practice.",
      nl: "Het risico is laag. Het Charter toepassen is niet verplicht, maar wel goed gebruik.",
    },
  },
  should: {
    label: { en: "Should apply the Charter", nl: "Hoort het Charter toe te passen" },
    explanation: {
      en: "The risk is moderate. Apply the Charter unless there is a clear reason not to, and record that reason.",
      nl: "Het risico is gemiddeld. Pas het Charter toe, tenzij er een duidelijke reden is om dat niet te doen, en leg die reden vast.",
    },
  },
  must: {
    label: { en: "Must apply the Charter", nl: "Moet het Charter toepassen" },
    explanation: {
      en: "The risk is high. All Charter commitments must be applied and shown in the entry.",
      nl: "Het risico is hoog. Alle toezeggingen van het Charter moeten worden toegepast en in de registratie worden getoond.",
    },
  },
} as const satisfies Record<CharterApplication, { label: Localized; explanation: Localized }>;

export const riskLevelLabel = (slug: string | null | undefined, language: Language) => labelIn(RISK_LEVELS, slug, language);
export const riskLikelihoodLabel = (slug: string | null | undefined, language: Language) => labelIn(RISK_LIKELIHOODS, slug, language);
export const riskImpactLabel = (slug: string | null | undefined, language: Language) => labelIn(RISK_IMPACTS, slug, language);
