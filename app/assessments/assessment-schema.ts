/**
 * The assessment document (Assessment.data) and its two schemas, shared by client and server:
 *  - draft: types and lengths only, so partial work can be saved at any time;
 *  - submit: everything a reviewer needs (all questions answered, always-checked rights
 *    addressed, reasons for withheld answers, other assessments or an explanation).
 * Questions and rights come from content/vocabularies/fraia.ts: adding one is a data change.
 */
import { z } from "zod";
import { isHttpUrl, isValidDay } from "~/entries/schema-kit";
import { problem } from "~/i18n/problem";
import {
  ALWAYS_CHECKED_RIGHTS,
  ART27_ELEMENTS,
  ASSESSMENT_TYPES,
  FRAIA_QUESTIONS,
  RIGHTS_CLUSTERS,
  SERIOUSNESS_LEVELS,
  type FraiaPartId,
} from "~content/vocabularies/fraia";

export const ASSESSMENT_LIMITS = { answer: 5000, reason: 500, legalGround: 500, rightText: 5000, summary: 2500, url: 2048, maxOther: 20 } as const;

/** Questions answered as free text (parts 1–3); part 4 is answered per right. */
export const TEXT_QUESTIONS = FRAIA_QUESTIONS.filter((q) => q.part !== "4");
export const TEXT_QUESTION_IDS = TEXT_QUESTIONS.map((q) => q.id) as [string, ...string[]];
export const ALL_RIGHTS = RIGHTS_CLUSTERS.flatMap((c) => c.rights.map((r) => ({ ...r, cluster: c.slug })));
export const RIGHT_SLUGS = ALL_RIGHTS.map((r) => r.slug) as [string, ...string[]];
export const ART27_IDS = ART27_ELEMENTS.map((e) => e.id);
export const ASSESSMENT_TYPE_SLUGS = ASSESSMENT_TYPES.map((t) => t.slug) as [string, ...string[]];

/** A part of the form: the FRAIA parts plus one page for DPIA, Art. 27, other assessments and the review date. */
export type FormPartId = FraiaPartId | "extra";
export const FORM_PARTS: readonly FormPartId[] = ["1", "2A", "2B", "3", "4", "extra"];
export const parsePartId = (raw: string | undefined): FormPartId | null => FORM_PARTS.find((p) => p.toLowerCase() === raw?.toLowerCase()) ?? null;

const tooLong = (max: number) => problem("forms.validation.tooLong", { max });
const text = (max: number) => z.string().max(max, tooLong(max)).optional();

const confidentialSchema = z.object({ withheld: z.literal(true), reason: text(ASSESSMENT_LIMITS.reason), legalGround: text(ASSESSMENT_LIMITS.legalGround) });

const rightSchema = z.object({
  right: z.enum(RIGHT_SLUGS, { error: problem("assessments.validation.chooseRight") }),
  affected: z.boolean().optional(),
  seriousness: z.enum(SERIOUSNESS_LEVELS.map((s) => s.slug) as [string, ...string[]]).optional(),
  legalBasis: text(ASSESSMENT_LIMITS.rightText),
  objectives: text(ASSESSMENT_LIMITS.rightText),
  effectiveness: text(ASSESSMENT_LIMITS.rightText),
  necessity: text(ASSESSMENT_LIMITS.rightText),
  balancing: text(ASSESSMENT_LIMITS.rightText),
  mitigations: text(ASSESSMENT_LIMITS.rightText),
});

const otherAssessmentSchema = z.object({
  type: z.enum(ASSESSMENT_TYPE_SLUGS, { error: problem("assessments.validation.chooseType") }).optional(),
  date: text(20),
  link: text(ASSESSMENT_LIMITS.url),
  summary: text(ASSESSMENT_LIMITS.summary),
});

export const assessmentDraftSchema = z.object({
  answers: z.partialRecord(z.enum(TEXT_QUESTION_IDS), z.string().max(ASSESSMENT_LIMITS.answer, tooLong(ASSESSMENT_LIMITS.answer))).default({}),
  confidential: z.partialRecord(z.enum(TEXT_QUESTION_IDS), confidentialSchema).default({}),
  rights: z.array(rightSchema).default([]),
  dpia: z.object({ summary: text(ASSESSMENT_LIMITS.summary), link: text(ASSESSMENT_LIMITS.url) }).default({}),
  art27: z.partialRecord(z.enum(ART27_IDS as [string, ...string[]]), z.string().max(ASSESSMENT_LIMITS.summary, tooLong(ASSESSMENT_LIMITS.summary))).default({}),
  otherAssessments: z
    .array(otherAssessmentSchema)
    .max(ASSESSMENT_LIMITS.maxOther, problem("assessments.validation.maxOther", { max: ASSESSMENT_LIMITS.maxOther }))
    .default([]),
  noneExplanation: text(ASSESSMENT_LIMITS.summary),
  reviewDueOn: text(20),
});

export type AssessmentDoc = z.output<typeof assessmentDraftSchema>;
export type RightAssessment = AssessmentDoc["rights"][number];
export type OtherAssessment = AssessmentDoc["otherAssessments"][number];

export const emptyAssessment = (): AssessmentDoc => assessmentDraftSchema.parse({});

const blank = (v: string | undefined | null) => !v || !v.trim();

/** The strict rules for submitting, on top of the draft shape. */
export const assessmentSubmitSchema = assessmentDraftSchema.superRefine((doc, ctx) => {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  for (const q of TEXT_QUESTIONS) {
    if (blank(doc.answers[q.id])) issue(["answers", q.id], problem("assessments.validation.answer", { id: q.id }));
    const c = doc.confidential[q.id];
    if (c?.withheld) {
      if (blank(c.reason)) issue(["confidential", q.id, "reason"], problem("assessments.validation.withholdReason", { id: q.id }));
      if (blank(c.legalGround)) issue(["confidential", q.id, "legalGround"], problem("assessments.validation.withholdGround", { id: q.id }));
    }
  }
  const chosen = new Set(doc.rights.map((r) => r.right));
  const missing = ALWAYS_CHECKED_RIGHTS.filter((slug) => !chosen.has(slug));
  if (missing.length) issue(["rights"], problem("assessments.validation.alwaysChecked"));
  doc.rights.forEach((r, i) => {
    // The error summary names the right (assessmentLabels), so the messages need not.
    if (r.affected === undefined) return issue(["rights", i, "affected"], problem("assessments.validation.affected"));
    if (!r.affected) return;
    if (!r.seriousness) issue(["rights", i, "seriousness"], problem("assessments.validation.seriousness"));
    if (blank(r.legalBasis)) issue(["rights", i, "legalBasis"], problem("assessments.validation.legalBasis"));
    if (blank(r.effectiveness)) issue(["rights", i, "effectiveness"], problem("assessments.validation.effectiveness"));
    if (blank(r.necessity)) issue(["rights", i, "necessity"], problem("assessments.validation.necessity"));
    if (blank(r.balancing)) issue(["rights", i, "balancing"], problem("assessments.validation.balancing"));
    if (blank(r.mitigations)) issue(["rights", i, "mitigations"], problem("assessments.validation.mitigations"));
  });
  if (doc.dpia.link && !isHttpUrl(doc.dpia.link)) issue(["dpia", "link"], problem("assessments.validation.dpiaLink"));
  doc.otherAssessments.forEach((o, i) => {
    const number = i + 1;
    if (!o.type) issue(["otherAssessments", i, "type"], problem("assessments.validation.otherType", { number }));
    if (!o.date || !isValidDay(o.date)) issue(["otherAssessments", i, "date"], problem("assessments.validation.otherDate", { number }));
    if (o.link && !isHttpUrl(o.link)) issue(["otherAssessments", i, "link"], problem("assessments.validation.otherLink", { number }));
    if (blank(o.summary)) issue(["otherAssessments", i, "summary"], problem("assessments.validation.otherSummary", { number }));
  });
  if (!doc.otherAssessments.length && blank(doc.noneExplanation)) {
    issue(["noneExplanation"], problem("assessments.validation.noneExplanation"));
  }
  if (doc.reviewDueOn && !isValidDay(doc.reviewDueOn)) issue(["reviewDueOn"], problem("assessments.validation.reviewDueOn"));
});

/** Reads a stored document; anything unreadable becomes an empty assessment rather than a crash. */
export function parseAssessmentDoc(json: string | null | undefined): AssessmentDoc {
  if (!json) return emptyAssessment();
  try {
    const parsed = assessmentDraftSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : emptyAssessment();
  } catch {
    return emptyAssessment();
  }
}

/** Which parts a question or a rights list belongs to, for error lists per part. */
export function partOfErrorPath(path: string): FormPartId {
  if (path.startsWith("rights")) return "4";
  const qid = path.match(/^(?:answers|confidential)\.(\d[AB]?)\./)?.[1];
  if (qid && FORM_PARTS.includes(qid as FormPartId)) return qid as FormPartId;
  return "extra";
}
