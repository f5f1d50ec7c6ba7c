/**
 * Import and export in the Dutch publication standard 1.0 (algoritmes.overheid.nl).
 * Keys are exactly the standard's; values use its Dutch strings for themes,
 * status and publication category. Everything the standard carries round-trips.
 */
import { z } from "zod";
import { LANGUAGES, LIFECYCLE_STATUSES, PUBLICATION_CATEGORIES } from "~content/vocabularies/entry-enums";
import { THEMES } from "~content/vocabularies/themes";
import { toNlSourceData } from "~/data-use/declarations-export";
import { sanitizeDraftReport, valueAt, type EntryDocument, type EntryDraft } from "./entry-schema";
import { htmlToText } from "~/imports/text";
import { isValidMonth, parseDroppingInvalid } from "./schema-kit";
import { FIELDS, LIMITS, PLAIN_NL_FIELDS, STANDARD_VERSION, type FieldKey, type PlainNlKey } from "./standard";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";

export const IN_HOUSE_PROVIDER = "Intern ontwikkeld";

/** The entry's top-level fields that the Dutch standard carries (from FIELDS' `nl` keys); a re-import replaces these. */
export const NL_ENTRY_KEYS = [...new Set((Object.keys(FIELDS) as FieldKey[]).filter((k) => FIELDS[k].nl).map((k) => k.split(".")[0]))] as (keyof EntryDraft)[];

/** A link of a grouping; an absent title or address is `null`, as the standard writes it. */
type Link = { title: string | null; link: string | null };

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
  /** Our public id of the entry, exported as `source_id` when the entry has no id of its own register. */
  publicId: string;
  /** Supplier name(s) to publish as `provider` when not built in-house. */
  providerName?: string;
  /** The 8-digit id the Dutch register assigned, when the entry does not record it. */
  lars?: string;
  /** Link to the entry in our register, exported as `url` when the entry has no link to its own register. */
  url?: string;
};

const or = (v: string | undefined) => (v === undefined || v === "" ? null : v);
const textOf = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined);
const links = (list: { title?: string; link?: string }[] | undefined): Link[] => (list ?? []).map((l) => ({ title: l.title ?? null, link: l.link ?? null }));

function providerOf(doc: EntryDraft | EntryDocument, providerName?: string): string | null {
  if (!doc.procurement) return null;
  return doc.procurement.inHouse === false ? or(providerName) : IN_HOUSE_PROVIDER;
}

export function toNlStandard(doc: EntryDraft | EntryDocument, options: ToNlOptions): NlStandardEntry {
  const nl = <T extends { slug: string; nl: string }>(list: readonly T[], slug: string | undefined) => list.find((x) => x.slug === slug)?.nl ?? null;
  const plain = Object.fromEntries(PLAIN_NL_FIELDS.map(({ key, nl: nlKey }) => [nlKey, or(textOf(valueAt(doc, key)))])) as Record<PlainNlKey, string | null>;
  return {
    ...plain,
    organization: options.organisationName,
    category: (doc.themes ?? []).map((slug) => nl(THEMES, slug)).filter((t): t is string => t !== null),
    status: nl(LIFECYCLE_STATUSES, doc.lifecycle?.status),
    publication_category: nl(PUBLICATION_CATEGORIES, doc.publicationCategory),
    url: plain.url ?? or(options.url),
    lawful_basis_grouping: links(doc.lawfulBasisLinks),
    impacttoetsen_grouping: links(doc.assessmentLinks),
    // Without its own text, source_data describes the data declarations.
    ...toNlSourceData(doc),
    source_data_grouping: links(doc.dataSourceLinks),
    provider: providerOf(doc, options.providerName),
    lang: or(doc.language),
    standard_version: STANDARD_VERSION,
    // The organisation's own id and link are given back as they came; only entries without them get ours.
    source_id: plain.source_id ?? options.publicId,
    tags: doc.tags?.length ? doc.tags.join(", ") : null,
    lars: plain.lars ?? or(options.lars),
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
  tags: z.union([z.string().transform((s) => s.split(",")), z.array(z.string())]).optional(),
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
  /** Why the record cannot be taken as it is, each starting with the standard's key: nothing of it may be published. */
  errors: string[];
  /** What was read but not kept (keys the standard does not know). */
  warnings: string[];
};

/** Keys of the standard that are not stored: the Dutch register's own publication date. */
const IGNORED_KEYS = new Set(["publication_dt"]);
const KNOWN_KEYS = new Set([...Object.keys(nlStandardSchema.shape), ...IGNORED_KEYS]);
const REQUIRED_KEYS = ["name", "description_short", "organization", "status", "contact_email", "publication_category", "lang"] as const;
const FIELD_OF_NL = new Map(PLAIN_NL_FIELDS.map(({ key, nl }) => [nl as string, FIELDS[key]]));

function setAt(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
}

const clean = (v: string | undefined) => (v === undefined || v.trim() === "" ? undefined : v);
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const isHttpUrl = (v: string) => /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(v.trim()) && URL.canParse(v.trim());
const tooLong = (max: number) => `is longer than ${max} characters`;
/** Import reports are written in English (the schemas' messages are catalogue references). */
const REPORT_TEXT = textFor("en");

export function fromNlStandard(obj: unknown): FromNlResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (!obj || typeof obj !== "object" || Array.isArray(obj)) {
    return { doc: {}, errors: ["Expected a JSON object for one entry"], warnings };
  }
  for (const key of Object.keys(obj)) if (!KNOWN_KEYS.has(key)) warnings.push(`${key}: not a field of the Dutch standard 1.0, not imported`);
  const { data: nl, dropped } = parseDroppingInvalid(nlStandardSchema, obj);
  for (const d of dropped) errors.push(`${d.path || "entry"}: ${showProblem(REPORT_TEXT, d.message)}`);
  const wrongType = new Set(dropped.map((d) => d.path.split(".")[0]));

  for (const key of REQUIRED_KEYS) {
    if (!wrongType.has(key) && !clean(nl[key])) errors.push(`${key}: required by the standard, but missing`);
  }

  function lookup<T extends { slug: string; nl: string }>(list: readonly T[], value: string | undefined, key: string) {
    if (!clean(value)) return undefined;
    const hit = list.find((x) => same(x.nl, value!));
    if (!hit) errors.push(`${key}: "${value}" is not a value the standard allows`);
    return hit?.slug as T["slug"] | undefined;
  }
  /** Source text with HTML made safe: the standard's long fields keep their structure as Markdown. */
  const textAt = (key: string, value: string | undefined, max: number | undefined, keepStructure = false) => {
    const v = clean(value);
    if (v === undefined) return undefined;
    const converted = htmlToText(v, keepStructure);
    const out = converted.trim() ? converted : undefined;
    if (out !== undefined && max !== undefined && out.length > max) errors.push(`${key}: ${tooLong(max)}`);
    return out;
  };

  const themes = (nl.category ?? []).flatMap((t) => {
    const slug = lookup(THEMES, t, "category");
    return slug ? [slug] : [];
  });
  if (themes.length > LIMITS.maxThemes) errors.push(`category: more than ${LIMITS.maxThemes} themes`);
  let language = clean(nl.lang);
  if (language) {
    const hit = LANGUAGES.find((l) => same(l.code, language!));
    if (!hit) errors.push(`lang: "${language}" is not a language code this register knows`);
    language = hit?.code;
  }
  if (clean(nl.standard_version) && nl.standard_version!.trim() !== STANDARD_VERSION) {
    errors.push(`standard_version: "${nl.standard_version}" is not ${STANDARD_VERSION}, the version this import reads`);
  }

  const provider = textAt("provider", nl.provider, LIMITS.provider);
  const inHouse = provider === undefined ? undefined : same(provider, IN_HOUSE_PROVIDER);
  const readLinks = (key: string, g: { title?: string; link?: string }[] | undefined, titleMax: number) =>
    g
      ?.map((l, i) => {
        const link = clean(l.link)?.trim();
        if (link !== undefined && !isHttpUrl(link)) errors.push(`${key}.${i}.link: "${link}" is not a web address starting with http:// or https://`);
        return { title: textAt(`${key}.${i}.title`, l.title, titleMax), link };
      })
      .filter((l) => l.title || l.link);

  const tags = nl.tags?.map((t) => htmlToText(t, false).trim()).filter(Boolean);
  if (tags && tags.join(", ").length > LIMITS.tags) errors.push(`tags: ${tooLong(LIMITS.tags)}`);
  const raw: Record<string, unknown> = {
    themes: themes.length ? themes : undefined,
    publicationCategory: lookup(PUBLICATION_CATEGORIES, nl.publication_category, "publication_category"),
    lawfulBasisLinks: readLinks("lawful_basis_grouping", nl.lawful_basis_grouping, LIMITS.linkTitle),
    assessmentLinks: readLinks("impacttoetsen_grouping", nl.impacttoetsen_grouping, LIMITS.groupingTitle),
    dataSourceLinks: readLinks("source_data_grouping", nl.source_data_grouping, LIMITS.groupingTitle),
    procurement: inHouse === undefined ? undefined : { inHouse, suppliers: [] },
    language,
    tags,
  };
  const status = lookup(LIFECYCLE_STATUSES, nl.status, "status");
  if (status) setAt(raw, "lifecycle.status", status);
  for (const { key, nl: nlKey } of PLAIN_NL_FIELDS) {
    const meta = FIELD_OF_NL.get(nlKey)!;
    const given = clean(nl[nlKey]);
    if (given === undefined) continue;
    let value: string | undefined = given.trim();
    if (meta.input === "url") {
      if (!isHttpUrl(value)) errors.push(`${nlKey}: "${value}" is not a web address starting with http:// or https://`);
      else if (value.length > LIMITS.url) errors.push(`${nlKey}: ${tooLong(LIMITS.url)}`);
    } else if (meta.input === "month") {
      if (!isValidMonth(value)) errors.push(`${nlKey}: "${value}" is not a month written as YYYY-MM`);
    } else {
      value = textAt(nlKey, given, meta.max, meta.nlHtml === true);
    }
    if (value !== undefined) setAt(raw, key, value);
  }
  const { draft, dropped: notKept } = sanitizeDraftReport(raw);
  for (const d of notKept) errors.push(`${d.path}: ${showProblem(REPORT_TEXT, d.message)}`);

  return {
    doc: draft,
    organisationName: textAt("organization", nl.organization, LIMITS.organisation),
    lars: clean(nl.lars)?.trim(),
    sourceId: clean(nl.source_id)?.trim(),
    url: clean(nl.url)?.trim(),
    providerName: inHouse === false ? provider : undefined,
    errors,
    warnings,
  };
}
