/**
 * Controlled lists used on a register entry.
 * Where the Dutch standard 1.0 has a fixed Dutch string, it is kept in `nl`
 * exactly so that Dutch standard JSON import/export round-trips.
 */

/* ---------- Lifecycle status (Dutch standard `status`) ---------- */

export const LIFECYCLE_STATUSES = [
  {
    slug: "in_development",
    nl: "In ontwikkeling",
    label: "In development",
    description: "Being designed, built or tested. Not yet used for real cases.",
  },
  {
    slug: "in_use",
    nl: "In gebruik",
    label: "In use",
    description: "Used in day-to-day work.",
  },
  {
    slug: "out_of_use",
    nl: "Buiten gebruik",
    label: "Out of use",
    description: "No longer used. The entry stays in the register for the record.",
  },
] as const;

export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number]["slug"];

/* ---------- Publication category (Dutch standard `publication_category`) ---------- */

export const PUBLICATION_CATEGORIES = [
  {
    slug: "A",
    nl: "Hoog-risico AI-systeem",
    label: "High-risk AI system",
    description: "An AI system that the EU AI Act classes as high risk.",
  },
  {
    slug: "B",
    nl: "Impactvolle algoritmes",
    label: "Impactful algorithm",
    description: "An algorithm that has a real effect on people or businesses, for example on a decision about them.",
  },
  {
    slug: "C",
    nl: "Overige algoritmes",
    label: "Other algorithm",
    description: "An algorithm published voluntarily, with little or no direct effect on people.",
  },
] as const;

export type PublicationCategory = (typeof PUBLICATION_CATEGORIES)[number]["slug"];

/* ---------- Algorithm type ---------- */

export const ALGORITHM_TYPES = [
  {
    slug: "rule_based",
    label: "Rule-based",
    description: "Follows fixed rules written by people, for example from legislation or policy.",
  },
  {
    slug: "machine_learning",
    label: "Machine learning",
    description: "Learns patterns from example data to make predictions or classifications.",
  },
  {
    slug: "hybrid",
    label: "Hybrid",
    description: "Combines fixed rules with a model that has learned from data.",
  },
  {
    slug: "generative",
    label: "Generative AI",
    description: "Produces new text, images or other content, for example a large language model.",
  },
] as const;

export type AlgorithmType = (typeof ALGORITHM_TYPES)[number]["slug"];

/* ---------- Entry language (ISO 639-3, Dutch standard `lang`) ---------- */

export const LANGUAGES = [
  { code: "nld", label: "Dutch", native: "Nederlands" },
  { code: "eng", label: "English", native: "English" },
  { code: "fry", label: "West Frisian", native: "Frysk" },
  { code: "mri", label: "Māori", native: "Te reo Māori" },
  { code: "pap", label: "Papiamento", native: "Papiamentu" },
  { code: "deu", label: "German", native: "Deutsch" },
  { code: "fra", label: "French", native: "Français" },
  { code: "tur", label: "Turkish", native: "Türkçe" },
  { code: "ara", label: "Arabic", native: "العربية" },
  { code: "pol", label: "Polish", native: "Polski" },
  { code: "ukr", label: "Ukrainian", native: "Українська" },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]["code"];

/* ---------- EU AI Act Annex III high-risk areas ---------- */

/**
 * `restrictedSection`: the AI Act (Art. 49(4)) puts law enforcement,
 * migration, asylum and border systems in a non-public section of the EU
 * database. The register should not publish such entries openly by default.
 * (Biometric systems used for those purposes fall under the same rule.)
 */
export const ANNEX_III_AREAS = [
  { slug: "biometrics", point: 1, label: "Biometrics", restrictedSection: false },
  { slug: "critical_infrastructure", point: 2, label: "Critical infrastructure", restrictedSection: false },
  { slug: "education", point: 3, label: "Education and vocational training", restrictedSection: false },
  { slug: "employment", point: 4, label: "Employment, workers management and access to self-employment", restrictedSection: false },
  { slug: "essential_services", point: 5, label: "Access to essential private and public services and benefits", restrictedSection: false },
  { slug: "law_enforcement", point: 6, label: "Law enforcement", restrictedSection: true },
  { slug: "migration_asylum_border", point: 7, label: "Migration, asylum and border control", restrictedSection: true },
  { slug: "justice_democracy", point: 8, label: "Administration of justice and democratic processes", restrictedSection: false },
] as const;

export type AnnexIIIArea = (typeof ANNEX_III_AREAS)[number]["slug"];

/* ---------- Workflow state of an entry ---------- */

export const WORKFLOW_STATES = [
  { slug: "draft", label: "Draft", description: "Being written by an editor. Not public." },
  { slug: "submitted", label: "Submitted for approval", description: "Waiting for an approver to check it. Not public." },
  { slug: "changes_requested", label: "Changes requested", description: "Sent back to the editor with comments. Not public." },
  { slug: "published", label: "Published", description: "Approved and visible to everyone." },
  { slug: "archived", label: "Retired (archived)", description: "Withdrawn from the public list. Earlier versions stay on record." },
] as const;

export type WorkflowState = (typeof WORKFLOW_STATES)[number]["slug"];

/* ---------- New Zealand Algorithm Charter commitments ---------- */

export const CHARTER_COMMITMENTS = [
  {
    id: "transparency",
    title: "Transparency",
    prompt: "How do you explain, in plain language, how the algorithm informs decisions and what data it uses and how that data is kept safe?",
  },
  {
    id: "partnership",
    title: "Partnership",
    prompt: "How have you honoured Te Tiriti o Waitangi and included a Te Ao Māori view, including on any use of Māori data?",
  },
  {
    id: "people",
    title: "People",
    prompt: "Who is affected or has an interest, and how did you involve them?",
  },
  {
    id: "data",
    title: "Data",
    prompt: "Is the data fit for this purpose, what are its limits, and how do you find and manage bias?",
  },
  {
    id: "privacy_ethics_human_rights",
    title: "Privacy, ethics and human rights",
    prompt: "How often is the algorithm reviewed for unintended effects, by whom, and what do you do with the results?",
  },
  {
    id: "human_oversight",
    title: "Human oversight",
    prompt: "Who can the public contact, how can a decision be challenged, and what role do people play in the process?",
  },
] as const;

export type CharterCommitmentId = (typeof CHARTER_COMMITMENTS)[number]["id"];
