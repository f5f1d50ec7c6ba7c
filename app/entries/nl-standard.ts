/**
 * Import and export in the Dutch publication standard 1.0 (algoritmes.overheid.nl).
 * Keys are exactly the standard's; values use its Dutch strings for themes,
 * status and publication category. Everything the standard carries round-trips.
 */
import { z } from 'zod';
import { LANGUAGES, LIFECYCLE_STATUSES, PUBLICATION_CATEGORIES } from '~content/vocabularies/entry-enums';
import { THEMES } from '~content/vocabularies/themes';
import { toNlSourceData } from '~/data-use/declarations-export';
import { sanitizeDraftReport, type EntryDocument, type EntryDraft } from './entry-schema';
import { parseDroppingInvalid } from './schema-kit';
import { STANDARD_VERSION } from './standard';

export const IN_HOUSE_PROVIDER = 'Intern ontwikkeld';

type Link = { title: string; link: string };

export type NlStandardEntry = {
  name: string | null;
  description_short: string | null;
  organization: string;
  category: string[];
  status: string | null;
  begin_date: string | null;
  end_date: string | null;
  contact_email: string | null;
  website: string | null;
  publication_category: string | null;
  url: string | null;
  goal: string | null;
  proportionality: string | null;
  human_intervention: string | null;
  risks: string | null;
  lawful_basis: string | null;
  lawful_basis_grouping: Link[];
  process_index_url: string | null;
  impacttoetsen_grouping: Link[];
  impacttoetsen: string | null;
  source_data: string | null;
  source_data_grouping: Link[];
  methods_and_models: string | null;
  provider: string | null;
  publiccode: string | null;
  lang: string | null;
  standard_version: typeof STANDARD_VERSION;
  source_id: string;
  tags: string | null;
  lars: string | null;
};

export type ToNlOptions = {
  organisationName: string;
  /** Our public id of the entry, exported as `source_id`. */
  publicId: string;
  /** Supplier name(s) to publish as `provider` when not built in-house. */
  providerName?: string;
  /** The 8-digit id the Dutch register assigned, if known. */
  lars?: string;
  /** Link to the entry in our register, exported as `url`. */
  url?: string;
};

const or = (v: string | undefined) => (v === undefined || v === '' ? null : v);
const links = (list: { title?: string; link?: string }[] | undefined): Link[] =>
  (list ?? []).map((l) => ({ title: l.title ?? '', link: l.link ?? '' }));

function providerOf(doc: EntryDraft | EntryDocument, providerName?: string): string | null {
  if (!doc.procurement) return null;
  return doc.procurement.inHouse === false ? or(providerName) : IN_HOUSE_PROVIDER;
}

export function toNlStandard(doc: EntryDraft | EntryDocument, options: ToNlOptions): NlStandardEntry {
  const nl = <T extends { slug: string; nl: string }>(list: readonly T[], slug: string | undefined) =>
    list.find((x) => x.slug === slug)?.nl ?? null;
  return {
    name: or(doc.name),
    description_short: or(doc.descriptionShort),
    organization: options.organisationName,
    category: (doc.themes ?? []).map((slug) => nl(THEMES, slug)).filter((t): t is string => t !== null),
    status: nl(LIFECYCLE_STATUSES, doc.lifecycle?.status),
    begin_date: or(doc.lifecycle?.beganOn),
    end_date: or(doc.lifecycle?.endedOn),
    contact_email: or(doc.contact),
    website: or(doc.website),
    publication_category: nl(PUBLICATION_CATEGORIES, doc.publicationCategory),
    url: or(options.url),
    goal: or(doc.goal),
    proportionality: or(doc.proportionality),
    human_intervention: or(doc.humanIntervention),
    risks: or(doc.risks),
    lawful_basis: or(doc.lawfulBasis),
    lawful_basis_grouping: links(doc.lawfulBasisLinks),
    process_index_url: or(doc.processingRegisterUrl),
    impacttoetsen_grouping: links(doc.assessmentLinks),
    impacttoetsen: or(doc.assessmentsText),
    ...toNlSourceData(doc),
    methods_and_models: or(doc.technicalOperation),
    provider: providerOf(doc, options.providerName),
    publiccode: or(doc.sourceCodeUrl),
    lang: or(doc.language),
    standard_version: STANDARD_VERSION,
    source_id: options.publicId,
    tags: doc.tags?.length ? doc.tags.join(', ') : null,
    lars: or(options.lars),
  };
}

/* ---------- Import ---------- */

const text = z.union([z.string(), z.number().transform(String)]).optional();
const grouping = z.array(z.object({ title: text, link: text })).optional();
const list = z.union([z.array(z.string()), z.string().transform((s) => [s])]).optional();

/** An incoming Dutch standard object. Unknown keys are ignored; nulls count as empty. */
export const nlStandardSchema = z.object({
  name: text,
  description_short: text,
  organization: text,
  category: list,
  status: text,
  begin_date: text,
  end_date: text,
  contact_email: text,
  website: text,
  publication_category: text,
  url: text,
  goal: text,
  proportionality: text,
  human_intervention: text,
  risks: text,
  lawful_basis: text,
  lawful_basis_grouping: grouping,
  process_index_url: text,
  impacttoetsen_grouping: grouping,
  impacttoetsen: text,
  source_data: text,
  source_data_grouping: grouping,
  methods_and_models: text,
  provider: text,
  publiccode: text,
  lang: text,
  standard_version: text,
  source_id: text,
  tags: z.union([z.string().transform((s) => s.split(',')), z.array(z.string())]).optional(),
  lars: text,
});

export type FromNlResult = {
  doc: EntryDraft;
  organisationName?: string;
  lars?: string;
  sourceId?: string;
  url?: string;
  /** Supplier name from `provider`, when it was not built in-house. */
  providerName?: string;
  errors: string[];
};

const clean = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function fromNlStandard(obj: unknown): FromNlResult {
  const errors: string[] = [];
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
    return { doc: {}, errors: ['Expected a JSON object for one entry'] };
  }
  const { data: nl, dropped } = parseDroppingInvalid(nlStandardSchema, obj);
  for (const d of dropped) errors.push(`${d.path || 'entry'}: ${d.message}`);

  function lookup<T extends { slug: string; nl: string }>(list: readonly T[], value: string | undefined, what: string) {
    if (!clean(value)) return undefined;
    const hit = list.find((x) => same(x.nl, value!));
    if (!hit) errors.push(`Unknown ${what} "${value}"`);
    return hit?.slug as T['slug'] | undefined;
  }

  const themes = (nl.category ?? []).flatMap((t) => {
    const slug = lookup(THEMES, t, 'theme');
    return slug ? [slug] : [];
  });
  let language = clean(nl.lang);
  if (language && !LANGUAGES.some((l) => l.code === language)) {
    errors.push(`Unknown language code "${language}"`);
    language = undefined;
  }
  if (clean(nl.standard_version) && nl.standard_version !== STANDARD_VERSION) {
    errors.push(`Standard version "${nl.standard_version}" was read as version ${STANDARD_VERSION}`);
  }

  const provider = clean(nl.provider);
  const inHouse = provider === undefined ? undefined : same(provider, IN_HOUSE_PROVIDER);
  const readLinks = (g: { title?: string; link?: string }[] | undefined) =>
    g?.map((l) => ({ title: clean(l.title), link: clean(l.link) })).filter((l) => l.title || l.link);

  const lifecycle = {
    status: lookup(LIFECYCLE_STATUSES, nl.status, 'status'),
    beganOn: clean(nl.begin_date),
    endedOn: clean(nl.end_date),
  };
  const raw = {
    name: clean(nl.name),
    descriptionShort: clean(nl.description_short),
    themes: themes.length ? themes : undefined,
    lifecycle: Object.values(lifecycle).some(Boolean) ? lifecycle : undefined,
    contact: clean(nl.contact_email),
    website: clean(nl.website),
    publicationCategory: lookup(PUBLICATION_CATEGORIES, nl.publication_category, 'publication category'),
    goal: clean(nl.goal),
    proportionality: clean(nl.proportionality),
    humanIntervention: clean(nl.human_intervention),
    risks: clean(nl.risks),
    lawfulBasis: clean(nl.lawful_basis),
    lawfulBasisLinks: readLinks(nl.lawful_basis_grouping),
    processingRegisterUrl: clean(nl.process_index_url),
    assessmentLinks: readLinks(nl.impacttoetsen_grouping),
    assessmentsText: clean(nl.impacttoetsen),
    dataSourcesText: clean(nl.source_data),
    dataSourceLinks: readLinks(nl.source_data_grouping),
    technicalOperation: clean(nl.methods_and_models),
    procurement: inHouse === undefined ? undefined : { inHouse, suppliers: [] },
    sourceCodeUrl: clean(nl.publiccode),
    language,
    tags: nl.tags?.map((t) => t.trim()).filter(Boolean),
  };
  const { draft, dropped: notKept } = sanitizeDraftReport(raw);
  for (const d of notKept) errors.push(`${d.path}: ${d.message}`);

  return {
    doc: draft,
    organisationName: clean(nl.organization),
    lars: clean(nl.lars),
    sourceId: clean(nl.source_id),
    url: clean(nl.url),
    providerName: inHouse === false ? provider : undefined,
    errors,
  };
}
