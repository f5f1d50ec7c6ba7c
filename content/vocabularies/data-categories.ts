/**
 * Controlled lists for the data an algorithm uses.
 * `special`: special category data under GDPR art. 9.
 * `criminal`: criminal convictions and offences data under GDPR art. 10.
 */

export const DATA_CATEGORIES = [
  {
    slug: "identity-and-national-identifier",
    label: "Identity and national identifier",
    plain: "Who you are: name, date of birth and a national number such as the citizen service number (BSN).",
    special: false,
    criminal: false,
  },
  {
    slug: "contact-and-address",
    label: "Contact details and address",
    plain: "Where you live and how to reach you, such as your address, phone number or email.",
    special: false,
    criminal: false,
  },
  {
    slug: "family-and-household",
    label: "Family and household",
    plain: "Who you live with, your partner, children and other people in your household.",
    special: false,
    criminal: false,
  },
  {
    slug: "income-and-assets",
    label: "Income and assets",
    plain: "What you earn and own, such as wages, savings, debts and property.",
    special: false,
    criminal: false,
  },
  {
    slug: "benefits-and-allowances",
    label: "Benefits and allowances",
    plain: "Benefits, allowances or other support you receive or have applied for.",
    special: false,
    criminal: false,
  },
  {
    slug: "employment",
    label: "Employment",
    plain: "Your work, such as your employer, job, working hours and work history.",
    special: false,
    criminal: false,
  },
  {
    slug: "education",
    label: "Education",
    plain: "Your schooling, such as the school you attend, your results and your qualifications.",
    special: false,
    criminal: false,
  },
  {
    slug: "health",
    label: "Health",
    plain: "Anything about your physical or mental health, including care you receive and disabilities.",
    special: true,
    criminal: false,
  },
  {
    slug: "ethnicity-or-nationality",
    label: "Ethnic origin or nationality",
    plain: "Your ethnic background or nationality; ethnic origin is special category data, and nationality can reveal it, so it needs the same care.",
    special: true,
    criminal: false,
  },
  {
    slug: "religion-or-belief",
    label: "Religion or belief",
    plain: "Your religion or your philosophical beliefs.",
    special: true,
    criminal: false,
  },
  {
    slug: "political-opinions",
    label: "Political opinions",
    plain: "Your political views or the parties and causes you support.",
    special: true,
    criminal: false,
  },
  {
    slug: "trade-union",
    label: "Trade union membership",
    plain: "Whether you are a member of a trade union.",
    special: true,
    criminal: false,
  },
  {
    slug: "sexual-orientation",
    label: "Sex life or sexual orientation",
    plain: "Your sexual orientation or details of your sex life.",
    special: true,
    criminal: false,
  },
  {
    slug: "genetic",
    label: "Genetic data",
    plain: "Information from your DNA or other inherited characteristics.",
    special: true,
    criminal: false,
  },
  {
    slug: "biometric",
    label: "Biometric data",
    plain: "Physical features used to recognise you, such as your face, fingerprints or voice.",
    special: true,
    criminal: false,
  },
  {
    slug: "criminal-records",
    label: "Criminal records and offences",
    plain: "Criminal convictions, offences, or suspicions of an offence.",
    special: false,
    criminal: true,
  },
  {
    slug: "location-and-movement",
    label: "Location and movement",
    plain: "Where you are or have been, for example from a phone, a camera or a travel card.",
    special: false,
    criminal: false,
  },
  {
    slug: "behaviour-and-online-activity",
    label: "Behaviour and online activity",
    plain: "What you do, such as how you use a website or app, or patterns in your contact with the government.",
    special: false,
    criminal: false,
  },
  {
    slug: "vehicle-and-property",
    label: "Vehicle and property",
    plain: "Things you own or use, such as your car registration number or a building.",
    special: false,
    criminal: false,
  },
  {
    slug: "tax",
    label: "Tax",
    plain: "Your tax returns, assessments and payments.",
    special: false,
    criminal: false,
  },
  {
    slug: "housing",
    label: "Housing",
    plain: "Your home, such as whether you rent or own it, the rent you pay and its size.",
    special: false,
    criminal: false,
  },
] as const satisfies readonly {
  slug: string;
  label: string;
  plain: string;
  special: boolean;
  criminal: boolean;
}[];

export type DataCategory = (typeof DATA_CATEGORIES)[number];
export type DataCategorySlug = DataCategory["slug"];
/** Categories that need a GDPR art. 9 ground. */
export type SpecialDataCategorySlug = Extract<DataCategory, { special: true }>["slug"];
/** Categories that need a GDPR art. 10 basis. */
export type CriminalDataCategorySlug = Extract<DataCategory, { criminal: true }>["slug"];
/** Categories for which a data declaration must state a legal ground. */
export type SensitiveDataCategorySlug = SpecialDataCategorySlug | CriminalDataCategorySlug;

/* ---------- Where the data comes from ---------- */

export const DATA_SOURCES = [
  { slug: "population-register", label: "Population register" },
  { slug: "tax-authority", label: "Tax authority" },
  { slug: "person-themselves", label: "The person themselves" },
  { slug: "another-agency", label: "Another government organisation" },
  { slug: "supplier", label: "A supplier" },
  { slug: "open-data", label: "Open data" },
  { slug: "own-records", label: "Our own records" },
  { slug: "other", label: "Other" },
] as const;

export type DataSourceSlug = (typeof DATA_SOURCES)[number]["slug"];

/* ---------- How personal the data is ---------- */

export const PERSONAL_DATA_LEVELS = [
  { slug: "none", label: "No personal data", description: "The data cannot be linked to a person." },
  {
    slug: "pseudonymised",
    label: "Pseudonymised",
    description: "Names and numbers are replaced by codes, but the data could be linked back to a person.",
  },
  { slug: "identifiable", label: "Identifiable", description: "The data directly identifies people." },
] as const;

export type PersonalDataLevel = (typeof PERSONAL_DATA_LEVELS)[number]["slug"];

/* ---------- What the data is used for ---------- */

export const DATA_USES = [
  { slug: "training", label: "Training", description: "Used to build or train the model, not for individual cases." },
  { slug: "deciding", label: "Deciding", description: "Used when the algorithm handles an individual case." },
  { slug: "both", label: "Training and deciding", description: "Used for both." },
] as const;

export type DataUse = (typeof DATA_USES)[number]["slug"];
