/** Serializable staff view of an assessment for the overview and review pages (never for public pages). */
import { renderMarkdown } from "~/utils/markdown.server";
import { AIA_LEVEL_BY_NUMBER } from "~content/vocabularies/canada-aia";
import { partProgress } from "./assessment-form";
import { TEXT_QUESTIONS } from "./assessment-schema";
import { getAssessmentForStaff, type Actor } from "./assessments.server";

export async function staffAssessmentView(actor: Actor, id: string) {
  const a = await getAssessmentForStaff(actor, id);
  const answersHtml: Record<string, string> = {};
  for (const q of TEXT_QUESTIONS) answersHtml[q.id] = renderMarkdown(a.doc.answers[q.id]);
  return {
    id: a.id,
    state: a.state,
    entry: { id: a.entry.id, name: a.entry.name, publicId: a.entry.publicId, state: a.entry.state, organisation: a.entry.organisation.name },
    outcome: a.outcome,
    publicSummary: a.publicSummary,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    concludedAt: a.concludedAt?.toISOString() ?? null,
    reviewDueAt: a.reviewDueAt?.toISOString() ?? null,
    aiaLevel: a.aiaLevel ? (AIA_LEVEL_BY_NUMBER[a.aiaLevel] ?? null) : null,
    doc: a.doc,
    answersHtml,
    progress: partProgress(a.doc),
    comments: a.comments.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    can: a.can,
  };
}

export type StaffAssessmentView = Awaited<ReturnType<typeof staffAssessmentView>>;
