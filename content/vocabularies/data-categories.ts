/**
 * Controlled lists for the data an algorithm uses.
 * `special`: special category data under GDPR art. 9.
 * `criminal`: criminal convictions and offences data under GDPR art. 10.
 */
import { labelIn, type Language, type Localized } from "./localized";

export const DATA_CATEGORIES = [
  {
    slug: "identity-and-national-identifier",
    label: { en: "Identity and national identifier", nl: "Identiteit en burgerservicenummer" },
    plain: {
      en: "Who you are: name, date of birth and a national number such as the citizen service number (BSN).",
      nl: "Wie u bent: naam, geboortedatum en een nationaal nummer zoals het burgerservicenummer (BSN).",
    },
    special: false,
    criminal: false,
  },
  {
    slug: "contact-and-address",
    label: { en: "Contact details and address", nl: "Contactgegevens en adres" },
    plain: {
      en: "Where you live and how to reach you, such as your address, phone number or email.",
      nl: "Waar u woont en hoe u bereikbaar bent, zoals uw adres, telefoonnummer of e-mailadres.",
    },
    special: false,
    criminal: false,
  },
  {
    slug: "family-and-household",
    label: { en: "Family and household", nl: "Gezin en huishouden" },
    plain: {
      en: "Who you live with, your partner, children and other people in your household.",
      nl: "Met wie u samenwoont: uw partner, kinderen en andere mensen in uw huishouden.",
    },
    special: false,
    criminal: false,
  },
  {
    slug: "income-and-assets",
    label: { en: "Income and assets", nl: "Inkomen en vermogen" },
    plain: {
      en: "What you earn and own, such as wages, savings, debts and property.",
      nl: "Wat u verdient en bezit, zoals loon, spaargeld, schulden en eigendommen.",
    },
    special: false,
    criminal: false,
  },
  {
    slug: "benefits-and-allowances",
    label: { en: "Benefits and allowances", nl: "Uitkeringen en toeslagen" },
    plain: {
      en: "Benefits, allowances or other support you receive or have applied for.",
      nl: "Uitkeringen, toeslagen of andere ondersteuning die u krijgt of hebt aangevraagd.",
    },
    special: false,
    criminal: false,
  },
  {
    slug: "employment",
    label: { en: "Employment", nl: "Werk" },
    plain: {
      en: "Your work, such as your employer, job, working hours and work history.",
      nl: "Uw werk, zoals uw werkgever, functie, werktijden en arbeidsverleden.",
    },
    special: false,
    criminal: false,
  },
  {
    slug: "education",
    label: { en: "Education", nl: "Onderwijs" },
    plain: {
      en: "Your schooling, such as the school you attend, your results and your qualifications.",
      nl: "Uw opleiding, zoals de school waar u naartoe gaat, uw resultaten en uw diploma's.",
    },
    special: false,
    criminal: false,
  },
  {
    slug: "health",
    label: { en: "Health", nl: "Gezondheid" },
    plain: {
      en: "Anything about your physical or mental health, including care you receive and disabilities.",
      nl: "Alles over uw lichamelijke of geestelijke gezondheid, ook de zorg die u krijgt en een beperking.",
    },
    special: true,
    criminal: false,
  },
  {
    slug: "ethnicity-or-nationality",
    label: { en: "Ethnic origin or nationality", nl: "Etnische afkomst of nationaliteit" },
    plain: {
      en: "Your ethnic background or nationality; ethnic origin is special category data, and nationality can reveal it, so it needs the same care.",
      nl: "Uw etnische achtergrond of nationaliteit; etnische afkomst is een bijzonder persoonsgegeven en nationaliteit kan die verraden, dus ook die vraagt dezelfde zorg.",
    },
    special: true,
    criminal: false,
  },
  {
    slug: "religion-or-belief",
    label: { en: "Religion or belief", nl: "Religie of levensovertuiging" },
    plain: { en: "Your religion or your philosophical beliefs.", nl: "Uw godsdienst of uw levensovertuiging." },
    special: true,
    criminal: false,
  },
  {
    slug: "political-opinions",
    label: { en: "Political opinions", nl: "Politieke opvattingen" },
    plain: { en: "Your political views or the parties and causes you support.", nl: "Uw politieke opvattingen of de partijen en doelen die u steunt." },
    special: true,
    criminal: false,
  },
  {
    slug: "trade-union",
    label: { en: "Trade union membership", nl: "Lidmaatschap van een vakbond" },
    plain: { en: "Whether you are a member of a trade union.", nl: "Of u lid bent van een vakbond." },
    special: true,
    criminal: false,
  },
  {
    slug: "sexual-orientation",
    label: { en: "Sex life or sexual orientation", nl: "Seksueel gedrag of seksuele gerichtheid" },
    plain: { en: "Your sexual orientation or details of your sex life.", nl: "Uw seksuele gerichtheid of gegevens over uw seksleven." },
    special: true,
    criminal: false,
  },
  {
    slug: "genetic",
    label: { en: "Genetic data", nl: "Genetische gegevens" },
    plain: { en: "Information from your DNA or other inherited characteristics.", nl: "Informatie uit uw DNA of andere erfelijke kenmerken." },
    special: true,
    criminal: false,
  },
  {
    slug: "biometric",
    label: { en: "Biometric data", nl: "Biometrische gegevens" },
    plain: {
      en: "Physical features used to recognise you, such as your face, fingerprints or voice.",
      nl: "Lichaamskenmerken waaraan u herkend kunt worden, zoals uw gezicht, vingerafdrukken of stem.",
    },
    special: true,
    criminal: false,
  },
  {
    slug: "criminal-records",
    label: { en: "Criminal records and offences", nl: "Strafrechtelijke gegevens" },
    plain: {
      en: "Criminal convictions, offences, or suspicions of an offence.",
      nl: "Strafrechtelijke veroordelingen, strafbare feiten of verdenkingen daarvan.",
    },
    special: false,
    criminal: true,
  },
  {
    slug: "location-and-movement",
    label: { en: "Location and movement", nl: "Locatie en verplaatsingen" },
    plain: {
      en: "Where you are or have been, for example from a phone, a camera or a travel card.",
      nl: "Waar u bent of bent geweest, bijvoorbeeld via een telefoon, een camera of een ov-chipkaart.",
    },
    special: false,
    criminal: false,
  },
  {
    slug: "behaviour-and-online-activity",
    label: { en: "Behaviour and online activity", nl: "Gedrag en online activiteit" },
    plain: {
      en: "What you do, such as how you use a website or app, or patterns in your contact with the government.",
      nl: "Wat u doet, zoals hoe u een website of app gebruikt, of patronen in uw contact met de overheid.",
    },
    special: false,
    criminal: false,
  },
  {
    slug: "vehicle-and-property",
    label: { en: "Vehicle and property", nl: "Voertuig en eigendom" },
    plain: {
      en: "Things you own or use, such as your car registration number or a building.",
      nl: "Dingen die u bezit of gebruikt, zoals het kenteken van uw auto of een gebouw.",
    },
    special: false,
    criminal: false,
  },
  {
    slug: "tax",
    label: { en: "Tax", nl: "Belasting" },
    plain: { en: "Your tax returns, assessments and payments.", nl: "Uw belastingaangiften, aanslagen en betalingen." },
    special: false,
    criminal: false,
  },
  {
    slug: "housing",
    label: { en: "Housing", nl: "Wonen" },
    plain: {
      en: "Your home, such as whether you rent or own it, the rent you pay and its size.",
      nl: "Uw woning, zoals of u huurt of een koophuis hebt, de huur die u betaalt en hoe groot de woning is.",
    },
    special: false,
    criminal: false,
  },
] as const satisfies readonly {
  slug: string;
  label: Localized;
  plain: Localized;
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
  { slug: "population-register", label: { en: "Population register", nl: "Basisregistratie Personen (BRP)" } },
  { slug: "tax-authority", label: { en: "Tax authority", nl: "Belastingdienst" } },
  { slug: "person-themselves", label: { en: "The person themselves", nl: "De persoon zelf" } },
  { slug: "another-agency", label: { en: "Another government organisation", nl: "Een andere overheidsorganisatie" } },
  { slug: "supplier", label: { en: "A supplier", nl: "Een leverancier" } },
  { slug: "open-data", label: { en: "Open data", nl: "Open data" } },
  { slug: "own-records", label: { en: "Our own records", nl: "Onze eigen administratie" } },
  { slug: "other", label: { en: "Other", nl: "Anders" } },
] as const satisfies readonly { slug: string; label: Localized }[];

export type DataSourceSlug = (typeof DATA_SOURCES)[number]["slug"];

/* ---------- How personal the data is ---------- */

export const PERSONAL_DATA_LEVELS = [
  {
    slug: "none",
    label: { en: "No personal data", nl: "Geen persoonsgegevens" },
    description: { en: "The data cannot be linked to a person.", nl: "De gegevens zijn niet aan een persoon te koppelen." },
  },
  {
    slug: "pseudonymised",
    label: { en: "Pseudonymised", nl: "Gepseudonimiseerd" },
    description: {
      en: "Names and numbers are replaced by codes, but the data could be linked back to a person.",
      nl: "Namen en nummers zijn vervangen door codes, maar de gegevens zijn wel terug te herleiden tot een persoon.",
    },
  },
  {
    slug: "identifiable",
    label: { en: "Identifiable", nl: "Herleidbaar" },
    description: { en: "The data directly identifies people.", nl: "De gegevens wijzen mensen direct aan." },
  },
] as const satisfies readonly { slug: string; label: Localized; description: Localized }[];

export type PersonalDataLevel = (typeof PERSONAL_DATA_LEVELS)[number]["slug"];

/* ---------- What the data is used for ---------- */

export const DATA_USES = [
  {
    slug: "training",
    label: { en: "Training", nl: "Training" },
    description: {
      en: "Used to build or train the model, not for individual cases.",
      nl: "Gebruikt om het model te bouwen of te trainen, niet voor individuele zaken.",
    },
  },
  {
    slug: "deciding",
    label: { en: "Deciding", nl: "Besluiten" },
    description: { en: "Used when the algorithm handles an individual case.", nl: "Gebruikt als het algoritme een individuele zaak behandelt." },
  },
  { slug: "both", label: { en: "Training and deciding", nl: "Training en besluiten" }, description: { en: "Used for both.", nl: "Gebruikt voor allebei." } },
] as const satisfies readonly { slug: string; label: Localized; description: Localized }[];

export type DataUse = (typeof DATA_USES)[number]["slug"];

export const dataCategoryLabel = (slug: string | null | undefined, language: Language) => labelIn(DATA_CATEGORIES, slug, language);
export const dataSourceLabel = (slug: string | null | undefined, language: Language) => labelIn(DATA_SOURCES, slug, language);
export const personalDataLevelLabel = (slug: string | null | undefined, language: Language) => labelIn(PERSONAL_DATA_LEVELS, slug, language);
export const dataUseLabel = (slug: string | null | undefined, language: Language) => labelIn(DATA_USES, slug, language);
