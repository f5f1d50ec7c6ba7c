/** Lookups in the data-use vocabularies (content/vocabularies), by slug. */
import { DATA_CATEGORIES, DATA_SOURCES, DATA_USES, PERSONAL_DATA_LEVELS, type DataCategory } from "~content/vocabularies/data-categories";
import { LIFE_EVENTS, type LifeEvent } from "~content/vocabularies/life-events";
import type { Language } from "~content/vocabularies/localized";
import { THEMES } from "~content/vocabularies/themes";
import { inLanguage, type VocabularyLabel } from "~/i18n/in-language";

export function findCategory(slug: string | undefined): DataCategory | undefined {
  return DATA_CATEGORIES.find((c) => c.slug === slug);
}

export function findLifeEvent(slug: string | undefined): LifeEvent | undefined {
  return LIFE_EVENTS.find((e) => e.slug === slug);
}

export const isSensitive = (c: DataCategory) => c.special || c.criminal;

function labelIn(list: readonly { slug: string; label: VocabularyLabel }[], slug: string | undefined, language: Language) {
  const found = list.find((x) => x.slug === slug);
  return found ? inLanguage(found.label, language) : undefined;
}

// Labels in the page's language (English until a vocabulary has both).
export const categoryLabel = (slug: string, language: Language = "en") => labelIn(DATA_CATEGORIES, slug, language) ?? slug;
/** What a category means in plain words, in a language. */
export const categoryPlain = (category: DataCategory, language: Language) => inLanguage(category.plain, language);
export const lifeEventLabel = (event: LifeEvent, language: Language) => inLanguage(event.label, language);
export const lifeEventPlain = (event: LifeEvent, language: Language) => inLanguage(event.plain, language);
export const sourceLabel = (slug: string | undefined, language: Language = "en") => labelIn(DATA_SOURCES, slug, language);
export const personalDataLabel = (slug: string | undefined, language: Language = "en") => labelIn(PERSONAL_DATA_LEVELS, slug, language);
export const dataUseLabel = (slug: string | undefined, language: Language = "en") => labelIn(DATA_USES, slug, language);
export const themeLabel = (slug: string, language: Language = "en") => labelIn(THEMES, slug, language) ?? slug;

export const categoryPath = (slug: string) => `/your-data/categories/${slug}`;
export const lifeEventPath = (slug: string) => `/your-data/life-events/${slug}`;
