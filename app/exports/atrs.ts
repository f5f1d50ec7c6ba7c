/**
 * An export shaped like the UK Algorithmic Transparency Recording Standard:
 * tier 1 (the short public summary) and the tier 2 groups, each field taken
 * from the entry field that answers the same question. Fields we do not hold
 * are null, never guessed; withheld procurement details stay withheld.
 */
import { declarationsForApi } from "~/data-use/declarations-export";
import type { EntryDraft } from "~/entries/entry-schema";
import { entryRiskLevel } from "~/entries/risk";
import { procurementForExport, type SuppliersById } from "~/procurement/procurement-export";

/** Our lifecycle status → ATRS phase. */
export const ATRS_PHASES = { in_development: "pre-deployment", in_use: "production", out_of_use: "retired" } as const;

/** Which of our fields fills which ATRS field (documentation for users of the export). */
export const ATRS_MAPPING = {
  "tier_1.name": "name",
  "tier_1.description": "descriptionShort",
  "tier_1.website": "website (or the entry's page)",
  "tier_1.contact_email": "contact",
  "tier_1.phase": "lifecycle.status",
  "tier_2.owner_and_responsibility.organisation": "organisation",
  "tier_2.owner_and_responsibility.contact": "deployerContact",
  "tier_2.third_party.suppliers": "procurement.suppliers (public part)",
  "tier_2.third_party.procurement_procedure": "procurement.procedure",
  "tier_2.third_party.supplier_data_access": "procurement.supplierDataAccess",
  "tier_2.description_and_rationale.benefits": "goal",
  "tier_2.description_and_rationale.alternatives_considered": "proportionality",
  "tier_2.deployment_context.process_integration": "humanIntervention",
  "tier_2.deployment_context.frequency_and_scale": "decisionsPerYear",
  "tier_2.deployment_context.appeals_and_review": "appeals",
  "tier_2.tool_specification.architecture": "technicalOperation",
  "tier_2.tool_specification.algorithm_type": "algorithmType",
  "tier_2.development_and_operational_data.description": "dataSourcesText",
  "tier_2.development_and_operational_data.data_sets": "dataDeclarations",
  "tier_2.risks_and_mitigations.risks": "risks",
  "tier_2.impact_assessments": "assessmentLinks + assessmentsText",
} as const;

const or = (v: string | number | undefined | null) => (v === undefined || v === null || v === "" ? null : v);

export function toAtrs(doc: EntryDraft, ctx: { publicId: string; url: string; organisationName: string; suppliers: SuppliersById }) {
  const procurement = procurementForExport(doc, ctx.suppliers).json;
  const status = doc.lifecycle?.status;
  return {
    id: ctx.publicId,
    url: ctx.url,
    tier_1: {
      name: or(doc.name),
      description: or(doc.descriptionShort),
      website: or(doc.website) ?? ctx.url,
      contact_email: or(doc.contact),
      phase: status ? ATRS_PHASES[status] : null,
    },
    tier_2: {
      owner_and_responsibility: {
        organisation: ctx.organisationName,
        team: null,
        senior_responsible_owner: null,
        contact: or(doc.deployerContact),
      },
      third_party: {
        in_house: procurement ? procurement.inHouse : null,
        suppliers: procurement?.suppliers?.map((s) => ({ name: s.name, identifier: s.scheme && s.identifier ? `${s.scheme} ${s.identifier}` : null, role: s.roleLabel })) ?? null,
        procurement_procedure: procurement?.procedure?.label ?? null,
        supplier_data_access: procurement?.supplierDataAccess ?? null,
        withheld: procurement?.withheld ?? [],
      },
      description_and_rationale: {
        benefits: or(doc.goal),
        previous_process: null,
        alternatives_considered: or(doc.proportionality),
      },
      deployment_context: {
        process_integration: or(doc.humanIntervention),
        frequency_and_scale: or(doc.decisionsPerYear),
        appeals_and_review: or(doc.appeals),
        affected_groups: or(doc.affectedGroups),
      },
      tool_specification: {
        architecture: or(doc.technicalOperation),
        algorithm_type: or(doc.algorithmType),
        self_learning: doc.selfLearning ?? null,
        source_code_url: or(doc.sourceCodeUrl),
      },
      development_and_operational_data: {
        description: or(doc.dataSourcesText),
        data_sets: declarationsForApi(doc),
      },
      risks_and_mitigations: {
        risks: or(doc.risks),
        risk_level: entryRiskLevel(doc) ?? null,
        eu_ai_act_high_risk: doc.euAiAct?.highRisk ?? null,
      },
      impact_assessments: {
        summary: or(doc.assessmentsText),
        assessments: (doc.assessmentLinks ?? []).map((l) => ({ name: l.title ?? null, link: l.link ?? null })),
      },
    },
  };
}
