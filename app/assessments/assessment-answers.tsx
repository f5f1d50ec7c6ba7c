import type { ReactNode } from "react";
import { SanitizedHtml } from "~/components/markdown";
import { ta } from "~/i18n/assessments.en";
import { ART27_ELEMENTS, ASSESSMENT_TYPES, FRAIA_PARTS, FRAIA_QUESTIONS, SERIOUSNESS_LEVELS } from "~content/vocabularies/fraia";
import { TEXT_QUESTIONS, rightLabel } from "./assessment-schema";
import { anchorOf, rightTarget } from "./comment-targets";
import type { StaffAssessmentView } from "./assessment-view.server";

/**
 * Every answer of an assessment, read-only, for staff. `after` adds content below each answer (comments, forms):
 * it is called with the question id in parts 1–3, with rightTarget(slug) for each right of part 4, and with the
 * ids of the part 4 questions (threads started on them before comments were kept per right).
 */
export function AssessmentAnswers({ view, after }: { view: StaffAssessmentView; after?: (target: string) => ReactNode }) {
  const { doc } = view;
  return (
    <>
      {FRAIA_PARTS.filter((p) => p.id !== "4").map((part) => (
        <section key={part.id} aria-labelledby={`part-${part.id}`}>
          <h2 id={`part-${part.id}`}>
            Part {part.id}: {part.title}
          </h2>
          {TEXT_QUESTIONS.filter((q) => q.part === part.id).map((q) => (
            <div key={q.id} className="assessment-question" id={anchorOf(q.id)}>
              <h3>
                {q.id} {q.title}
              </h3>
              <p className="muted">{q.question}</p>
              {doc.confidential[q.id]?.withheld ? (
                <p className="tag tag--warning">
                  {ta.withheld}: {doc.confidential[q.id]?.reason || "no reason given"} ({doc.confidential[q.id]?.legalGround || "no legal ground given"})
                </p>
              ) : null}
              {view.answersHtml[q.id] ? <SanitizedHtml html={view.answersHtml[q.id]} /> : <p className="muted">{ta.notAnswered}</p>}
              {after?.(q.id)}
            </div>
          ))}
        </section>
      ))}
      <section aria-labelledby="part-4">
        <h2 id="part-4">Part 4: {FRAIA_PARTS.find((p) => p.id === "4")?.title}</h2>
        {doc.rights.length ? (
          doc.rights.map((r) => (
            <div key={r.right} className="assessment-question" id={anchorOf(rightTarget(r.right))}>
              <h3>{rightLabel(r.right)}</h3>
              <dl className="summary">
                <dt>Affected</dt>
                <dd>{r.affected === undefined ? ta.notAnswered : r.affected ? "Yes" : "No"}</dd>
                {r.affected ? (
                  <>
                    <dt>Seriousness</dt>
                    <dd>{SERIOUSNESS_LEVELS.find((s) => s.slug === r.seriousness)?.label ?? ta.notAnswered}</dd>
                    <dt>Specific law (4.2)</dt>
                    <dd className="pre-line">{r.legalBasis}</dd>
                    <dt>Objectives (4.4)</dt>
                    <dd className="pre-line">{r.objectives}</dd>
                    <dt>Effectiveness (4.5)</dt>
                    <dd className="pre-line">{r.effectiveness}</dd>
                    <dt>Necessity and subsidiarity (4.6)</dt>
                    <dd className="pre-line">{r.necessity}</dd>
                    <dt>Balancing (4.7)</dt>
                    <dd className="pre-line">{r.balancing}</dd>
                    <dt>Mitigating measures</dt>
                    <dd className="pre-line">{r.mitigations}</dd>
                  </>
                ) : null}
              </dl>
              {after?.(rightTarget(r.right))}
            </div>
          ))
        ) : (
          <p className="muted">{ta.notAnswered}</p>
        )}
        {FRAIA_QUESTIONS.filter((q) => q.part === "4").map((q) => (
          <div key={q.id}>{after?.(q.id)}</div>
        ))}
      </section>
      <section aria-labelledby="part-extra">
        <h2 id="part-extra">{ta.extraPart.title}</h2>
        <dl className="summary">
          <dt>DPIA summary</dt>
          <dd className="pre-line">{doc.dpia.summary || "—"}</dd>
          <dt>DPIA link</dt>
          <dd>{doc.dpia.link || "—"}</dd>
          {ART27_ELEMENTS.map((e) => (
            <div key={e.id} className="summary-row">
              <dt>
                Art. 27 ({e.id}) {e.label}
              </dt>
              <dd className="pre-line">{doc.art27[e.id] || "—"}</dd>
            </div>
          ))}
          <dt>Other assessments</dt>
          <dd>
            {doc.otherAssessments.length ? (
              <ul>
                {doc.otherAssessments.map((o, i) => (
                  <li key={i}>
                    {ASSESSMENT_TYPES.find((t) => t.slug === o.type)?.label ?? "Other"}, {o.date}: {o.summary}
                  </li>
                ))}
              </ul>
            ) : (
              doc.noneExplanation || "—"
            )}
          </dd>
          <dt>Review due</dt>
          <dd>{doc.reviewDueOn || "—"}</dd>
        </dl>
      </section>
    </>
  );
}
