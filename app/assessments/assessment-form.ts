/**
 * Form fields ⇄ assessment document, one part at a time. Field names are the dotted paths
 * the schemas report errors on (`answers.1.1`, `rights.0.seriousness`), so each error lands
 * next to its field. Only the posted part is replaced; the rest of the document is kept.
 */
import { ALWAYS_CHECKED_RIGHTS, ART27_ELEMENTS } from "~content/vocabularies/fraia";
import { RIGHT_SLUGS, TEXT_QUESTIONS, type AssessmentDoc, type FormPartId, type RightAssessment } from "./assessment-schema";

type Form = { get(name: string): FormDataEntryValue | null; getAll(name: string): FormDataEntryValue[]; keys(): Iterable<string> };

const str = (form: Form, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v.replace(/\r\n/g, "\n") : "";
};
const opt = (v: string) => (v.trim() ? v : undefined);

const RIGHT_FIELDS = ["legalBasis", "objectives", "effectiveness", "necessity", "balancing", "mitigations"] as const;

/** Indexes of posted rows such as `rights.3.right`, in order (a row may be missing from a hand-made post). */
function rowIndexes(form: Form, prefix: string, field: string): number[] {
  const keys = [...form.keys()];
  const re = new RegExp(`^${prefix}\\.(\\d+)\\.${field}$`);
  return [
    ...new Set(
      keys
        .map((k) => re.exec(k)?.[1])
        .filter((x): x is string => x !== undefined)
        .map(Number),
    ),
  ].sort((a, b) => a - b);
}

/** Rights shown on the part 4 form: the always-checked ones first, then those chosen, in catalogue order. */
export function rightsToShow(chosen: readonly string[]): string[] {
  const set = new Set([...ALWAYS_CHECKED_RIGHTS, ...chosen]);
  return [...ALWAYS_CHECKED_RIGHTS, ...RIGHT_SLUGS.filter((s) => set.has(s) && !(ALWAYS_CHECKED_RIGHTS as readonly string[]).includes(s))];
}

function readRights(form: Form, current: AssessmentDoc): AssessmentDoc["rights"] {
  const chosen = form.getAll("chosenRights").filter((v): v is string => typeof v === "string" && RIGHT_SLUGS.includes(v));
  const slugs = rightsToShow(chosen);
  const previous = new Map(current.rights.map((r) => [r.right, r]));
  // Blocks are posted by index; a right chosen just now has no block yet and starts empty.
  const posted = new Map<string, RightAssessment>();
  for (const i of rowIndexes(form, "rights", "right")) {
    const right = str(form, `rights.${i}.right`);
    const affected = str(form, `rights.${i}.affected`);
    const seriousness = str(form, `rights.${i}.seriousness`);
    const item: RightAssessment = {
      right,
      affected: affected === "yes" ? true : affected === "no" ? false : undefined,
      seriousness: seriousness || undefined,
    };
    for (const f of RIGHT_FIELDS) item[f] = opt(str(form, `rights.${i}.${f}`));
    posted.set(right, item);
  }
  return slugs.map((right) => posted.get(right) ?? previous.get(right) ?? { right });
}

/** The document with the posted part replaced. */
export function applyPartForm(current: AssessmentDoc, part: FormPartId, form: Form): AssessmentDoc {
  const next: AssessmentDoc = structuredClone(current);
  if (part === "4") {
    next.rights = readRights(form, current);
    return next;
  }
  if (part === "extra") {
    next.dpia = { summary: opt(str(form, "dpia.summary")), link: opt(str(form, "dpia.link").trim()) };
    next.art27 = {};
    for (const e of ART27_ELEMENTS) {
      const v = opt(str(form, `art27.${e.id}`));
      if (v) next.art27[e.id] = v;
    }
    next.otherAssessments = [];
    for (const i of rowIndexes(form, "otherAssessments", "type")) {
      const row = {
        type: opt(str(form, `otherAssessments.${i}.type`)),
        date: opt(str(form, `otherAssessments.${i}.date`).trim()),
        link: opt(str(form, `otherAssessments.${i}.link`).trim()),
        summary: opt(str(form, `otherAssessments.${i}.summary`)),
      };
      // The empty row offered for adding one more is ignored.
      if (row.type || row.date || row.link || row.summary) next.otherAssessments.push(row);
    }
    next.noneExplanation = opt(str(form, "noneExplanation"));
    next.reviewDueOn = opt(str(form, "reviewDueOn").trim());
    return next;
  }
  for (const q of TEXT_QUESTIONS.filter((x) => x.part === part)) {
    const answer = opt(str(form, `answers.${q.id}`));
    if (answer) next.answers[q.id] = answer;
    else delete next.answers[q.id];
    if (str(form, `confidential.${q.id}.withheld`) === "yes") {
      next.confidential[q.id] = {
        withheld: true,
        reason: opt(str(form, `confidential.${q.id}.reason`)),
        legalGround: opt(str(form, `confidential.${q.id}.legalGround`)),
      };
    } else {
      delete next.confidential[q.id];
    }
  }
  return next;
}

/** Answered count per part, for the overview and the public page. */
export function partProgress(doc: AssessmentDoc): Array<{ part: FormPartId; answered: number; total: number }> {
  const parts: FormPartId[] = ["1", "2A", "2B", "3"];
  const rows = parts.map((part) => {
    const qs = TEXT_QUESTIONS.filter((q) => q.part === part);
    return { part, answered: qs.filter((q) => doc.answers[q.id]?.trim()).length, total: qs.length };
  });
  const rightsDone = doc.rights.filter((r) => r.affected !== undefined).length;
  rows.push({ part: "4", answered: rightsDone, total: Math.max(doc.rights.length, ALWAYS_CHECKED_RIGHTS.length) });
  return rows;
}
