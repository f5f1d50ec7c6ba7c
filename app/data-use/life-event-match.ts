/**
 * Which systems a life event page lists. A published system matches a life event when
 *  - the organisation tagged it with the life event, OR
 *  - it uses at least one of the event's data categories AND carries at least one of its themes.
 * Data alone is not enough (nearly every system uses identity data), nor is a theme alone
 * (a housing-theme system may use no personal data at all); both together make the link plain.
 */
import type { LifeEventDef } from "~content/vocabularies/life-events";

export type MatchInput = { lifeEvents: readonly string[]; categories: readonly string[]; themes: readonly string[] };

export type LifeEventMatch = { tagged: boolean; categories: string[]; themes: string[] };

/** Why a system matches the life event, or null when it does not. */
export function matchLifeEvent(event: Pick<LifeEventDef, "slug" | "dataCategories" | "themes">, system: MatchInput): LifeEventMatch | null {
  const tagged = system.lifeEvents.includes(event.slug);
  const categories = event.dataCategories.filter((c) => system.categories.includes(c));
  const themes = event.themes.filter((t) => system.themes.includes(t));
  const byData = categories.length > 0 && themes.length > 0;
  if (!tagged && !byData) return null;
  return { tagged, categories: byData ? categories : [], themes: byData ? themes : [] };
}
