/** Lookups in the data-use vocabularies (content/vocabularies), by slug. */
import { DATA_CATEGORIES, DATA_SOURCES, DATA_USES, PERSONAL_DATA_LEVELS, type DataCategory } from "~content/vocabularies/data-categories";
import { LIFE_EVENTS, type LifeEvent } from "~content/vocabularies/life-events";
import { THEMES } from "~content/vocabularies/themes";

export function findCategory(slug: string | undefined): DataCategory | undefined {
  return DATA_CATEGORIES.find((c) => c.slug === slug);
}

export function findLifeEvent(slug: string | undefined): LifeEvent | undefined {
  return LIFE_EVENTS.find((e) => e.slug === slug);
}

export const isSensitive = (c: DataCategory) => c.special || c.criminal;

const labelIn = (list: readonly { slug: string; label: string }[], slug: string | undefined) => list.find((x) => x.slug === slug)?.label;

export const categoryLabel = (slug: string) => findCategory(slug)?.label ?? slug;
export const sourceLabel = (slug: string | undefined) => labelIn(DATA_SOURCES, slug);
export const personalDataLabel = (slug: string | undefined) => labelIn(PERSONAL_DATA_LEVELS, slug);
export const dataUseLabel = (slug: string | undefined) => labelIn(DATA_USES, slug);
export const themeLabel = (slug: string) => THEMES.find((t) => t.slug === slug)?.en ?? slug;

export const categoryPath = (slug: string) => `/your-data/categories/${slug}`;
export const lifeEventPath = (slug: string) => `/your-data/life-events/${slug}`;
