/**
 * Field-by-field comparison of two entry documents, for the public history page.
 * Both documents are flattened to labelled, readable text (labels from FIELDS,
 * vocabulary slugs as their labels, lists of links as lines); changed text is
 * split into word segments with the `diff` package so the page can mark what
 * was removed and added. Pure: no database, no HTML.
 */
import { diffWordsWithSpace } from "diff";
import { DATA_CATEGORIES, DATA_SOURCES, DATA_USES, PERSONAL_DATA_LEVELS } from "~content/vocabularies/data-categories";
import { ALGORITHM_TYPES, ANNEX_III_AREAS, LANGUAGES, LIFECYCLE_STATUSES, PUBLICATION_CATEGORIES } from "~content/vocabularies/entry-enums";
import { LIFE_EVENTS } from "~content/vocabularies/life-events";
import { OWNERSHIP_OPTIONS, PROCUREMENT_METHODS, SUPPLIER_DATA_ACCESS, SUPPLIER_ROLES } from "~content/vocabularies/procurement";
import { RISK_IMPACTS, RISK_LIKELIHOODS } from "~content/vocabularies/risk-matrix";
import { THEMES } from "~content/vocabularies/themes";
import type { Language } from "~/i18n/languages.mjs";
import { textFor, type Text } from "~/i18n/text";
import type { EntryDraft } from "./entry-schema";
import { FIELDS, type FieldKey, type SectionId } from "./standard";
import { fieldLabel, sectionText } from "./standard-text";

export type FlatField = { key: FieldKey; label: string; section: SectionId; value: string };

export type DiffSegment = { kind: "same" | "removed" | "added"; text: string };

type FieldChange = {
  /** 'organisation' is not a field of the document: it is recorded with each version. */
  key: FieldKey | "organisation";
  label: string;
  section: SectionId;
  sectionTitle: string;
  change: "added" | "removed" | "changed";
  before: string;
  after: string;
  /** Word-level segments of the change; `removed` ones belong to "before", `added` ones to "after". */
  segments: DiffSegment[];
};

export type VersionDiff = { changes: FieldChange[]; changedCount: number; unchangedCount: number };

type Vocab = readonly { slug: string; label?: string; en?: string; nl?: string }[];

const labelIn = (list: Vocab, slug: unknown, language: Language = "en") => {
  if (typeof slug !== "string") return "";
  const item = list.find((x) => x.slug === slug);
  return item?.label ?? item?.[language] ?? item?.en ?? slug;
};

const VOCABULARIES: Partial<Record<FieldKey, Vocab>> = {
  themes: THEMES,
  lifeEvents: LIFE_EVENTS,
  "lifecycle.status": LIFECYCLE_STATUSES,
  algorithmType: ALGORITHM_TYPES,
  "risk.likelihood": RISK_LIKELIHOODS,
  "risk.impact": RISK_IMPACTS,
  "euAiAct.annexIIIArea": ANNEX_III_AREAS,
  "procurement.procedure": PROCUREMENT_METHODS,
  "procurement.modelOwnership": OWNERSHIP_OPTIONS,
  "procurement.dataOwnership": OWNERSHIP_OPTIONS,
  "procurement.supplierDataAccess": SUPPLIER_DATA_ACCESS,
};

function valueAt(doc: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), doc);
}

type Row = Record<string, unknown>;
const text = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const lines = (items: string[]) => items.filter(Boolean).join("\n");

/** `language`: the words values are written in (yes/no, vocabulary labels); `text`: the labels; both English unless given. */
export type FlattenOptions = { supplierNames?: Record<string, string>; language?: Language; text?: Text };

/** The organisation each of the two versions belonged to (null: not recorded for that version). */
export type DiffOptions = FlattenOptions & { organisations?: { before: string | null; after: string | null } };

function formatValue(key: FieldKey, value: unknown, options: FlattenOptions): string {
  if (value === undefined || value === null) return "";
  const language = options.language ?? "en";
  const t = textFor(language);
  const vocab = VOCABULARIES[key];
  if (key === "publicationCategory") {
    return typeof value === "string" ? `${value} – ${labelIn(PUBLICATION_CATEGORIES, value)}` : "";
  }
  if (key === "language") return LANGUAGES.find((l) => l.code === value)?.label ?? text(value);
  if (typeof value === "boolean") return value ? t.entryPage.yes : t.entryPage.no;
  if (Array.isArray(value)) {
    if (vocab) return value.map((v) => labelIn(vocab, v, language)).join(", ");
    if (key === "tags") return value.map(text).join(", ");
    if (key === "lawfulBasisLinks" || key === "dataSourceLinks" || key === "assessmentLinks") {
      return lines(value.map((l: Row) => [text(l.title), text(l.link)].filter(Boolean).join(" – ")));
    }
    if (key === "procurement.suppliers") {
      return lines(
        value.map((s: Row) => {
          const id = text(s.supplierId);
          const name = options.supplierNames?.[id] ?? id;
          return s.role ? `${name} (${labelIn(SUPPLIER_ROLES, s.role)})` : name;
        }),
      );
    }
    if (key === "procurement.withheld") {
      return lines(value.map((w: Row) => [text(w.field), text(w.reason), text(w.legalGround)].filter(Boolean).join(" – ")));
    }
    if (key === "dataDeclarations") return lines(value.map((d: Row) => describeDeclaration(d, t)));
    return value.map(text).join(", ");
  }
  if (vocab) return labelIn(vocab, value, language);
  return text(value);
}

function describeDeclaration(d: Row, t: Text): string {
  const w = t.entryPage.diff.declaration;
  const parts = [
    text(d.name) || w.unnamed,
    d.source ? w.source({ value: `${labelIn(DATA_SOURCES, d.source)}${d.sourceDetail ? ` (${text(d.sourceDetail)})` : ""}` }) : "",
    d.personalData ? w.personalData({ value: labelIn(PERSONAL_DATA_LEVELS, d.personalData) }) : "",
    Array.isArray(d.categories) && d.categories.length ? w.kinds({ value: d.categories.map((c) => labelIn(DATA_CATEGORIES, c)).join(", ") }) : "",
    d.use ? w.use({ value: labelIn(DATA_USES, d.use) }) : "",
    d.retention ? w.retention({ value: text(d.retention) }) : "",
    d.sharedWith ? w.sharedWith({ value: text(d.sharedWith) }) : "",
  ];
  return parts.filter(Boolean).join("; ");
}

/** Every field of the standard, in form order, as a label and readable text ('' when empty). */
export function flattenDocument(doc: EntryDraft, options: FlattenOptions = {}): FlatField[] {
  return (Object.keys(FIELDS) as FieldKey[]).map((key) => ({
    key,
    label: fieldLabel(options.text ?? textFor(options.language ?? "en"), key),
    section: FIELDS[key].section,
    value: formatValue(key, valueAt(doc, key), options).trim(),
  }));
}

function segmentsOf(before: string, after: string): DiffSegment[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    kind: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
}

/** What changed from `before` to `after`, field by field, in form order. */
export function diffDocuments(before: EntryDraft, after: EntryDraft, options: DiffOptions = {}): VersionDiff {
  const t = options.text ?? textFor(options.language ?? "en");
  const sectionTitle = (id: SectionId) => sectionText(t, id).title;
  const a = flattenDocument(before, options);
  const b = new Map(flattenDocument(after, options).map((f) => [f.key, f]));
  const changes: FieldChange[] = [];
  let unchangedCount = 0;
  const orgs = options.organisations;
  // A version without a recorded organisation says nothing about a move, so it is not shown as one.
  if (orgs?.before && orgs.after && orgs.before !== orgs.after) {
    changes.push({
      key: "organisation",
      label: t.entries.staff.organisation,
      section: "general",
      sectionTitle: sectionTitle("general"),
      change: "changed",
      before: orgs.before,
      after: orgs.after,
      segments: [
        { kind: "removed", text: orgs.before },
        { kind: "added", text: orgs.after },
      ],
    });
  }
  for (const field of a) {
    const next = b.get(field.key)!;
    if (field.value === next.value) {
      if (field.value) unchangedCount++;
      continue;
    }
    const change = !field.value ? "added" : !next.value ? "removed" : "changed";
    changes.push({
      key: field.key,
      label: field.label,
      section: field.section,
      sectionTitle: sectionTitle(field.section),
      change,
      before: field.value,
      after: next.value,
      segments:
        change === "changed"
          ? segmentsOf(field.value, next.value)
          : [{ kind: change === "added" ? "added" : "removed", text: change === "added" ? next.value : field.value }],
    });
  }
  return { changes, changedCount: changes.length, unchangedCount };
}
