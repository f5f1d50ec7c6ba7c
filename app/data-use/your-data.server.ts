/** Queries behind /your-data: published systems by personal-data category and by life event. */
import { DATA_CATEGORIES } from "~content/vocabularies/data-categories";
import { LIFE_EVENTS, type LifeEvent } from "~content/vocabularies/life-events";
import { readOrSkip, readPublicDocument } from "~/entries/documents.server";
import type { EntryDraft } from "~/entries/entry-schema";
import { inLanguage as inEntryLanguage, langAttribute, type TranslatableField } from "~/entries/translations";
import type { Prisma } from "~/generated/prisma/client";
import { inLanguage } from "~/i18n/in-language";
import type { Language } from "~/i18n/languages.mjs";
import { db } from "~/utils/db.server";
import { matchLifeEvent, type LifeEventMatch } from "./life-event-match";
import { firstSentence } from "./plain-text";
import { DATA_FACETS, PUBLIC_ENTRY, facetSets } from "./public-entries.server";
import type { DataCategory } from "~content/vocabularies/data-categories";

export type SystemSummary = {
  publicId: string;
  name: string;
  href: string;
  feedbackHref: string;
  /** Undefined means the entry does not say. */
  decides?: string;
  human?: string;
  appeal?: string;
  /** Names of the data sets that use the category (category pages). */
  datasets: string[];
  /** Why the system is listed (life event pages). */
  match?: LifeEventMatch;
  /** The `lang` of each shown text that is not in the page's language (WCAG 3.1.2). */
  lang: { name?: string; decides?: string; human?: string; appeal?: string };
};

type OrganisationGroup = { slug: string; name: string; systems: SystemSummary[] };
export type SystemListing = { groups: OrganisationGroup[]; systemCount: number; organisationCount: number };

const entrySelect = {
  id: true,
  publicId: true,
  name: true,
  organisation: { select: { slug: true, name: true } },
  currentVersion: { select: { number: true, data: true, schemaVersion: true } },
  facets: { where: { facet: { in: [...DATA_FACETS] } }, select: { facet: true, value: true } },
} satisfies Prisma.EntrySelect;

type Row = {
  id: string;
  publicId: string;
  name: string;
  organisation: { slug: string; name: string };
  currentVersion: { number: number; data: string; schemaVersion: number | null } | null;
  facets: { facet: string; value: string }[];
};

/** The public document of a listed entry, or null (logged) when it cannot be read: the entry is left out. */
const publicDocumentOf = (row: Row) => readOrSkip(() => readPublicDocument(row.currentVersion!, { entryId: row.id, version: row.currentVersion!.number }));

/** What a card shows of a system: its texts in the page's language where the organisation translated them. */
function summarise(row: Row, original: EntryDraft, extra: Pick<SystemSummary, "datasets" | "match">, language: Language): SystemSummary {
  const { doc, texts } = inEntryLanguage(original, language);
  const lang = (field: TranslatableField) => langAttribute(texts, field, language);
  return {
    publicId: row.publicId,
    name: doc.name?.trim() || row.name,
    lang: { name: lang("name"), decides: lang("descriptionShort"), human: lang("humanIntervention"), appeal: lang("appeals") },
    href: `/algorithms/${row.publicId}`,
    feedbackHref: `/algorithms/${row.publicId}/feedback`,
    decides: firstSentence(doc.descriptionShort, 400),
    human: firstSentence(doc.humanIntervention),
    appeal: firstSentence(doc.appeals),
    ...extra,
  };
}

function groupByOrganisation(systems: Array<{ organisation: { slug: string; name: string }; system: SystemSummary }>, language: Language): SystemListing {
  const groups = new Map<string, OrganisationGroup>();
  for (const { organisation, system } of systems) {
    const group = groups.get(organisation.slug) ?? { ...organisation, systems: [] };
    group.systems.push(system);
    groups.set(organisation.slug, group);
  }
  const sorted = [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, language));
  for (const g of sorted) g.systems.sort((a, b) => a.name.localeCompare(b.name, language));
  return { groups: sorted, systemCount: systems.length, organisationCount: sorted.length };
}

/** Published systems that use one personal-data category, grouped by organisation. */
export async function systemsUsingCategory(category: DataCategory, language: Language): Promise<SystemListing> {
  const rows = await db.entry.findMany({
    where: { ...PUBLIC_ENTRY, facets: { some: { facet: "data_category", value: category.slug } } },
    select: entrySelect,
  });
  return groupByOrganisation(
    rows.flatMap((row) => {
      const doc = publicDocumentOf(row);
      if (!doc) return [];
      const datasets = (doc.dataDeclarations ?? [])
        .filter((d) => d.categories?.includes(category.slug))
        .map((d) => d.name?.trim())
        .filter((n): n is string => Boolean(n));
      return [{ organisation: row.organisation, system: summarise(row, doc, { datasets }, language) }];
    }),
    language,
  );
}

/** Published systems that match a life event (see life-event-match.ts for the rule), grouped by organisation. */
export async function systemsForLifeEvent(event: LifeEvent, language: Language): Promise<SystemListing> {
  const rows = await db.entry.findMany({
    where: {
      ...PUBLIC_ENTRY,
      OR: [
        { facets: { some: { facet: "life_event", value: event.slug } } },
        {
          AND: [
            { facets: { some: { facet: "data_category", value: { in: [...event.dataCategories] } } } },
            { facets: { some: { facet: "theme", value: { in: [...event.themes] } } } },
          ],
        },
      ],
    },
    select: entrySelect,
  });
  const matched = rows.flatMap((row) => {
    const match = matchLifeEvent(event, facetSets(row.facets));
    if (!match) return [];
    const doc = publicDocumentOf(row);
    if (!doc) return [];
    return [{ organisation: row.organisation, system: summarise(row, doc, { datasets: [], match }, language) }];
  });
  return groupByOrganisation(matched, language);
}

/** How many published systems use each category and match each life event (for /your-data and /statistics), labelled in a language. */
export async function dataUseCounts(language: Language = "en") {
  const rows = await db.entry.findMany({
    where: PUBLIC_ENTRY,
    select: { facets: { where: { facet: { in: [...DATA_FACETS] } }, select: { facet: true, value: true } } },
  });
  const systems = rows.map((r) => facetSets(r.facets));
  const categories = DATA_CATEGORIES.map((c) => ({
    ...c,
    label: inLanguage(c.label, language),
    plain: inLanguage(c.plain, language),
    count: systems.filter((s) => s.categories.includes(c.slug)).length,
  }));
  const lifeEvents = LIFE_EVENTS.map((e) => ({
    slug: e.slug,
    label: inLanguage(e.label, language),
    plain: inLanguage(e.plain, language),
    count: systems.filter((s) => matchLifeEvent(e, s)).length,
  }));
  const sensitive = new Set<string>(DATA_CATEGORIES.filter((c) => c.special || c.criminal).map((c) => c.slug));
  const sensitiveCount = systems.filter((s) => s.categories.some((c) => sensitive.has(c))).length;
  return { total: systems.length, categories, lifeEvents, sensitiveCount };
}
