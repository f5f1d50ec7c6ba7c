/**
 * Controlled lists used on a register entry.
 * Where the Dutch standard 1.0 has a fixed Dutch string, it is kept in `nl`
 * exactly so that Dutch standard JSON import/export round-trips. What a page shows is `label` (and
 * `description`), in each language of the register.
 */
import type { Language, Localized } from "./localized";
import { labelIn } from "./localized";

/* ---------- Lifecycle status (Dutch standard `status`) ---------- */

export const LIFECYCLE_STATUSES = [
  {
    slug: "in_development",
    nl: "In ontwikkeling",
    label: { en: "In development", nl: "In ontwikkeling" },
    description: {
      en: "Being designed, built or tested. Not yet used for real cases.",
      nl: "Wordt ontworpen, gebouwd of getest. Nog niet gebruikt voor echte zaken.",
    },
  },
  {
    slug: "in_use",
    nl: "In gebruik",
    label: { en: "In use", nl: "In gebruik" },
    description: { en: "Used in day-to-day work.", nl: "Wordt gebruikt in het dagelijkse werk." },
  },
  {
    slug: "out_of_use",
    nl: "Buiten gebruik",
    label: { en: "Out of use", nl: "Buiten gebruik" },
    description: {
      en: "No longer used. The entry stays in the register for the record.",
      nl: "Wordt niet meer gebruikt. De registratie blijft in het register staan, zodat het vastligt.",
    },
  },
] as const satisfies readonly { slug: string; nl: string; label: Localized; description: Localized }[];

export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number]["slug"];

/* ---------- Publication category (Dutch standard `publication_category`) ---------- */

export const PUBLICATION_CATEGORIES = [
  {
    slug: "A",
    nl: "Hoog-risico AI-systeem",
    label: { en: "High-risk AI system", nl: "Hoog-risico AI-systeem" },
    description: {
      en: "An AI system that the EU AI Act classes as high risk.",
      nl: "Een AI-systeem dat volgens de AI-verordening een hoog risico heeft.",
    },
  },
  {
    slug: "B",
    nl: "Impactvolle algoritmes",
    label: { en: "Impactful algorithm", nl: "Impactvolle algoritmes" },
    description: {
      en: "An algorithm that has a real effect on people or businesses, for example on a decision about them.",
      nl: "Een algoritme dat echt gevolgen heeft voor burgers of bedrijven, bijvoorbeeld voor een besluit over hen.",
    },
  },
  {
    slug: "C",
    nl: "Overige algoritmes",
    label: { en: "Other algorithm", nl: "Overige algoritmes" },
    description: {
      en: "An algorithm published voluntarily, with little or no direct effect on people.",
      nl: "Een algoritme dat vrijwillig wordt gepubliceerd, met weinig of geen directe gevolgen voor mensen.",
    },
  },
] as const satisfies readonly { slug: string; nl: string; label: Localized; description: Localized }[];

export type PublicationCategory = (typeof PUBLICATION_CATEGORIES)[number]["slug"];

/* ---------- Algorithm type ---------- */

export const ALGORITHM_TYPES = [
  {
    slug: "rule_based",
    label: { en: "Rule-based", nl: "Regelgebaseerd" },
    description: {
      en: "Follows fixed rules written by people, for example from legislation or policy.",
      nl: "Volgt vaste regels die door mensen zijn opgesteld, bijvoorbeeld uit wetgeving of beleid.",
    },
  },
  {
    slug: "machine_learning",
    label: { en: "Machine learning", nl: "Zelflerend (machine learning)" },
    description: {
      en: "Learns patterns from example data to make predictions or classifications.",
      nl: "Leert patronen uit voorbeelddata om voorspellingen of indelingen te maken.",
    },
  },
  {
    slug: "hybrid",
    label: { en: "Hybrid", nl: "Hybride" },
    description: {
      en: "Combines fixed rules with a model that has learned from data.",
      nl: "Combineert vaste regels met een model dat van data heeft geleerd.",
    },
  },
  {
    slug: "generative",
    label: { en: "Generative AI", nl: "Generatieve AI" },
    description: {
      en: "Produces new text, images or other content, for example a large language model.",
      nl: "Maakt nieuwe tekst, beelden of andere inhoud, bijvoorbeeld een groot taalmodel.",
    },
  },
] as const satisfies readonly { slug: string; label: Localized; description: Localized }[];

export type AlgorithmType = (typeof ALGORITHM_TYPES)[number]["slug"];

/* ---------- Entry language (ISO 639-3, Dutch standard `lang`) ---------- */

export const LANGUAGES = [
  { code: "nld", label: { en: "Dutch", nl: "Nederlands" }, native: "Nederlands" },
  { code: "eng", label: { en: "English", nl: "Engels" }, native: "English" },
  { code: "fry", label: { en: "West Frisian", nl: "Fries" }, native: "Frysk" },
  { code: "mri", label: { en: "Māori", nl: "Maori" }, native: "Te reo Māori" },
  { code: "pap", label: { en: "Papiamento", nl: "Papiaments" }, native: "Papiamentu" },
  { code: "deu", label: { en: "German", nl: "Duits" }, native: "Deutsch" },
  { code: "fra", label: { en: "French", nl: "Frans" }, native: "Français" },
  { code: "tur", label: { en: "Turkish", nl: "Turks" }, native: "Türkçe" },
  { code: "ara", label: { en: "Arabic", nl: "Arabisch" }, native: "العربية" },
  { code: "pol", label: { en: "Polish", nl: "Pools" }, native: "Polski" },
  { code: "ukr", label: { en: "Ukrainian", nl: "Oekraïens" }, native: "Українська" },
] as const satisfies readonly { code: string; label: Localized; native: string }[];

export type LanguageCode = (typeof LANGUAGES)[number]["code"];

/* ---------- EU AI Act Annex III high-risk areas ---------- */

/**
 * `restrictedSection`: the AI Act (Art. 49(4)) puts law enforcement,
 * migration, asylum and border systems in a non-public section of the EU
 * database. The register should not publish such entries openly by default.
 * (Biometric systems used for those purposes fall under the same rule.)
 */
export const ANNEX_III_AREAS = [
  { slug: "biometrics", point: 1, label: { en: "Biometrics", nl: "Biometrie" }, restrictedSection: false },
  { slug: "critical_infrastructure", point: 2, label: { en: "Critical infrastructure", nl: "Kritieke infrastructuur" }, restrictedSection: false },
  { slug: "education", point: 3, label: { en: "Education and vocational training", nl: "Onderwijs en beroepsopleiding" }, restrictedSection: false },
  {
    slug: "employment",
    point: 4,
    label: { en: "Employment, workers management and access to self-employment", nl: "Werkgelegenheid, personeelsbeheer en toegang tot zelfstandige arbeid" },
    restrictedSection: false,
  },
  {
    slug: "essential_services",
    point: 5,
    label: {
      en: "Access to essential private and public services and benefits",
      nl: "Toegang tot en gebruik van essentiële particuliere en publieke diensten en uitkeringen",
    },
    restrictedSection: false,
  },
  { slug: "law_enforcement", point: 6, label: { en: "Law enforcement", nl: "Rechtshandhaving" }, restrictedSection: true },
  {
    slug: "migration_asylum_border",
    point: 7,
    label: { en: "Migration, asylum and border control", nl: "Migratie, asiel en grenstoezichtsbeheer" },
    restrictedSection: true,
  },
  {
    slug: "justice_democracy",
    point: 8,
    label: { en: "Administration of justice and democratic processes", nl: "Rechtsbedeling en democratische processen" },
    restrictedSection: false,
  },
] as const satisfies readonly { slug: string; point: number; label: Localized; restrictedSection: boolean }[];

export type AnnexIIIArea = (typeof ANNEX_III_AREAS)[number]["slug"];

/* ---------- Workflow state of an entry ---------- */

export const WORKFLOW_STATES = [
  {
    slug: "draft",
    label: { en: "Draft", nl: "Concept" },
    description: { en: "Being written by an editor. Not public.", nl: "Een redacteur werkt eraan. Niet openbaar." },
  },
  {
    slug: "submitted",
    label: { en: "Submitted for approval", nl: "Ter goedkeuring ingediend" },
    description: { en: "Waiting for an approver to check it. Not public.", nl: "Wacht op controle door een goedkeurder. Niet openbaar." },
  },
  {
    slug: "changes_requested",
    label: { en: "Changes requested", nl: "Wijzigingen gevraagd" },
    description: { en: "Sent back to the editor with comments. Not public.", nl: "Met opmerkingen teruggestuurd naar de redacteur. Niet openbaar." },
  },
  {
    slug: "published",
    label: { en: "Published", nl: "Gepubliceerd" },
    description: { en: "Approved and visible to everyone.", nl: "Goedgekeurd en voor iedereen zichtbaar." },
  },
  {
    slug: "archived",
    label: { en: "Retired (archived)", nl: "Teruggetrokken (gearchiveerd)" },
    description: {
      en: "Withdrawn from the public list. Earlier versions stay on record.",
      nl: "Uit de openbare lijst gehaald. Eerdere versies blijven bewaard.",
    },
  },
] as const satisfies readonly { slug: string; label: Localized; description: Localized }[];

export type WorkflowState = (typeof WORKFLOW_STATES)[number]["slug"];

/* ---------- New Zealand Algorithm Charter commitments ---------- */

export const CHARTER_COMMITMENTS = [
  {
    id: "transparency",
    title: { en: "Transparency", nl: "Transparantie" },
    prompt: {
      en: "How do you explain, in plain language, how the algorithm informs decisions and what data it uses and how that data is kept safe?",
      nl: "Hoe legt u in begrijpelijke taal uit hoe het algoritme besluiten ondersteunt, welke gegevens het gebruikt en hoe die gegevens veilig worden bewaard?",
    },
  },
  {
    id: "partnership",
    title: { en: "Partnership", nl: "Partnerschap" },
    prompt: {
      en: "How have you honoured Te Tiriti o Waitangi and included a Te Ao Māori view, including on any use of Māori data?",
      nl: "Hoe hebt u Te Tiriti o Waitangi gerespecteerd en een Te Ao Māori-perspectief meegenomen, ook bij het gebruik van Māori-gegevens?",
    },
  },
  {
    id: "people",
    title: { en: "People", nl: "Mensen" },
    prompt: {
      en: "Who is affected or has an interest, and how did you involve them?",
      nl: "Wie worden geraakt of hebben er belang bij, en hoe hebt u hen betrokken?",
    },
  },
  {
    id: "data",
    title: { en: "Data", nl: "Data" },
    prompt: {
      en: "Is the data fit for this purpose, what are its limits, and how do you find and manage bias?",
      nl: "Zijn de gegevens geschikt voor dit doel, wat zijn de beperkingen en hoe spoort u vooroordelen (bias) op en beheerst u die?",
    },
  },
  {
    id: "privacy_ethics_human_rights",
    title: { en: "Privacy, ethics and human rights", nl: "Privacy, ethiek en mensenrechten" },
    prompt: {
      en: "How often is the algorithm reviewed for unintended effects, by whom, and what do you do with the results?",
      nl: "Hoe vaak wordt het algoritme gecontroleerd op onbedoelde effecten, door wie, en wat doet u met de uitkomsten?",
    },
  },
  {
    id: "human_oversight",
    title: { en: "Human oversight", nl: "Menselijk toezicht" },
    prompt: {
      en: "Who can the public contact, how can a decision be challenged, and what role do people play in the process?",
      nl: "Met wie kan het publiek contact opnemen, hoe kan een besluit worden aangevochten en welke rol spelen mensen in het proces?",
    },
  },
] as const satisfies readonly { id: string; title: Localized; prompt: Localized }[];

export type CharterCommitmentId = (typeof CHARTER_COMMITMENTS)[number]["id"];

/* ---------- Labels in a language ---------- */

export const lifecycleStatusLabel = (slug: string | null | undefined, language: Language) => labelIn(LIFECYCLE_STATUSES, slug, language);
export const publicationCategoryLabel = (slug: string | null | undefined, language: Language) => labelIn(PUBLICATION_CATEGORIES, slug, language);
export const algorithmTypeLabel = (slug: string | null | undefined, language: Language) => labelIn(ALGORITHM_TYPES, slug, language);
export const annexIIIAreaLabel = (slug: string | null | undefined, language: Language) => labelIn(ANNEX_III_AREAS, slug, language);
export const workflowStateLabel = (slug: string | null | undefined, language: Language) => labelIn(WORKFLOW_STATES, slug, language);

/** An entry language (ISO 639-3) named in the page's language. */
export function entryLanguageLabel(code: string | null | undefined, language: Language): string {
  if (!code) return "";
  return LANGUAGES.find((l) => l.code === code)?.label[language] ?? code;
}
