/**
 * How far each section of the filing form is: not started, has problems, or complete. A section
 * is complete only when the editor has actually answered something in it and the submit rules
 * find no problem there; what the form pre-selects before anyone chooses is not an answer.
 */
import { validateForSubmit, valueAt, type EntryDocument, type EntryDraft } from "./entry-schema";
import { FIELDS, SECTIONS, type FieldKey, type SectionId } from "./standard";

export type SectionState = "not_started" | "problems" | "complete";

export type SectionProgress = {
  state: SectionState;
  /** Fields with an answer of the editor's own, of those that apply. */
  answered: number;
  total: number;
  /** Problems the submit rules find in this section. */
  problems: number;
};

/** The values the filing form shows selected on an empty draft (a radio button, unticked boxes). */
const PRESELECTED: Partial<Record<FieldKey, unknown>> = {
  "procurement.inHouse": true,
  selfLearning: false,
  "euAiAct.highRisk": false,
  "euAiAct.restrictedSection": false,
};

/** Filled in by the register itself: a new draft gets its organisation's language (createDraft). */
const FILLED_BY_THE_REGISTER: ReadonlySet<FieldKey> = new Set<FieldKey>(["language"]);

function isAnswered(key: FieldKey, value: unknown): boolean {
  if (FILLED_BY_THE_REGISTER.has(key)) return false;
  if (key in PRESELECTED && value === PRESELECTED[key]) return false;
  return hasContent(value);
}

function hasContent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === "object") return Object.values(value).some(hasContent);
  return true;
}

const FIELD_KEYS = Object.keys(FIELDS) as FieldKey[];

/** Fields the filing form draws in another section than the standard's (the life events go with the data sets). */
const DRAWN_IN: Partial<Record<FieldKey, SectionId>> = { lifeEvents: "data" };

const sectionOf = (key: FieldKey): SectionId => DRAWN_IN[key] ?? FIELDS[key].section;

/** The section a problem's dotted path (`procurement.suppliers.0.role`, `tags.2`) belongs to. */
export function sectionOfPath(path: string): SectionId | undefined {
  const parts = path.split(".");
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join(".");
    if (key in FIELDS) return sectionOf(key as FieldKey);
  }
  const nested = FIELD_KEYS.find((k) => k.startsWith(`${parts[0]}.`));
  return nested ? sectionOf(nested) : undefined;
}

export function sectionProgress(doc: EntryDraft | EntryDocument): Record<SectionId, SectionProgress> {
  const draft = doc as EntryDraft;
  const counts = Object.fromEntries(SECTIONS.map((s) => [s.id, { answered: 0, total: 0, problems: 0 }])) as Record<SectionId, Omit<SectionProgress, "state">>;
  for (const key of FIELD_KEYS) {
    const meta = FIELDS[key];
    if (meta.countWhen && !meta.countWhen(draft)) continue;
    const section = sectionOf(key);
    counts[section].total++;
    if (isAnswered(key, valueAt(draft, key))) counts[section].answered++;
  }
  for (const path of Object.keys(validateForSubmit(draft).errors)) {
    const section = sectionOfPath(path);
    if (section) counts[section].problems++;
  }
  return Object.fromEntries(
    SECTIONS.map((s) => {
      const c = counts[s.id];
      const state: SectionState = c.answered === 0 ? "not_started" : c.problems > 0 ? "problems" : "complete";
      return [s.id, { ...c, state }];
    }),
  ) as Record<SectionId, SectionProgress>;
}
