/**
 * The search filters, as data: URL parameter, label and how values are named.
 * `indexed` facets are EntryFacet rows (written by indexing.server.ts); the two
 * `derived` ones come from assessments and feedback.
 */
import { ORGANISATION_TYPES } from "~/admin/organisation-schema";
import { DATA_CATEGORIES } from "~content/vocabularies/data-categories";
import { ALGORITHM_TYPES, LIFECYCLE_STATUSES, PUBLICATION_CATEGORIES } from "~content/vocabularies/entry-enums";
import { PROCUREMENT_METHODS } from "~content/vocabularies/procurement";
import { RISK_LEVELS } from "~content/vocabularies/risk-matrix";
import { labelsIn, type Localized } from "~content/vocabularies/localized";
import { THEMES } from "~content/vocabularies/themes";

export type FacetKey =
  | "organisation"
  | "organisation_type"
  | "state"
  | "theme"
  | "lifecycle"
  | "category"
  | "risk_level"
  | "eu_high_risk"
  | "algorithm_type"
  | "supplier"
  | "procedure"
  | "data_category"
  | "assessment"
  | "feedback";

export type FacetDefinition = {
  key: FacetKey;
  label: string;
  kind: "indexed" | "derived";
  /** Fixed labels; facets without them (organisation, supplier) are named from the database. */
  labels?: Record<string, string>;
};

// English facet labels; the vocabularies hold both languages (labelsIn(list, language) in content/vocabularies/localized.ts).
const labelsOf = (list: readonly { slug: string; label: Localized }[]) => labelsIn(list, "en");

export const FACETS: readonly FacetDefinition[] = [
  { key: "organisation", label: "Organisation", kind: "indexed" },
  { key: "organisation_type", label: "Type of organisation", kind: "indexed", labels: Object.fromEntries(ORGANISATION_TYPES.map((t) => [t.value, t.label])) },
  { key: "theme", label: "Theme", kind: "indexed", labels: labelsOf(THEMES) },
  { key: "lifecycle", label: "Status", kind: "indexed", labels: labelsOf(LIFECYCLE_STATUSES) },
  { key: "category", label: "Publication category", kind: "indexed", labels: labelsOf(PUBLICATION_CATEGORIES) },
  { key: "risk_level", label: "Risk level (Algorithm Charter)", kind: "indexed", labels: labelsOf(RISK_LEVELS) },
  { key: "eu_high_risk", label: "High-risk AI system (EU AI Act)", kind: "indexed", labels: { yes: "Yes", no: "No" } },
  { key: "algorithm_type", label: "Type of algorithm", kind: "indexed", labels: labelsOf(ALGORITHM_TYPES) },
  { key: "supplier", label: "Supplier", kind: "indexed" },
  { key: "procedure", label: "Procurement procedure", kind: "indexed", labels: labelsOf(PROCUREMENT_METHODS) },
  { key: "data_category", label: "Personal data used", kind: "indexed", labels: labelsOf(DATA_CATEGORIES) },
  { key: "assessment", label: "Impact assessment", kind: "derived", labels: { yes: "Has a submitted or concluded impact assessment" } },
  { key: "feedback", label: "Public feedback", kind: "derived", labels: { awaiting: "Has questions awaiting an answer" } },
  { key: "state", label: "In the register", kind: "indexed", labels: { published: "Published", archived: "Retired" } },
];

export const FACET_KEYS = FACETS.map((f) => f.key);
