/**
 * Import and export in the Dutch publication standard 1.0 (algoritmes.overheid.nl).
 * Keys are exactly the standard's; values use its Dutch strings for themes,
 * status and publication category. Everything the standard carries round-trips.
 */
import { z } from 'zod';
import { LANGUAGES, LIFECYCLE_STATUSES, PUBLICATION_CATEGORIES } from '~content/vocabularies/entry-enums';
import { THEMES } from '~content/vocabularies/themes';
import { toNlSourceData } from '~/data-use/declarations-export';
import { sanitizeDraftReport, valueAt, type EntryDocument, type EntryDraft } from './entry-schema';
import { parseDroppingInvalid } from './schema-kit';
import { FIELDS, PLAIN_NL_FIELDS, STANDARD_VERSION, type FieldKey, type PlainNlKey } from './standard';

export const IN_HOUSE_PROVIDER = 'Intern ontwikkeld';

/** The entry's top-level fields that the Dutch standard carries (from FIELDS' `nl` keys); a re-import replaces these. */
export const NL_ENTRY_KEYS = [
  ...new Set((Object.keys(FIELDS) as FieldKey[]).filter((k) => FIELDS[k].nl).map((k) => k.split('.')[0])),
] as (keyof EntryDraft)[];

type Link = { title: string; link: string };

/** One entry in the standard: the plain fields (see FIELDS) as text, and the rest. */
export type NlStandardEntry = Record<PlainNlKey, string | null> & {
  organization: string;
  category: string[];
  status: string | null;
  publication_category: string | null;
  url: string | null;
  lawful_basis_grouping: Link[];
  impacttoetsen_grouping: Link[];
  source_data_grouping: Link[];
  provider: string | null;
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
const textOf = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const links = (list: { title?: string; link?: string }[] | undefined): Link[] =>
  (list ?? []).map((l) => ({ title: l.title ?? '', link: l.link ?? '' }));

function providerOf(doc: EntryDraft | EntryDocument, providerName?: string): string | null {
  if (!doc.procurement) return null;
  return doc.procurement.inHouse === false ? or(providerName) : IN_HOUSE_PROVIDER;
}

export function toNlStandard(doc: EntryDraft | EntryDocument, options: ToNlOptions): NlStandardEntry {
  const nl = <T extends { slug: string; nl: string }>(list: readonly T[], slug: string | undefined) =>
    list.find((x) => x.slug === slug)?.nl ?? null;
  const plain = Object.fromEntries(
    PLAIN_NL_FIELDS.map(({ key, nl: nlKey }) => [nlKey, or(textOf(valueAt(doc, key)))]),
  ) as Record<PlainNlKey, string | null>;
  return {
    ...plain,
    organization: options.organisationName,
    category: (doc.themes ?? []).map((slug) => nl(THEMES, slug)).filter((t): t is string => t !== null),
    status: nl(LIFECYCLE_STATUSES, doc.lifecycle?.status),
    publication_category: nl(PUBLICATION_CATEGORIES, doc.publicationCategory),
    url: or(options.url),
    lawful_basis_grouping: links(doc.lawfulBasisLinks),
    impacttoetsen_grouping: links(doc.assessmentLinks),
    // Without its own text, source_data describes the data declarations.
    ...toNlSourceData(doc),
    provider: providerOf(doc, options.providerName),
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
  ...(Object.fromEntries(PLAIN_NL_FIELDS.map(({ nl }) => [nl, text])) as Record<PlainNlKey, typeof text>),
  organization: text,
  category: list,
  status: text,
  publication_category: text,
  url: text,
  lawful_basis_grouping: grouping,
  impacttoetsen_grouping: grouping,
  source_data_grouping: grouping,
  provider: text,
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

function setAt(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
}

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

  const raw: Record<string, unknown> = {
    themes: themes.length ? themes : undefined,
    publicationCategory: lookup(PUBLICATION_CATEGORIES, nl.publication_category, 'publication category'),
    lawfulBasisLinks: readLinks(nl.lawful_basis_grouping),
    assessmentLinks: readLinks(nl.impacttoetsen_grouping),
    dataSourceLinks: readLinks(nl.source_data_grouping),
    procurement: inHouse === undefined ? undefined : { inHouse, suppliers: [] },
    language,
    tags: nl.tags?.map((t) => t.trim()).filter(Boolean),
  };
  const status = lookup(LIFECYCLE_STATUSES, nl.status, 'status');
  if (status) setAt(raw, 'lifecycle.status', status);
  for (const { key, nl: nlKey } of PLAIN_NL_FIELDS) {
    const value = clean(nl[nlKey]);
    if (value !== undefined) setAt(raw, key, value);
  }
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
