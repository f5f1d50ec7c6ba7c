/**
 * The public face of a concluded assessment. Pure: it only copies fields that may be published.
 * Answer texts are never copied (only counts per part); withheld questions carry the agency's
 * reason and legal ground; reviewers' comments are not an input at all.
 */
import { isHttpUrl } from "~/entries/schema-kit";
import { AIA_LEVEL_BY_NUMBER } from "~content/vocabularies/canada-aia";
import { assessmentTypeLabel, fraiaPartTitle, reviewOutcomeLabel, rightName, seriousnessLabel } from "~content/vocabularies/fraia";
import type { Language } from "~content/vocabularies/localized";
import { partProgress } from "./assessment-form";
import { ALL_RIGHTS, TEXT_QUESTIONS, parseAssessmentDoc } from "./assessment-schema";

export type PublicAssessmentRow = {
  id: string;
  data: string;
  aiaLevel: number | null;
  outcome: string | null;
  publicSummary: string | null;
  submittedAt: Date | null;
  concludedAt: Date | null;
  reviewDueAt: Date | null;
};

const safeLink = (v: string | undefined) => (v && isHttpUrl(v) ? v : "");
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** `language`: the language of the labels (the API keeps English). */
export function toPublicAssessment(row: PublicAssessmentRow, language: Language = "en") {
  const doc = parseAssessmentDoc(row.data);
  return {
    id: row.id,
    framework: "iama_fraia" as const,
    outcome: row.outcome,
    outcomeLabel: row.outcome ? reviewOutcomeLabel(row.outcome, language) : null,
    publicSummary: row.publicSummary ?? "",
    submittedAt: iso(row.submittedAt),
    concludedAt: iso(row.concludedAt),
    reviewDueOn: day(row.reviewDueAt),
    parts: partProgress(doc).map((p) => ({ ...p, title: fraiaPartTitle(p.part, language) })),
    rights: doc.rights.map((r) => {
      const right = ALL_RIGHTS.find((x) => x.slug === r.right);
      return {
        right: r.right,
        label: rightName(r.right, language),
        cluster: right?.cluster ?? null,
        affected: r.affected ?? null,
        seriousness: r.affected ? (r.seriousness ?? null) : null,
        seriousnessLabel: r.affected && r.seriousness ? seriousnessLabel(r.seriousness, language) : null,
        mitigations: r.affected ? (r.mitigations ?? "") : "",
      };
    }),
    withheld: TEXT_QUESTIONS.filter((q) => doc.confidential[q.id]?.withheld).map((q) => ({
      id: q.id,
      title: q.title[language],
      withheld: true as const,
      reason: doc.confidential[q.id]?.reason ?? "",
      legalGround: doc.confidential[q.id]?.legalGround ?? "",
    })),
    dpia: { summary: doc.dpia.summary ?? "", link: safeLink(doc.dpia.link) },
    otherAssessments: doc.otherAssessments.map((o) => ({
      type: o.type ?? "other",
      typeLabel: assessmentTypeLabel(o.type ?? "other", language),
      date: o.date ?? "",
      link: safeLink(o.link),
      summary: o.summary ?? "",
    })),
    noneExplanation: doc.otherAssessments.length ? "" : (doc.noneExplanation ?? ""),
    aiaLevel: row.aiaLevel ? (AIA_LEVEL_BY_NUMBER[row.aiaLevel] ?? null) : null,
  };
}

export type PublicAssessment = ReturnType<typeof toPublicAssessment>;
