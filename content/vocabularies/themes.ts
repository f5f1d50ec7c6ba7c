/**
 * The 16 policy themes of the Dutch publication standard 1.0 (`category`).
 * `nl` is the exact string used in Dutch standard JSON; `label` is what a page shows, in each language
 * (the Dutch label is the Dutch register's own wording, the same string).
 * How many an entry may have is `LIMITS.maxThemes` (app/entries/standard.ts).
 */
import type { Language, Localized } from "./localized";

export const THEMES = [
  {
    slug: "organisation-and-operations",
    nl: "Organisatie en bedrijfsvoering",
    label: { en: "Organisation and operations", nl: "Organisatie en bedrijfsvoering" },
  },
  { slug: "culture-and-recreation", nl: "Cultuur en recreatie", label: { en: "Culture and recreation", nl: "Cultuur en recreatie" } },
  { slug: "economy", nl: "Economie", label: { en: "Economy", nl: "Economie" } },
  { slug: "public-finance", nl: "Overheidsfinanciën", label: { en: "Public finance", nl: "Overheidsfinanciën" } },
  { slug: "housing", nl: "Wonen", label: { en: "Housing", nl: "Wonen" } },
  { slug: "international", nl: "Internationaal", label: { en: "International", nl: "Internationaal" } },
  { slug: "migration-and-integration", nl: "Migratie en integratie", label: { en: "Migration and integration", nl: "Migratie en integratie" } },
  { slug: "nature-and-environment", nl: "Natuur en milieu", label: { en: "Nature and environment", nl: "Natuur en milieu" } },
  { slug: "education-and-science", nl: "Onderwijs en wetenschap", label: { en: "Education and science", nl: "Onderwijs en wetenschap" } },
  { slug: "public-order-and-safety", nl: "Openbare orde en veiligheid", label: { en: "Public order and safety", nl: "Openbare orde en veiligheid" } },
  { slug: "law", nl: "Recht", label: { en: "Law and justice", nl: "Recht" } },
  {
    slug: "spatial-planning-and-infrastructure",
    nl: "Ruimte en infrastructuur",
    label: { en: "Spatial planning and infrastructure", nl: "Ruimte en infrastructuur" },
  },
  { slug: "social-security", nl: "Sociale zekerheid", label: { en: "Social security", nl: "Sociale zekerheid" } },
  { slug: "traffic", nl: "Verkeer", label: { en: "Traffic and transport", nl: "Verkeer" } },
  { slug: "work", nl: "Werk", label: { en: "Work", nl: "Werk" } },
  { slug: "health-and-care", nl: "Zorg en gezondheid", label: { en: "Health and care", nl: "Zorg en gezondheid" } },
] as const satisfies readonly { slug: string; nl: string; label: Localized }[];

export type Theme = (typeof THEMES)[number];
export type ThemeSlug = Theme["slug"];

/** A theme's name in a language (the slug when unknown). */
export function themeLabel(slug: string, language: Language): string {
  return THEMES.find((t) => t.slug === slug)?.label[language] ?? slug;
}
