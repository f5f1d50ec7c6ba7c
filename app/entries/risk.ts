/** Risk level, publication category advice and contradictions in an entry. Pure functions; their texts are catalogue references (~/i18n/problem). */
import { ANNEX_III_AREAS, type AlgorithmType, type PublicationCategory } from "~content/vocabularies/entry-enums";
import {
  CHARTER_APPLICATION,
  RISK_MATRIX,
  type CharterApplication,
  type RiskImpact,
  type RiskLevel,
  type RiskLikelihood,
} from "~content/vocabularies/risk-matrix";
import { problem } from "~/i18n/problem";
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
    return { category: "A", reason: problem("standard.risk.reasonEuHighRisk") };
  }
  if (input.riskLevel === "high" || input.riskLevel === "moderate") {
    return {
      category: "B",
      reason: problem("standard.risk.reasonRiskLevel", { level: input.riskLevel }),
    };
  }
  // Cases handled per year are taken as decisions about people unless the editor said otherwise.
  const decidesAboutPeople = input.affectsIndividuals ?? (input.decisionsPerYear !== undefined && input.decisionsPerYear > 0);
  if (decidesAboutPeople) {
    return { category: "B", reason: problem("standard.risk.reasonDecidesAboutPeople") };
  }
  const learns = input.algorithmType === "machine_learning" || input.algorithmType === "generative";
  return {
    category: "C",
    reason: learns ? problem("standard.risk.reasonLearnsNotHighRisk", { type: input.algorithmType }) : problem("standard.risk.reasonNotHighRisk"),
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
      message: problem("standard.risk.euHighRiskNotA"),
    });
  }
  if (category === "C" && entryRiskLevel(doc) === "high") {
    out.push({
      code: "category_c_high_risk",
      field: "publicationCategory",
      message: problem("standard.risk.categoryCHighRisk"),
    });
  }
  const area = ANNEX_III_AREAS.find((a) => a.slug === eu.annexIIIArea);
  if (eu.restrictedSection && !area?.restrictedSection) {
    out.push({
      code: "restricted_outside_area",
      field: "euAiAct.restrictedSection",
      message: problem("standard.risk.restrictedOutsideArea"),
    });
  }
  if (doc.selfLearning === true && doc.algorithmType === "rule_based") {
    out.push({
      code: "self_learning_rule_based",
      field: "selfLearning",
      message: problem("standard.risk.selfLearningRuleBased"),
    });
  }
  if (eu.annexIIIArea && !eu.highRisk) {
    out.push({
      code: "annex_area_not_high_risk",
      field: "euAiAct.annexIIIArea",
      message: problem("standard.risk.annexAreaNotHighRisk"),
    });
  }
  if (doc.lifecycle?.endedOn && doc.lifecycle.status && doc.lifecycle.status !== "out_of_use") {
    out.push({
      code: "end_date_not_out_of_use",
      field: "lifecycle.endedOn",
      message: problem("standard.risk.endDateNotOutOfUse"),
    });
  }
  return out;
}
