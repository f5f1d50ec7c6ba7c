/**
 * Field limits and structure of a register entry, defined once; their labels, hints and section
 * titles are in the message catalogue (app/i18n/standard.*.ts, `t.standard`), keyed by field id.
 * Limits follow the Dutch publication standard 1.0 where it has the field;
 * the rest (appeals, affected groups, charter, tags, procurement, data) are ours.
 * Forms, validation, the Dutch standard mapping, the API description and
 * public pages all read from here. A field with an `input` kind is a plain
 * value: adding one here gives it a schema leaf, a form input and (with `nl`)
 * a place in the Dutch standard import and export, with nothing else to edit.
 */
import { CHARTER_COMMITMENTS, type CharterCommitmentId } from "~content/vocabularies/entry-enums";
import { problem, type MessageKey } from "~/i18n/problem";

export const STANDARD_VERSION = "1.0";

export const LIMITS = {
  name: 100,
  // 400 since the standard's version of 2025-08-29 (350 before): an entry accepts either.
  descriptionShort: 400,
  organisation: 100,
  contact: 500,
  longText: 2500,
  technicalOperation: 5000,
  provider: 200,
  linkTitle: 100,
  /** Titles of links about data (500 in the standard) and about assessments (no limit there). */
  groupingTitle: 500,
  url: 2048,
  maxThemes: 3,
  maxLinks: 25,
  appeals: 2500,
  affectedGroups: 1000,
  charterStatement: 1000,
  /** The search words together, joined with ", " as the standard's `tags` string. */
  tags: 2500,
  sourceId: 100,
  dutchRegisterId: 100,
  changeNote: 500,
  annexContact: 500,
  // procurement
  maxSuppliers: 20,
  supplierId: 100,
  ocid: 100,
  contractReference: 200,
  shortText: 1000,
  licence: 200,
  maxWithheld: 30,
  withheldReason: 1000,
  legalGround: 500,
  // data declarations
  maxDataDeclarations: 50,
  dataName: 200,
  sourceDetail: 500,
  legalGroundText: 1000,
  retention: 500,
  sharedWith: 1000,
} as const;

export const SECTIONS = [
  { id: "general" },
  { id: "responsible_use" },
  { id: "how_it_works" },
  { id: "charter" },
  { id: "risk" },
  { id: "procurement" },
  { id: "data" },
] as const;

export type SectionId = (typeof SECTIONS)[number]["id"];

/**
 * How a plain field is stored and entered: one line of text, a paragraph
 * (Markdown), a web address, a month (YYYY-MM), a day (YYYY-MM-DD) or a
 * whole number. Fields without one (choices, lists, nested blocks) are built by hand.
 */
export type FieldInput = "line" | "paragraph" | "url" | "month" | "day" | "count";

/** What `countWhen` may look at; the entry schema's types derive from FIELDS, so FIELDS cannot use them. */
type DraftFacts = {
  lifecycle?: { status?: string };
  euAiAct?: { highRisk?: boolean };
  procurement?: { inHouse?: boolean };
};

export type FieldMeta = {
  max?: number;
  section: SectionId;
  input?: FieldInput;
  /** The message when a required field is empty (a catalogue key). */
  missing?: MessageKey;
  /** Key in the Dutch standard 1.0 JSON, when the standard has the field. */
  nl?: string;
  /** The standard allows the tags in NL_HTML_TAGS in this field; in its other text fields it allows none. */
  nlHtml?: true;
  /** `category_ab`: required for publication categories A and B only. */
  required?: "always" | "category_ab";
  /** Count the field for completeness only when this holds (default: always). */
  countWhen?: (doc: DraftFacts) => boolean;
};

const supplierBuilt = (d: DraftFacts) => d.procurement?.inHouse === false;

const BASE_FIELDS = {
  // general
  name: {
    max: LIMITS.name,
    section: "general",
    input: "line",
    missing: "standard.validation.missing.name",
    nl: "name",
    required: "always",
  },
  descriptionShort: {
    max: LIMITS.descriptionShort,
    section: "general",
    input: "paragraph",
    missing: "standard.validation.missing.descriptionShort",
    nl: "description_short",
    required: "always",
  },
  themes: {
    max: LIMITS.maxThemes,
    section: "general",
    nl: "category",
  },
  "lifecycle.status": {
    section: "general",
    missing: "standard.validation.missing.lifecycleStatus",
    nl: "status",
    required: "always",
  },
  "lifecycle.beganOn": {
    section: "general",
    input: "month",
    nl: "begin_date",
  },
  "lifecycle.endedOn": {
    section: "general",
    input: "month",
    nl: "end_date",
    countWhen: (d) => d.lifecycle?.status === "out_of_use",
  },
  publicationCategory: {
    section: "general",
    missing: "standard.validation.missing.publicationCategory",
    nl: "publication_category",
    required: "always",
  },
  contact: {
    max: LIMITS.contact,
    section: "general",
    input: "line",
    missing: "standard.validation.missing.contact",
    nl: "contact_email",
    required: "always",
  },
  website: {
    max: LIMITS.url,
    section: "general",
    input: "url",
    nl: "website",
  },
  language: {
    section: "general",
    missing: "standard.validation.missing.language",
    nl: "lang",
    required: "always",
  },
  tags: {
    max: LIMITS.tags,
    section: "general",
    nl: "tags",
    nlHtml: true,
  },
  lifeEvents: {
    section: "general",
  },
  reviewDueOn: {
    section: "general",
    input: "day",
  },
  sourceId: {
    max: LIMITS.sourceId,
    section: "general",
    input: "line",
    nl: "source_id",
    countWhen: () => false,
  },
  sourceRegisterUrl: {
    max: LIMITS.url,
    section: "general",
    input: "url",
    nl: "url",
    countWhen: () => false,
  },
  dutchRegisterId: {
    max: LIMITS.dutchRegisterId,
    section: "general",
    input: "line",
    nl: "lars",
    countWhen: () => false,
  },

  // responsible use
  goal: {
    max: LIMITS.longText,
    section: "responsible_use",
    input: "paragraph",
    missing: "standard.validation.missing.goal",
    nl: "goal",
    nlHtml: true,
    required: "category_ab",
  },
  affectedGroups: {
    max: LIMITS.affectedGroups,
    section: "responsible_use",
    input: "paragraph",
  },
  proportionality: {
    max: LIMITS.longText,
    section: "responsible_use",
    input: "paragraph",
    nl: "proportionality",
    nlHtml: true,
  },
  humanIntervention: {
    max: LIMITS.longText,
    section: "responsible_use",
    input: "paragraph",
    missing: "standard.validation.missing.humanIntervention",
    nl: "human_intervention",
    nlHtml: true,
    required: "category_ab",
  },
  appeals: {
    max: LIMITS.appeals,
    section: "responsible_use",
    input: "paragraph",
    missing: "standard.validation.missing.appeals",
    required: "category_ab",
  },
  risks: {
    max: LIMITS.longText,
    section: "responsible_use",
    input: "paragraph",
    nl: "risks",
    nlHtml: true,
  },
  lawfulBasis: {
    max: LIMITS.longText,
    section: "responsible_use",
    input: "paragraph",
    nl: "lawful_basis",
    nlHtml: true,
  },
  lawfulBasisLinks: {
    max: LIMITS.maxLinks,
    section: "responsible_use",
    nl: "lawful_basis_grouping",
  },
  processingRegisterUrl: {
    max: LIMITS.url,
    section: "responsible_use",
    input: "url",
    nl: "process_index_url",
  },
  assessmentsText: {
    max: LIMITS.longText,
    section: "responsible_use",
    input: "paragraph",
    nl: "impacttoetsen",
    nlHtml: true,
  },
  assessmentLinks: {
    max: LIMITS.maxLinks,
    section: "responsible_use",
    nl: "impacttoetsen_grouping",
  },

  // how it works
  dataSourcesText: {
    max: LIMITS.longText,
    section: "how_it_works",
    input: "paragraph",
    nl: "source_data",
    nlHtml: true,
  },
  dataSourceLinks: {
    max: LIMITS.maxLinks,
    section: "how_it_works",
    nl: "source_data_grouping",
  },
  technicalOperation: {
    max: LIMITS.technicalOperation,
    section: "how_it_works",
    input: "paragraph",
    nl: "methods_and_models",
    nlHtml: true,
  },
  algorithmType: {
    section: "how_it_works",
  },
  selfLearning: {
    section: "how_it_works",
  },
  decisionsPerYear: {
    section: "how_it_works",
    input: "count",
  },
  sourceCodeUrl: {
    max: LIMITS.url,
    section: "how_it_works",
    input: "url",
    nl: "publiccode",
  },

  // risk
  "risk.likelihood": {
    section: "risk",
  },
  "risk.impact": {
    section: "risk",
  },
  "euAiAct.highRisk": {
    section: "risk",
  },
  "euAiAct.annexIIIArea": {
    section: "risk",
    countWhen: (d) => d.euAiAct?.highRisk === true,
  },
  "euAiAct.euDatabaseUrl": {
    max: LIMITS.url,
    section: "risk",
    input: "url",
    countWhen: (d) => d.euAiAct?.highRisk === true,
  },
  "euAiAct.restrictedSection": {
    section: "risk",
    countWhen: (d) => d.euAiAct?.highRisk === true,
  },
  deployerContact: {
    max: LIMITS.annexContact,
    section: "risk",
    input: "paragraph",
    countWhen: (d) => d.euAiAct?.highRisk === true,
  },
  submitterContact: {
    max: LIMITS.annexContact,
    section: "risk",
    input: "paragraph",
    countWhen: (d) => d.euAiAct?.highRisk === true,
  },
  art27Summary: {
    max: LIMITS.longText,
    section: "risk",
    input: "paragraph",
    countWhen: (d) => d.euAiAct?.highRisk === true,
  },
  dpiaSummary: {
    max: LIMITS.longText,
    section: "risk",
    input: "paragraph",
  },

  // procurement
  "procurement.inHouse": {
    section: "procurement",
  },
  "procurement.suppliers": {
    max: LIMITS.maxSuppliers,
    section: "procurement",
    nl: "provider",
    countWhen: supplierBuilt,
  },
  "procurement.procedure": {
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.ocid": {
    max: LIMITS.ocid,
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.tenderUrl": {
    max: LIMITS.url,
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.contractReference": {
    max: LIMITS.contractReference,
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.contractStart": {
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.contractEnd": {
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.contractValue": {
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.currency": {
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.modelOwnership": {
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.dataOwnership": {
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.supplierDataAccess": {
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.sourceAvailability": {
    max: LIMITS.shortText,
    section: "procurement",
  },
  "procurement.licence": {
    max: LIMITS.licence,
    section: "procurement",
  },
  "procurement.contractClauses": {
    max: LIMITS.longText,
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.withheld": {
    max: LIMITS.maxWithheld,
    section: "procurement",
    countWhen: () => false,
  },

  // data
  dataDeclarations: {
    max: LIMITS.maxDataDeclarations,
    section: "data",
  },
} as const satisfies Record<string, FieldMeta>;

const CHARTER_FIELDS = Object.fromEntries(
  CHARTER_COMMITMENTS.map((c) => [`charter.${c.id}`, { max: LIMITS.charterStatement, section: "charter" } satisfies FieldMeta]),
) as Record<`charter.${CharterCommitmentId}`, FieldMeta>;

export const FIELDS: Record<keyof typeof BASE_FIELDS | `charter.${CharterCommitmentId}`, FieldMeta> = {
  ...BASE_FIELDS,
  ...CHARTER_FIELDS,
};

export type FieldKey = keyof typeof FIELDS;

type BaseFields = typeof BASE_FIELDS;
/** Keys of the plain fields at the top level of the document (no dot in the key). */
export type PlainFieldKey = {
  [K in keyof BaseFields]: K extends `${string}.${string}` ? never : BaseFields[K] extends { input: FieldInput } ? K : never;
}[keyof BaseFields];
export type PlainFieldInput<K extends PlainFieldKey> = BaseFields[K] extends { input: infer I } ? I : never;

export const PLAIN_FIELDS = (Object.keys(BASE_FIELDS) as (keyof BaseFields)[]).filter((k): k is PlainFieldKey => !k.includes(".") && "input" in BASE_FIELDS[k]);

/** Keys in the Dutch standard 1.0 of the plain fields (a text value there too). */
export type PlainNlKey = {
  [K in keyof BaseFields]: BaseFields[K] extends { input: FieldInput; nl: infer N extends string } ? N : never;
}[keyof BaseFields];

/** Plain fields (top level or nested, like `lifecycle.beganOn`) that the Dutch standard 1.0 has, with their key there. */
export const PLAIN_NL_FIELDS = (Object.keys(BASE_FIELDS) as (keyof BaseFields)[]).flatMap((key) => {
  const meta: FieldMeta = BASE_FIELDS[key];
  return meta.input && meta.nl ? [{ key, nl: meta.nl as PlainNlKey }] : [];
});

/** The only HTML tags the standard allows, and only in its fields marked `nlHtml`. */
export const NL_HTML_TAGS = ["div", "br", "p", "ul", "ol", "li"] as const;

/** Fields that must be filled in before an entry in publication category A or B goes to review. */
export const REQUIRED_FOR_AB = (Object.keys(FIELDS) as FieldKey[]).filter((k) => FIELDS[k].required === "category_ab");

/** The message for an empty required field, a catalogue reference (~/i18n/problem) shown in the page's language. */
export function missingMessage(key: FieldKey): string {
  return problem(FIELDS[key].missing ?? "standard.validation.missing.other");
}

/** Limits of the inputs inside repeated rows (their labels and hints: `t.standard.items`). */
export const ITEM_FIELDS = {
  link: {
    title: { max: LIMITS.linkTitle },
    link: { max: LIMITS.url },
  },
  supplier: {
    supplierId: { max: LIMITS.supplierId },
    role: {},
  },
  withheld: {
    field: {},
    reason: { max: LIMITS.withheldReason },
    legalGround: { max: LIMITS.legalGround },
  },
  dataDeclaration: {
    name: { max: LIMITS.dataName },
    source: {},
    sourceDetail: { max: LIMITS.sourceDetail },
    personalData: {},
    categories: {},
    legalGrounds: { max: LIMITS.legalGroundText },
    retention: { max: LIMITS.retention },
    sharedWith: { max: LIMITS.sharedWith },
    use: {},
  },
} as const satisfies Record<string, Record<string, { max?: number }>>;

export function fieldsInSection(section: SectionId): FieldKey[] {
  return (Object.keys(FIELDS) as FieldKey[]).filter((k) => FIELDS[k].section === section);
}
