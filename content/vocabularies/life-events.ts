/**
 * Life events: a way for the public to browse the register by what is
 * happening in their life rather than by organisation or theme.
 * `dataCategories` and `themes` are the ones most often involved.
 */
import type { DataCategorySlug } from "./data-categories";
import { labelIn, type Language, type Localized } from "./localized";
import type { ThemeSlug } from "./themes";

export type LifeEventDef = {
  readonly slug: string;
  readonly label: Localized;
  readonly plain: Localized;
  readonly dataCategories: readonly DataCategorySlug[];
  readonly themes: readonly ThemeSlug[];
};

export const LIFE_EVENTS = [
  {
    slug: "moving-house",
    label: { en: "Moving house", nl: "Verhuizen" },
    plain: {
      en: "You move to a new address and register it with your municipality.",
      nl: "U verhuist naar een nieuw adres en geeft dat door aan uw gemeente.",
    },
    dataCategories: ["identity-and-national-identifier", "contact-and-address", "family-and-household", "housing"],
    themes: ["housing", "organisation-and-operations"],
  },
  {
    slug: "having-a-child",
    label: { en: "Having a child", nl: "Een kind krijgen" },
    plain: {
      en: "You have or adopt a baby, register the birth and may apply for child benefit or childcare support.",
      nl: "U krijgt of adopteert een kind, doet aangifte van de geboorte en vraagt misschien kinderbijslag of kinderopvangtoeslag aan.",
    },
    dataCategories: ["identity-and-national-identifier", "family-and-household", "benefits-and-allowances", "health"],
    themes: ["social-security", "health-and-care"],
  },
  {
    slug: "applying-for-a-benefit",
    label: { en: "Applying for a benefit", nl: "Een uitkering aanvragen" },
    plain: { en: "You ask for income support, an allowance or another benefit.", nl: "U vraagt bijstand, een toeslag of een andere uitkering aan." },
    dataCategories: ["identity-and-national-identifier", "income-and-assets", "benefits-and-allowances", "family-and-household", "employment"],
    themes: ["social-security", "work"],
  },
  {
    slug: "starting-a-business",
    label: { en: "Starting a business", nl: "Een bedrijf beginnen" },
    plain: { en: "You set up a company or start working for yourself.", nl: "U richt een bedrijf op of gaat voor uzelf werken." },
    dataCategories: ["identity-and-national-identifier", "contact-and-address", "tax", "income-and-assets"],
    themes: ["economy", "public-finance"],
  },
  {
    slug: "paying-local-taxes",
    label: { en: "Paying local taxes", nl: "Gemeentelijke belastingen betalen" },
    plain: {
      en: "You get a bill from your municipality or water authority, for example for property tax or waste collection.",
      nl: "U krijgt een aanslag van uw gemeente of waterschap, bijvoorbeeld voor de onroerendezaakbelasting (ozb) of de afvalstoffenheffing.",
    },
    dataCategories: ["identity-and-national-identifier", "contact-and-address", "vehicle-and-property", "tax", "housing"],
    themes: ["public-finance"],
  },
  {
    slug: "applying-for-a-permit",
    label: { en: "Applying for a permit", nl: "Een vergunning aanvragen" },
    plain: {
      en: "You ask for permission to build, renovate, hold an event or run an activity.",
      nl: "U vraagt toestemming om te bouwen, te verbouwen, een evenement te houden of een activiteit uit te voeren.",
    },
    dataCategories: ["identity-and-national-identifier", "contact-and-address", "vehicle-and-property"],
    themes: ["spatial-planning-and-infrastructure", "housing", "nature-and-environment"],
  },
  {
    slug: "reporting-a-crime",
    label: { en: "Reporting a crime", nl: "Aangifte doen" },
    plain: {
      en: "You report a crime or a nuisance, or you are a victim or witness.",
      nl: "U doet aangifte of meldt overlast, of u bent slachtoffer of getuige.",
    },
    dataCategories: ["identity-and-national-identifier", "contact-and-address", "criminal-records", "location-and-movement"],
    themes: ["public-order-and-safety", "law"],
  },
  {
    slug: "losing-your-job",
    label: { en: "Losing your job", nl: "Uw baan verliezen" },
    plain: {
      en: "You become unemployed, look for work and may apply for unemployment benefit.",
      nl: "U raakt werkloos, zoekt werk en vraagt misschien een WW-uitkering aan.",
    },
    dataCategories: ["identity-and-national-identifier", "employment", "income-and-assets", "benefits-and-allowances", "education"],
    themes: ["work", "social-security"],
  },
  {
    slug: "getting-married",
    label: { en: "Getting married or registering a partnership", nl: "Trouwen of een geregistreerd partnerschap aangaan" },
    plain: {
      en: "You marry or register a partnership, which can change your taxes, benefits and allowances.",
      nl: "U trouwt of laat een partnerschap registreren, wat gevolgen kan hebben voor uw belasting, uitkeringen en toeslagen.",
    },
    dataCategories: ["identity-and-national-identifier", "family-and-household", "income-and-assets"],
    themes: ["law", "social-security"],
  },
  {
    slug: "going-to-school-or-studying",
    label: { en: "Going to school or studying", nl: "Naar school gaan of studeren" },
    plain: {
      en: "You or your child start school, change school or start further education and may need student finance.",
      nl: "U of uw kind begint op school, stapt over naar een andere school of gaat verder studeren en heeft misschien studiefinanciering nodig.",
    },
    dataCategories: ["identity-and-national-identifier", "contact-and-address", "education", "family-and-household", "income-and-assets"],
    themes: ["education-and-science"],
  },
  {
    slug: "needing-care",
    label: { en: "Needing care or support", nl: "Zorg of ondersteuning nodig hebben" },
    plain: {
      en: "You or someone close to you needs help at home, care or other support.",
      nl: "U of iemand in uw omgeving heeft hulp thuis, zorg of andere ondersteuning nodig.",
    },
    dataCategories: ["identity-and-national-identifier", "health", "family-and-household", "income-and-assets"],
    themes: ["health-and-care", "social-security"],
  },
  {
    slug: "travelling-or-migrating",
    label: { en: "Travelling or migrating", nl: "Reizen of migreren" },
    plain: {
      en: "You travel abroad, come to live here or apply for a residence permit or citizenship.",
      nl: "U reist naar het buitenland, komt hier wonen of vraagt een verblijfsvergunning of naturalisatie aan.",
    },
    dataCategories: ["identity-and-national-identifier", "ethnicity-or-nationality", "biometric", "location-and-movement"],
    themes: ["migration-and-integration", "international"],
  },
  {
    slug: "retiring",
    label: { en: "Retiring", nl: "Met pensioen gaan" },
    plain: {
      en: "You stop working and start receiving a state or workplace pension.",
      nl: "U stopt met werken en krijgt AOW of een pensioen van uw werkgever.",
    },
    dataCategories: ["identity-and-national-identifier", "income-and-assets", "benefits-and-allowances", "employment"],
    themes: ["social-security", "work"],
  },
  {
    slug: "death-of-a-loved-one",
    label: { en: "Death of a loved one", nl: "Overlijden van een naaste" },
    plain: {
      en: "Someone close to you dies and you deal with registration, inheritance and changes to benefits.",
      nl: "Iemand die u na staat overlijdt en u regelt de aangifte, de erfenis en wijzigingen in uitkeringen.",
    },
    dataCategories: ["identity-and-national-identifier", "family-and-household", "income-and-assets", "benefits-and-allowances", "tax"],
    themes: ["social-security", "public-finance", "law"],
  },
  {
    slug: "buying-or-renting-a-home",
    label: { en: "Buying or renting a home", nl: "Een huis kopen of huren" },
    plain: {
      en: "You look for a home to rent or buy, apply for social housing or a housing allowance.",
      nl: "U zoekt een huur- of koopwoning, schrijft u in voor een sociale huurwoning of vraagt huurtoeslag aan.",
    },
    dataCategories: ["identity-and-national-identifier", "income-and-assets", "housing", "family-and-household", "benefits-and-allowances"],
    themes: ["housing"],
  },
] as const satisfies readonly LifeEventDef[];

export type LifeEvent = (typeof LIFE_EVENTS)[number];
export type LifeEventSlug = LifeEvent["slug"];

export const lifeEventLabel = (slug: string | null | undefined, language: Language) => labelIn(LIFE_EVENTS, slug, language);
