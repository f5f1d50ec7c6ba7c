/**
 * Life events: a way for the public to browse the register by what is
 * happening in their life rather than by organisation or theme.
 * `dataCategories` and `themes` are the ones most often involved.
 */
import type { DataCategorySlug } from "./data-categories";
import type { ThemeSlug } from "./themes";

export type LifeEventDef = {
  readonly slug: string;
  readonly label: string;
  readonly plain: string;
  readonly dataCategories: readonly DataCategorySlug[];
  readonly themes: readonly ThemeSlug[];
};

export const LIFE_EVENTS = [
  {
    slug: "moving-house",
    label: "Moving house",
    plain: "You move to a new address and register it with your municipality.",
    dataCategories: ["identity-and-national-identifier", "contact-and-address", "family-and-household", "housing"],
    themes: ["housing", "organisation-and-operations"],
  },
  {
    slug: "having-a-child",
    label: "Having a child",
    plain: "You have or adopt a baby, register the birth and may apply for child benefit or childcare support.",
    dataCategories: ["identity-and-national-identifier", "family-and-household", "benefits-and-allowances", "health"],
    themes: ["social-security", "health-and-care"],
  },
  {
    slug: "applying-for-a-benefit",
    label: "Applying for a benefit",
    plain: "You ask for income support, an allowance or another benefit.",
    dataCategories: ["identity-and-national-identifier", "income-and-assets", "benefits-and-allowances", "family-and-household", "employment"],
    themes: ["social-security", "work"],
  },
  {
    slug: "starting-a-business",
    label: "Starting a business",
    plain: "You set up a company or start working for yourself.",
    dataCategories: ["identity-and-national-identifier", "contact-and-address", "tax", "income-and-assets"],
    themes: ["economy", "public-finance"],
  },
  {
    slug: "paying-local-taxes",
    label: "Paying local taxes",
    plain: "You get a bill from your municipality or water authority, for example for property tax or waste collection.",
    dataCategories: ["identity-and-national-identifier", "contact-and-address", "vehicle-and-property", "tax", "housing"],
    themes: ["public-finance"],
  },
  {
    slug: "applying-for-a-permit",
    label: "Applying for a permit",
    plain: "You ask for permission to build, renovate, hold an event or run an activity.",
    dataCategories: ["identity-and-national-identifier", "contact-and-address", "vehicle-and-property"],
    themes: ["spatial-planning-and-infrastructure", "housing", "nature-and-environment"],
  },
  {
    slug: "reporting-a-crime",
    label: "Reporting a crime",
    plain: "You report a crime or a nuisance, or you are a victim or witness.",
    dataCategories: ["identity-and-national-identifier", "contact-and-address", "criminal-records", "location-and-movement"],
    themes: ["public-order-and-safety", "law"],
  },
  {
    slug: "losing-your-job",
    label: "Losing your job",
    plain: "You become unemployed, look for work and may apply for unemployment benefit.",
    dataCategories: ["identity-and-national-identifier", "employment", "income-and-assets", "benefits-and-allowances", "education"],
    themes: ["work", "social-security"],
  },
  {
    slug: "getting-married",
    label: "Getting married or registering a partnership",
    plain: "You marry or register a partnership, which can change your taxes, benefits and allowances.",
    dataCategories: ["identity-and-national-identifier", "family-and-household", "income-and-assets"],
    themes: ["law", "social-security"],
  },
  {
    slug: "going-to-school-or-studying",
    label: "Going to school or studying",
    plain: "You or your child start school, change school or start further education and may need student finance.",
    dataCategories: ["identity-and-national-identifier", "contact-and-address", "education", "family-and-household", "income-and-assets"],
    themes: ["education-and-science"],
  },
  {
    slug: "needing-care",
    label: "Needing care or support",
    plain: "You or someone close to you needs help at home, care or other support.",
    dataCategories: ["identity-and-national-identifier", "health", "family-and-household", "income-and-assets"],
    themes: ["health-and-care", "social-security"],
  },
  {
    slug: "travelling-or-migrating",
    label: "Travelling or migrating",
    plain: "You travel abroad, come to live here or apply for a residence permit or citizenship.",
    dataCategories: ["identity-and-national-identifier", "ethnicity-or-nationality", "biometric", "location-and-movement"],
    themes: ["migration-and-integration", "international"],
  },
  {
    slug: "retiring",
    label: "Retiring",
    plain: "You stop working and start receiving a state or workplace pension.",
    dataCategories: ["identity-and-national-identifier", "income-and-assets", "benefits-and-allowances", "employment"],
    themes: ["social-security", "work"],
  },
  {
    slug: "death-of-a-loved-one",
    label: "Death of a loved one",
    plain: "Someone close to you dies and you deal with registration, inheritance and changes to benefits.",
    dataCategories: ["identity-and-national-identifier", "family-and-household", "income-and-assets", "benefits-and-allowances", "tax"],
    themes: ["social-security", "public-finance", "law"],
  },
  {
    slug: "buying-or-renting-a-home",
    label: "Buying or renting a home",
    plain: "You look for a home to rent or buy, apply for social housing or a housing allowance.",
    dataCategories: ["identity-and-national-identifier", "income-and-assets", "housing", "family-and-household", "benefits-and-allowances"],
    themes: ["housing"],
  },
] as const satisfies readonly LifeEventDef[];

export type LifeEvent = (typeof LIFE_EVENTS)[number];
export type LifeEventSlug = LifeEvent["slug"];
