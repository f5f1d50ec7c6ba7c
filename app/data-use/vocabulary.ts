/** Lookups in the data-use vocabularies (content/vocabularies), by slug. */
import { DATA_CATEGORIES, DATA_SOURCES, DATA_USES, PERSONAL_DATA_LEVELS, type DataCategory } from "~content/vocabularies/data-categories";
import { LIFE_EVENTS, type LifeEvent } from "~content/vocabularies/life-events";
import type { Language, Localized } from "~content/vocabularies/localized";
import { THEMES } from "~content/vocabularies/themes";

export function findCategory(slug: string | undefined): DataCategory | undefined {
  return DATA_CATEGORIES.find((c) => c.slug === slug);
}

export function findLifeEvent(slug: string | undefined): LifeEvent | undefined {
  return LIFE_EVENTS.find((e) => e.slug === slug);
}

export const isSensitive = (c: DataCategory) => c.special || c.criminal;

const labelIn = (list: readonly { slug: string; label: Localized }[], slug: string | undefined, language: Language) =>
  list.find((x) => x.slug === slug)?.label[language];

export const categoryLabel = (slug: string, language: Language = "en") => findCategory(slug)?.label[language] ?? slug;
export const sourceLabel = (slug: string | undefined, language: Language = "en") => labelIn(DATA_SOURCES, slug, language);
export const personalDataLabel = (slug: string | undefined, language: Language = "en") => labelIn(PERSONAL_DATA_LEVELS, slug, language);
export const dataUseLabel = (slug: string | undefined, language: Language = "en") => labelIn(DATA_USES, slug, language);
export const themeLabel = (slug: string, language: Language = "en") => THEMES.find((t) => t.slug === slug)?.label[language] ?? slug;

export const categoryPath = (slug: string) => `/your-data/categories/${slug}`;
export const lifeEventPath = (slug: string) => `/your-data/life-events/${slug}`;
