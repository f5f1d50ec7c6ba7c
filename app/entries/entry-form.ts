/**
 * The entry document as the filing form's default values (every input has a value); reading a
 * form post back into a document is in form-values.ts.
 */
import { CHARTER_COMMITMENTS } from "~content/vocabularies/entry-enums";
import { SENSITIVE_CATEGORIES } from "./data-declaration-schema";
import type { EntryDocument, EntryDraft } from "./entry-schema";
import { PLAIN_FIELDS, type PlainFieldKey } from "./standard";

type FormShape<T> = [T] extends [number]
  ? string
  : [T] extends [boolean]
    ? boolean
    : [T] extends [string]
      ? string
      : T extends readonly (infer U)[]
        ? FormShape<U>[]
        : T extends object
          ? { [K in keyof T]-?: FormShape<Exclude<T[K], undefined>> }
          : never;

/** Every input has a value: '' for empty text, numbers as text. Translations have their own form (translations.ts). */
export type EntryFormValues = FormShape<Omit<EntryDocument, "translations">>;

const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const link = (l: { title?: string; link?: string }) => ({ title: str(l.title), link: str(l.link) });

export function entryToFormDefaults(doc: EntryDraft): EntryFormValues {
  const p = doc.procurement ?? {};
  const plain = Object.fromEntries(PLAIN_FIELDS.map((k) => [k, str(doc[k])])) as Pick<EntryFormValues, PlainFieldKey>;
  return {
    ...plain,
    themes: strs(doc.themes),
    lifecycle: {
      status: str(doc.lifecycle?.status),
      beganOn: str(doc.lifecycle?.beganOn),
      endedOn: str(doc.lifecycle?.endedOn),
    },
    publicationCategory: str(doc.publicationCategory),
    lawfulBasisLinks: (doc.lawfulBasisLinks ?? []).map(link),
    dataSourceLinks: (doc.dataSourceLinks ?? []).map(link),
    algorithmType: str(doc.algorithmType),
    selfLearning: doc.selfLearning ?? false,
    charter: Object.fromEntries(CHARTER_COMMITMENTS.map((c) => [c.id, str(doc.charter?.[c.id])])) as EntryFormValues["charter"],
    risk: { likelihood: str(doc.risk?.likelihood), impact: str(doc.risk?.impact) },
    euAiAct: {
      highRisk: doc.euAiAct?.highRisk ?? false,
      annexIIIArea: str(doc.euAiAct?.annexIIIArea),
      euDatabaseUrl: str(doc.euAiAct?.euDatabaseUrl),
      restrictedSection: doc.euAiAct?.restrictedSection ?? false,
    },
    language: str(doc.language),
    tags: strs(doc.tags),
    assessmentLinks: (doc.assessmentLinks ?? []).map(link),
    lifeEvents: strs(doc.lifeEvents),
    procurement: {
      inHouse: p.inHouse ?? true,
      suppliers: (p.suppliers ?? []).map((s) => ({ supplierId: str(s.supplierId), role: str(s.role) })),
      procedure: str(p.procedure),
      ocid: str(p.ocid),
      tenderUrl: str(p.tenderUrl),
      contractReference: str(p.contractReference),
      contractStart: str(p.contractStart),
      contractEnd: str(p.contractEnd),
      contractValue: str(p.contractValue),
      currency: str(p.currency),
      modelOwnership: str(p.modelOwnership),
      dataOwnership: str(p.dataOwnership),
      supplierDataAccess: str(p.supplierDataAccess),
      sourceAvailability: str(p.sourceAvailability),
      licence: str(p.licence),
      contractClauses: str(p.contractClauses),
      withheld: (p.withheld ?? []).map((w) => ({ field: str(w.field), reason: str(w.reason), legalGround: str(w.legalGround) })),
    },
    dataDeclarations: (doc.dataDeclarations ?? []).map((d) => ({
      name: str(d.name),
      source: str(d.source),
      sourceDetail: str(d.sourceDetail),
      personalData: str(d.personalData),
      categories: strs(d.categories),
      legalGrounds: Object.fromEntries(
        SENSITIVE_CATEGORIES.map((c) => [c.slug, str(d.legalGrounds?.[c.slug as keyof typeof d.legalGrounds])]),
      ) as EntryFormValues["dataDeclarations"][number]["legalGrounds"],
      retention: str(d.retention),
      sharedWith: str(d.sharedWith),
      use: str(d.use),
    })),
  };
}
