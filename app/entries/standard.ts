/**
 * Field limits, labels and help text for a register entry, defined once.
 * Limits follow the Dutch publication standard 1.0 where it has the field;
 * the rest (appeals, affected groups, charter, tags, procurement, data) are ours.
 * Forms, validation, the Dutch standard mapping, the API description and
 * public pages all read from here. A field with an `input` kind is a plain
 * value: adding one here gives it a schema leaf, a form input and (with `nl`)
 * a place in the Dutch standard import and export, with nothing else to edit.
 */
import { CHARTER_COMMITMENTS, type CharterCommitmentId } from "~content/vocabularies/entry-enums";

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
  {
    id: "general",
    title: "General information",
    intro: "What the algorithm is called, what it does in a few sentences, and who to contact about it.",
  },
  {
    id: "responsible_use",
    title: "Responsible use",
    intro: "Why it is used, the legal basis, the role of people, how to appeal, and the risks.",
  },
  {
    id: "how_it_works",
    title: "How it works",
    intro: "The data it uses, how it works technically, and where to find the source code.",
  },
  {
    id: "charter",
    title: "Algorithm Charter commitments",
    intro: "How each commitment of the New Zealand Algorithm Charter is met.",
  },
  {
    id: "risk",
    title: "Risk and EU AI Act",
    intro: "The risk level from the Charter risk matrix, and whether the EU AI Act classes it as high risk.",
  },
  {
    id: "procurement",
    title: "Procurement and suppliers",
    intro: "Whether it was built in-house or bought, who supplied it, and the contract terms.",
  },
  {
    id: "data",
    title: "Data declarations",
    intro: "Each data set the algorithm uses: where it comes from, how personal it is, and the legal ground.",
  },
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
  label: string;
  hint: string;
  max?: number;
  section: SectionId;
  input?: FieldInput;
  /** The message when a required field is empty. */
  missing?: string;
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
    label: "Name",
    hint: 'A short name that says what it does, ideally with a verb, for example "Checking housing benefit applications".',
    max: LIMITS.name,
    section: "general",
    input: "line",
    missing: "Enter the name of the algorithm",
    nl: "name",
    required: "always",
  },
  descriptionShort: {
    label: "Short description",
    hint: "Explain in plain language what it does and why. This is shown in search results.",
    max: LIMITS.descriptionShort,
    section: "general",
    input: "paragraph",
    missing: "Enter a short description",
    nl: "description_short",
    required: "always",
  },
  themes: {
    label: "Themes",
    hint: `Choose up to ${LIMITS.maxThemes} policy themes.`,
    max: LIMITS.maxThemes,
    section: "general",
    nl: "category",
  },
  "lifecycle.status": {
    label: "Status",
    hint: "Whether it is being developed, is in use, or is no longer used.",
    section: "general",
    missing: "Choose the status",
    nl: "status",
    required: "always",
  },
  "lifecycle.beganOn": {
    label: "In use from",
    hint: "The month it went into use, for example 2023-04.",
    section: "general",
    input: "month",
    nl: "begin_date",
  },
  "lifecycle.endedOn": {
    label: "In use until",
    hint: "The month it went out of use, for example 2025-01.",
    section: "general",
    input: "month",
    nl: "end_date",
    countWhen: (d) => d.lifecycle?.status === "out_of_use",
  },
  publicationCategory: {
    label: "Publication category",
    hint: "A for high-risk AI systems under the EU AI Act, B for algorithms with an effect on people, C for others.",
    section: "general",
    missing: "Choose the publication category",
    nl: "publication_category",
    required: "always",
  },
  contact: {
    label: "Contact",
    hint: "A team email address or a web page where the public can ask questions. Do not use a personal address.",
    max: LIMITS.contact,
    section: "general",
    input: "line",
    missing: "Enter a team email address or a web page for questions",
    nl: "contact_email",
    required: "always",
  },
  website: {
    label: "Web page",
    hint: "A public page about the process the algorithm is used in.",
    max: LIMITS.url,
    section: "general",
    input: "url",
    nl: "website",
  },
  language: {
    label: "Language of this entry",
    hint: "The language the entry is written in.",
    section: "general",
    missing: "Choose the language of the entry",
    nl: "lang",
    required: "always",
  },
  tags: {
    label: "Search words",
    hint: `Words or short phrases people might search for, up to ${LIMITS.tags.toLocaleString("en")} characters in all. They are not shown on the page.`,
    max: LIMITS.tags,
    section: "general",
    nl: "tags",
    nlHtml: true,
  },
  lifeEvents: {
    label: "Life events",
    hint: "Moments in people’s lives when they may meet this algorithm.",
    section: "general",
  },
  reviewDueOn: {
    label: "Next review",
    hint: "The date by which the entry should be checked again, for example 2026-03-31.",
    section: "general",
    input: "day",
  },
  sourceId: {
    label: "Id in your own register",
    hint: "If your organisation keeps its own register of algorithms, the id of this entry there.",
    max: LIMITS.sourceId,
    section: "general",
    input: "line",
    nl: "source_id",
    countWhen: () => false,
  },
  sourceRegisterUrl: {
    label: "Entry in your own register",
    hint: "If your organisation keeps its own register of algorithms, the address of this entry there.",
    max: LIMITS.url,
    section: "general",
    input: "url",
    nl: "url",
    countWhen: () => false,
  },
  dutchRegisterId: {
    label: "Id in the Dutch algorithm register",
    hint: "The id algoritmes.overheid.nl gave this entry, if it is published there.",
    max: LIMITS.dutchRegisterId,
    section: "general",
    input: "line",
    nl: "lars",
    countWhen: () => false,
  },

  // responsible use
  goal: {
    label: "Purpose and impact",
    hint: "What it is for, what it achieves, and what effect it has on people.",
    max: LIMITS.longText,
    section: "responsible_use",
    input: "paragraph",
    missing: "Enter the purpose and impact",
    nl: "goal",
    nlHtml: true,
    required: "category_ab",
  },
  affectedGroups: {
    label: "Who is affected",
    hint: "The groups of people or organisations it affects.",
    max: LIMITS.affectedGroups,
    section: "responsible_use",
    input: "paragraph",
  },
  proportionality: {
    label: "Considerations",
    hint: "Why using it is proportionate, and which alternatives were considered.",
    max: LIMITS.longText,
    section: "responsible_use",
    input: "paragraph",
    nl: "proportionality",
    nlHtml: true,
  },
  humanIntervention: {
    label: "Human involvement",
    hint: "How people use, check and correct what it produces.",
    max: LIMITS.longText,
    section: "responsible_use",
    input: "paragraph",
    missing: "Describe the role of people",
    nl: "human_intervention",
    nlHtml: true,
    required: "category_ab",
  },
  appeals: {
    label: "Challenging a decision",
    hint: "How someone can object to, or appeal, a decision the algorithm was involved in.",
    max: LIMITS.appeals,
    section: "responsible_use",
    input: "paragraph",
    missing: "Explain how to challenge a decision",
    required: "category_ab",
  },
  risks: {
    label: "Risk management",
    hint: "The main risks, such as bias or errors, and how they are managed.",
    max: LIMITS.longText,
    section: "responsible_use",
    input: "paragraph",
    nl: "risks",
    nlHtml: true,
  },
  lawfulBasis: {
    label: "Legal basis",
    hint: "The law or regulation that allows this task and this use of data, in words.",
    max: LIMITS.longText,
    section: "responsible_use",
    input: "paragraph",
    nl: "lawful_basis",
    nlHtml: true,
  },
  lawfulBasisLinks: {
    label: "Links to the law",
    hint: "Links to the legislation, for example on an official legislation website.",
    max: LIMITS.maxLinks,
    section: "responsible_use",
    nl: "lawful_basis_grouping",
  },
  processingRegisterUrl: {
    label: "Processing register",
    hint: "A link to the entry in your register of personal data processing (GDPR).",
    max: LIMITS.url,
    section: "responsible_use",
    input: "url",
    nl: "process_index_url",
  },
  assessmentsText: {
    label: "Impact assessments",
    hint: "Which assessments were done (such as a DPIA or a human rights impact assessment), or why none was done.",
    max: LIMITS.longText,
    section: "responsible_use",
    input: "paragraph",
    nl: "impacttoetsen",
    nlHtml: true,
  },
  assessmentLinks: {
    label: "Links to assessments",
    hint: "Links to published assessments.",
    max: LIMITS.maxLinks,
    section: "responsible_use",
    nl: "impacttoetsen_grouping",
  },

  // how it works
  dataSourcesText: {
    label: "Data used",
    hint: "Which data it uses and where that data comes from.",
    max: LIMITS.longText,
    section: "how_it_works",
    input: "paragraph",
    nl: "source_data",
    nlHtml: true,
  },
  dataSourceLinks: {
    label: "Links about the data",
    hint: "Links to descriptions of the data sources.",
    max: LIMITS.maxLinks,
    section: "how_it_works",
    nl: "source_data_grouping",
  },
  technicalOperation: {
    label: "Technical operation",
    hint: "How it works technically. Say at least whether it learns by itself.",
    max: LIMITS.technicalOperation,
    section: "how_it_works",
    input: "paragraph",
    nl: "methods_and_models",
    nlHtml: true,
  },
  algorithmType: {
    label: "Type of algorithm",
    hint: "Rule-based, machine learning, a mix of both, or generative AI.",
    section: "how_it_works",
  },
  selfLearning: {
    label: "Self-learning",
    hint: "Whether it keeps changing by learning from new data while in use.",
    section: "how_it_works",
  },
  decisionsPerYear: {
    label: "Cases per year",
    hint: "About how many cases or decisions it is used for each year.",
    section: "how_it_works",
    input: "count",
  },
  sourceCodeUrl: {
    label: "Source code",
    hint: "A link to the published source code, if there is one.",
    max: LIMITS.url,
    section: "how_it_works",
    input: "url",
    nl: "publiccode",
  },

  // risk
  "risk.likelihood": {
    label: "Likelihood of unintended harm",
    hint: "How likely it is that the algorithm leads to an unintended adverse outcome.",
    section: "risk",
  },
  "risk.impact": {
    label: "Impact of unintended harm",
    hint: "How serious that outcome would be for the people affected.",
    section: "risk",
  },
  "euAiAct.highRisk": {
    label: "High-risk AI system under the EU AI Act",
    hint: "Whether the system falls under Annex III of the EU AI Act.",
    section: "risk",
  },
  "euAiAct.annexIIIArea": {
    label: "Annex III area",
    hint: "The high-risk area from Annex III of the EU AI Act.",
    section: "risk",
    countWhen: (d) => d.euAiAct?.highRisk === true,
  },
  "euAiAct.euDatabaseUrl": {
    label: "EU database entry",
    hint: "A link to the provider’s entry in the EU database for high-risk AI systems.",
    max: LIMITS.url,
    section: "risk",
    input: "url",
    countWhen: (d) => d.euAiAct?.highRisk === true,
  },
  "euAiAct.restrictedSection": {
    label: "Restricted section",
    hint: "Law enforcement, migration, asylum and border systems are registered in a non-public section.",
    section: "risk",
    countWhen: (d) => d.euAiAct?.highRisk === true,
  },
  deployerContact: {
    label: "Deployer contact details",
    hint: "Name, address and contact details of the organisation using the system (EU AI Act Annex VIII).",
    max: LIMITS.annexContact,
    section: "risk",
    input: "paragraph",
    countWhen: (d) => d.euAiAct?.highRisk === true,
  },
  submitterContact: {
    label: "Submitter contact details",
    hint: "Name, address and contact details of whoever submits this information, if different.",
    max: LIMITS.annexContact,
    section: "risk",
    input: "paragraph",
    countWhen: (d) => d.euAiAct?.highRisk === true,
  },
  art27Summary: {
    label: "Fundamental rights impact assessment summary",
    hint: "A summary of the findings of the assessment under Article 27 of the EU AI Act.",
    max: LIMITS.longText,
    section: "risk",
    input: "paragraph",
    countWhen: (d) => d.euAiAct?.highRisk === true,
  },
  dpiaSummary: {
    label: "Data protection impact assessment summary",
    hint: "A summary of the DPIA under the GDPR.",
    max: LIMITS.longText,
    section: "risk",
    input: "paragraph",
  },

  // procurement
  "procurement.inHouse": {
    label: "Built in-house",
    hint: "Whether your organisation built it itself, without a supplier.",
    section: "procurement",
  },
  "procurement.suppliers": {
    label: "Suppliers",
    hint: "Each supplier and the role it plays.",
    max: LIMITS.maxSuppliers,
    section: "procurement",
    nl: "provider",
    countWhen: supplierBuilt,
  },
  "procurement.procedure": {
    label: "Procurement procedure",
    hint: "How the contract was awarded.",
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.ocid": {
    label: "Open Contracting id (OCID)",
    hint: "The id of the contracting process, for example ocds-abc123-2024-001.",
    max: LIMITS.ocid,
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.tenderUrl": {
    label: "Tender notice",
    hint: "A link to the published tender notice.",
    max: LIMITS.url,
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.contractReference": {
    label: "Contract reference",
    hint: "Your reference for the contract.",
    max: LIMITS.contractReference,
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.contractStart": {
    label: "Contract start",
    hint: "For example 2024-01-31.",
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.contractEnd": {
    label: "Contract end",
    hint: "For example 2027-12-31.",
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.contractValue": {
    label: "Contract value",
    hint: "The total value of the contract, without currency symbols.",
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.currency": {
    label: "Currency",
    hint: "A three-letter currency code, for example EUR or NZD.",
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.modelOwnership": {
    label: "Who owns the model",
    hint: "Who owns the model and its code.",
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.dataOwnership": {
    label: "Who owns the data",
    hint: "Who owns the data the model is trained on or produces.",
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.supplierDataAccess": {
    label: "Supplier access to personal data",
    hint: "What personal data the supplier can see.",
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.sourceAvailability": {
    label: "Source code availability",
    hint: "Whether you, an auditor or the public can inspect the source code, and on what terms.",
    max: LIMITS.shortText,
    section: "procurement",
  },
  "procurement.licence": {
    label: "Licence",
    hint: "The licence the software is used under, for example EUPL-1.2 or a proprietary licence.",
    max: LIMITS.licence,
    section: "procurement",
  },
  "procurement.contractClauses": {
    label: "Contract clauses",
    hint: "Model contract clauses used, for example on transparency, audit or data.",
    max: LIMITS.longText,
    section: "procurement",
    countWhen: supplierBuilt,
  },
  "procurement.withheld": {
    label: "Withheld information",
    hint: "Procurement details not published, each with the reason and the legal ground.",
    max: LIMITS.maxWithheld,
    section: "procurement",
    countWhen: () => false,
  },

  // data
  dataDeclarations: {
    label: "Data sets",
    hint: "Describe each data set it uses.",
    max: LIMITS.maxDataDeclarations,
    section: "data",
  },
} as const satisfies Record<string, FieldMeta>;

const CHARTER_FIELDS = Object.fromEntries(
  CHARTER_COMMITMENTS.map((c) => [
    `charter.${c.id}`,
    { label: c.title.en, hint: c.prompt.en, max: LIMITS.charterStatement, section: "charter" } satisfies FieldMeta,
  ]),
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

export const REQUIRED_FOR_AB_NOTE = "(required for categories A and B)";

/** The message for an empty required field, e.g. "Enter the purpose and impact (required for categories A and B)". */
export function missingMessage(key: FieldKey): string {
  const meta = FIELDS[key];
  const message = meta.missing ?? `Enter ${meta.label.toLowerCase()}`;
  return meta.required === "category_ab" ? `${message} ${REQUIRED_FOR_AB_NOTE}` : message;
}

/** Labels and hints for the inputs inside repeated rows. */
export const ITEM_FIELDS = {
  link: {
    title: { label: "Title", hint: "What the link is, for example the name of the law.", max: LIMITS.linkTitle },
    link: { label: "Web address", hint: "The full address, starting with https://.", max: LIMITS.url },
  },
  supplier: {
    supplierId: { label: "Supplier", hint: "Choose the supplier.", max: LIMITS.supplierId },
    role: { label: "Role", hint: "What the supplier does." },
  },
  withheld: {
    field: { label: "Withheld detail", hint: "Which detail is not published." },
    reason: { label: "Reason", hint: "Why it is not published.", max: LIMITS.withheldReason },
    legalGround: { label: "Legal ground", hint: "The legal ground for not publishing it.", max: LIMITS.legalGround },
  },
  dataDeclaration: {
    name: { label: "Name of the data set", hint: 'For example "Benefit applications 2020–2024".', max: LIMITS.dataName },
    source: { label: "Source", hint: "Where the data comes from." },
    sourceDetail: { label: "Source details", hint: "The specific register, system or organisation.", max: LIMITS.sourceDetail },
    personalData: { label: "Personal data", hint: "Whether the data can be linked to people." },
    categories: { label: "Kinds of personal data", hint: "Choose every kind of personal data in the set." },
    legalGrounds: {
      label: "Legal ground for sensitive data",
      hint: "For each special category or criminal data, the legal ground (GDPR art. 9 or 10).",
      max: LIMITS.legalGroundText,
    },
    retention: { label: "How long it is kept", hint: "The retention period and what happens afterwards.", max: LIMITS.retention },
    sharedWith: { label: "Shared with", hint: "Who else receives the data, if anyone.", max: LIMITS.sharedWith },
    use: { label: "Used for", hint: "Training the model, deciding individual cases, or both." },
  },
} as const;

export function fieldsInSection(section: SectionId): FieldKey[] {
  return (Object.keys(FIELDS) as FieldKey[]).filter((k) => FIELDS[k].section === section);
}
