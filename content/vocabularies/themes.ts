/**
 * The 16 policy themes of the Dutch publication standard 1.0 (`category`).
 * `nl` is the exact string used in Dutch standard JSON; `en` is our label.
 * How many an entry may have is `LIMITS.maxThemes` (app/entries/standard.ts).
 */
export const THEMES = [
  { slug: "organisation-and-operations", nl: "Organisatie en bedrijfsvoering", en: "Organisation and operations" },
  { slug: "culture-and-recreation", nl: "Cultuur en recreatie", en: "Culture and recreation" },
  { slug: "economy", nl: "Economie", en: "Economy" },
  { slug: "public-finance", nl: "Overheidsfinanciën", en: "Public finance" },
  { slug: "housing", nl: "Wonen", en: "Housing" },
  { slug: "international", nl: "Internationaal", en: "International" },
  { slug: "migration-and-integration", nl: "Migratie en integratie", en: "Migration and integration" },
  { slug: "nature-and-environment", nl: "Natuur en milieu", en: "Nature and environment" },
  { slug: "education-and-science", nl: "Onderwijs en wetenschap", en: "Education and science" },
  { slug: "public-order-and-safety", nl: "Openbare orde en veiligheid", en: "Public order and safety" },
  { slug: "law", nl: "Recht", en: "Law and justice" },
  { slug: "spatial-planning-and-infrastructure", nl: "Ruimte en infrastructuur", en: "Spatial planning and infrastructure" },
  { slug: "social-security", nl: "Sociale zekerheid", en: "Social security" },
  { slug: "traffic", nl: "Verkeer", en: "Traffic and transport" },
  { slug: "work", nl: "Werk", en: "Work" },
  { slug: "health-and-care", nl: "Zorg en gezondheid", en: "Health and care" },
] as const;

export type Theme = (typeof THEMES)[number];
export type ThemeSlug = Theme["slug"];
