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
const ATRS_PHASES = { in_development: "pre-deployment", in_use: "production", out_of_use: "retired" } as const;

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
        suppliers:
          procurement?.suppliers?.map((s) => ({
            name: s.name,
            identifier: s.scheme && s.identifier ? `${s.scheme} ${s.identifier}` : null,
            role: s.roleLabel,
          })) ?? null,
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
