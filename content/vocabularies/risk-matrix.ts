/**
 * New Zealand Algorithm Charter risk matrix, kept as data.
 * The cell-by-cell table could not be confirmed from the Charter text;
 * this is the configurable default from our reference.
 */

export const RISK_LIKELIHOODS = [
  { slug: "probable", label: "Probable", description: "Likely to happen at some point in normal use." },
  { slug: "occasional", label: "Occasional", description: "Could happen now and then." },
  { slug: "improbable", label: "Improbable", description: "Unlikely, but cannot be ruled out." },
] as const;

export type RiskLikelihood = (typeof RISK_LIKELIHOODS)[number]["slug"];

export const RISK_IMPACTS = [
  { slug: "low", label: "Low", description: "Small, short-lived effect that is easy to put right." },
  { slug: "moderate", label: "Moderate", description: "Noticeable effect on people, which can be put right with some effort." },
  { slug: "high", label: "High", description: "Serious or lasting harm, or harm that is hard to undo." },
] as const;

export type RiskImpact = (typeof RISK_IMPACTS)[number]["slug"];

export type RiskLevel = "low" | "moderate" | "high";

export const RISK_LEVELS = [
  { slug: "low", label: "Low" },
  { slug: "moderate", label: "Moderate" },
  { slug: "high", label: "High" },
] as const satisfies readonly { slug: RiskLevel; label: string }[];

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
    label: "Could apply the Charter",
    explanation: "The risk is low. Applying the Charter is optional, but still good practice.",
  },
  should: {
    label: "Should apply the Charter",
    explanation: "The risk is moderate. Apply the Charter unless there is a clear reason not to, and record that reason.",
  },
  must: {
    label: "Must apply the Charter",
    explanation: "The risk is high. All Charter commitments must be applied and shown in the entry.",
  },
} as const satisfies Record<CharterApplication, { label: string; explanation: string }>;
