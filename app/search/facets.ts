/**
 * The search filters, as data: URL parameter, label and how values are named.
 * `indexed` facets are EntryFacet rows (written by indexing.server.ts); the two
 * `derived` ones come from assessments and feedback.
 */
import { ORGANISATION_TYPES } from "~/admin/organisation-schema";
import { organisationTypeLabel } from "~/organisations/organisation-type";
import { DATA_CATEGORIES } from "~content/vocabularies/data-categories";
import { ALGORITHM_TYPES, LIFECYCLE_STATUSES, PUBLICATION_CATEGORIES } from "~content/vocabularies/entry-enums";
import { PROCUREMENT_METHODS } from "~content/vocabularies/procurement";
import { RISK_LEVELS } from "~content/vocabularies/risk-matrix";
import { THEMES } from "~content/vocabularies/themes";
import { labelsBySlug } from "~/i18n/in-language";
import type { Language } from "~/i18n/languages.mjs";
import { textFor, type Text } from "~/i18n/text";

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
  kind: "indexed" | "derived";
  /**
   * Fixed labels in a language, in display order; facets without them (organisation, supplier) are
   * named from the database. The facet's own name is `t.discovery.facets[key]`.
   */
  labels?: (language: Language) => Record<string, string>;
};

const fixed = (pick: (values: Text["discovery"]["facetValues"]) => Record<string, string>) => (language: Language) =>
  pick(textFor(language).discovery.facetValues);
const organisationTypes = (language: Language) => Object.fromEntries(ORGANISATION_TYPES.map((t) => [t.value, organisationTypeLabel(t.value, language)]));
const vocabulary = (list: Parameters<typeof labelsBySlug>[0]) => (language: Language) => labelsBySlug(list, language);

export const FACETS: readonly FacetDefinition[] = [
  { key: "organisation", kind: "indexed" },
  { key: "organisation_type", kind: "indexed", labels: organisationTypes },
  { key: "theme", kind: "indexed", labels: vocabulary(THEMES) },
  { key: "lifecycle", kind: "indexed", labels: vocabulary(LIFECYCLE_STATUSES) },
  { key: "category", kind: "indexed", labels: vocabulary(PUBLICATION_CATEGORIES) },
  { key: "risk_level", kind: "indexed", labels: vocabulary(RISK_LEVELS) },
  { key: "eu_high_risk", kind: "indexed", labels: fixed((v) => ({ yes: v.yes, no: v.no })) },
  { key: "algorithm_type", kind: "indexed", labels: vocabulary(ALGORITHM_TYPES) },
  { key: "supplier", kind: "indexed" },
  { key: "procedure", kind: "indexed", labels: vocabulary(PROCUREMENT_METHODS) },
  { key: "data_category", kind: "indexed", labels: vocabulary(DATA_CATEGORIES) },
  { key: "assessment", kind: "derived", labels: fixed((v) => ({ yes: v.assessed })) },
  { key: "feedback", kind: "derived", labels: fixed((v) => ({ awaiting: v.awaiting })) },
  { key: "state", kind: "indexed", labels: fixed((v) => ({ published: v.published, archived: v.archived })) },
];

const labelCache = new Map<string, Record<string, string>>();

/** A facet's value labels in a language (built once per facet and language). */
export function facetLabels(key: FacetKey, language: Language): Record<string, string> {
  const cacheKey = `${language}:${key}`;
  let labels = labelCache.get(cacheKey);
  if (!labels) {
    labels = FACETS.find((f) => f.key === key)?.labels?.(language) ?? {};
    labelCache.set(cacheKey, labels);
  }
  return labels;
}

export const FACET_KEYS = FACETS.map((f) => f.key);

/** The `supplier` facet value written for entries built in-house (see app/search/indexing.server.ts). */
export const IN_HOUSE_FACET = "in-house";
