/** Risk level, publication category advice and contradictions in an entry. Pure functions. */
import { ALGORITHM_TYPES, ANNEX_III_AREAS, type AlgorithmType, type PublicationCategory } from "~content/vocabularies/entry-enums";
import {
  CHARTER_APPLICATION,
  RISK_MATRIX,
  type CharterApplication,
  type RiskImpact,
  type RiskLevel,
  type RiskLikelihood,
} from "~content/vocabularies/risk-matrix";
import type { EntryDocument, EntryDraft } from "./entry-schema";

export function riskLevel(likelihood: RiskLikelihood, impact: RiskImpact): RiskLevel {
  return RISK_MATRIX[likelihood][impact];
}

/** The entry's risk level, or undefined until both likelihood and impact are set. */
export function entryRiskLevel(doc: EntryDraft | EntryDocument): RiskLevel | undefined {
  const { likelihood, impact } = doc.risk ?? {};
  return likelihood && impact ? riskLevel(likelihood, impact) : undefined;
}

/** Whether the Charter must, should or could be applied at this risk level. */
export function charterApplication(level: RiskLevel): CharterApplication {
  return CHARTER_APPLICATION[level];
}

export type CategoryInput = {
  euHighRisk?: boolean;
  riskLevel?: RiskLevel;
  algorithmType?: AlgorithmType;
  decisionsPerYear?: number;
  /** Whether it takes or supports decisions about people. */
  affectsIndividuals?: boolean;
};

export function suggestCategory(input: CategoryInput): { category: PublicationCategory; reason: string } {
  if (input.euHighRisk) {
    return { category: "A", reason: "It is a high-risk AI system under the EU AI Act." };
  }
  if (input.riskLevel === "high" || input.riskLevel === "moderate") {
    return {
      category: "B",
      reason: `Its risk level on the Charter risk matrix is ${input.riskLevel}.`,
    };
  }
  // Cases handled per year are taken as decisions about people unless the editor said otherwise.
  const decidesAboutPeople = input.affectsIndividuals ?? (input.decisionsPerYear !== undefined && input.decisionsPerYear > 0);
  if (decidesAboutPeople) {
    return { category: "B", reason: "It takes or supports decisions about people." };
  }
  const learns = input.algorithmType === "machine_learning" || input.algorithmType === "generative";
  const type = ALGORITHM_TYPES.find((t) => t.slug === input.algorithmType)?.label.en.toLowerCase();
  return {
    category: "C",
    reason: learns
      ? `It is not high risk and does not decide about people. As it uses ${type}, check that its output never reaches decisions about people.`
      : "It is not high risk and does not take or support decisions about people.",
  };
}

export type Contradiction = {
  code:
    | "eu_high_risk_not_a"
    | "category_c_high_risk"
    | "restricted_outside_area"
    | "self_learning_rule_based"
    | "annex_area_not_high_risk"
    | "end_date_not_out_of_use";
  /** Dotted path of the field to fix. */
  field: string;
  message: string;
};

/** Answers in the entry that disagree with each other. Shown as warnings. */
export function contradictions(doc: EntryDraft | EntryDocument): Contradiction[] {
  const out: Contradiction[] = [];
  const eu = doc.euAiAct ?? {};
  const category = doc.publicationCategory;
  if (eu.highRisk && category && category !== "A") {
    out.push({
      code: "eu_high_risk_not_a",
      field: "publicationCategory",
      message: "It is marked as a high-risk AI system under the EU AI Act, so the publication category should be A.",
    });
  }
  if (category === "C" && entryRiskLevel(doc) === "high") {
    out.push({
      code: "category_c_high_risk",
      field: "publicationCategory",
      message: "The Charter risk level is high, which does not fit category C (other algorithms).",
    });
  }
  const area = ANNEX_III_AREAS.find((a) => a.slug === eu.annexIIIArea);
  if (eu.restrictedSection && !area?.restrictedSection) {
    out.push({
      code: "restricted_outside_area",
      field: "euAiAct.restrictedSection",
      message:
        "Only law enforcement and migration, asylum and border systems go in the restricted section. Choose one of those Annex III areas, or untick the restricted section.",
    });
  }
  if (doc.selfLearning === true && doc.algorithmType === "rule_based") {
    out.push({
      code: "self_learning_rule_based",
      field: "selfLearning",
      message: "A rule-based algorithm does not learn by itself. Change the type of algorithm or the self-learning answer.",
    });
  }
  if (eu.annexIIIArea && !eu.highRisk) {
    out.push({
      code: "annex_area_not_high_risk",
      field: "euAiAct.annexIIIArea",
      message: "An Annex III area is chosen, but the system is not marked as high risk under the EU AI Act.",
    });
  }
  if (doc.lifecycle?.endedOn && doc.lifecycle.status && doc.lifecycle.status !== "out_of_use") {
    out.push({
      code: "end_date_not_out_of_use",
      field: "lifecycle.endedOn",
      message: 'An end month is given, but the status is not "Out of use".',
    });
  }
  return out;
}
