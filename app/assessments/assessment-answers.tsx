import type { ReactNode } from "react";
import { SanitizedHtml } from "~/components/markdown";
import { useLanguage, useT } from "~/i18n/text";
import { ART27_ELEMENTS, FRAIA_PARTS, FRAIA_QUESTIONS, assessmentTypeLabel, fraiaPartTitle, rightName, seriousnessLabel } from "~content/vocabularies/fraia";
import { TEXT_QUESTIONS } from "./assessment-schema";
import { anchorOf, rightTarget } from "./comment-targets";
import type { StaffAssessmentView } from "./assessment-view.server";

/**
 * Every answer of an assessment, read-only, for staff. `after` adds content below each answer (comments, forms):
 * it is called with the question id in parts 1–3, with rightTarget(slug) for each right of part 4, and with the
 * ids of the part 4 questions (threads started on them before comments were kept per right).
 */
export function AssessmentAnswers({ view, after }: { view: StaffAssessmentView; after?: (target: string) => ReactNode }) {
  const { doc } = view;
  const ta = useT().assessments;
  const a = ta.answers;
  const language = useLanguage();
  return (
    <>
      {FRAIA_PARTS.filter((p) => p.id !== "4").map((part) => (
        <section key={part.id} aria-labelledby={`part-${part.id}`}>
          <h2 id={`part-${part.id}`}>{ta.partHeading({ id: part.id, title: part.title[language] })}</h2>
          {TEXT_QUESTIONS.filter((q) => q.part === part.id).map((q) => (
            <div key={q.id} className="assessment-question" id={anchorOf(q.id)}>
              <h3>
                {q.id} {q.title[language]}
              </h3>
              <p className="muted">{q.question[language]}</p>
              {doc.confidential[q.id]?.withheld ? (
                <p className="tag tag--warning">
                  {ta.withheld}: {doc.confidential[q.id]?.reason || a.noReason} ({doc.confidential[q.id]?.legalGround || a.noGround})
                </p>
              ) : null}
              {view.answersHtml[q.id] ? <SanitizedHtml html={view.answersHtml[q.id]} /> : <p className="muted">{ta.notAnswered}</p>}
              {after?.(q.id)}
            </div>
          ))}
        </section>
      ))}
      <section aria-labelledby="part-4">
        <h2 id="part-4">{ta.partHeading({ id: "4", title: fraiaPartTitle("4", language) })}</h2>
        {doc.rights.length ? (
          doc.rights.map((r) => (
            <div key={r.right} className="assessment-question" id={anchorOf(rightTarget(r.right))}>
              <h3>{rightName(r.right, language)}</h3>
              <dl className="summary">
                <dt>{a.affected}</dt>
                <dd>{r.affected === undefined ? ta.notAnswered : r.affected ? ta.yes : ta.no}</dd>
                {r.affected ? (
                  <>
                    <dt>{a.seriousness}</dt>
                    <dd>{r.seriousness ? seriousnessLabel(r.seriousness, language) : ta.notAnswered}</dd>
                    <dt>{a.specificLaw}</dt>
                    <dd className="pre-line">{r.legalBasis}</dd>
                    <dt>{a.objectives}</dt>
                    <dd className="pre-line">{r.objectives}</dd>
                    <dt>{a.effectiveness}</dt>
                    <dd className="pre-line">{r.effectiveness}</dd>
                    <dt>{a.necessity}</dt>
                    <dd className="pre-line">{r.necessity}</dd>
                    <dt>{a.balancing}</dt>
                    <dd className="pre-line">{r.balancing}</dd>
                    <dt>{a.mitigations}</dt>
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
          <dt>{a.dpiaSummary}</dt>
          <dd className="pre-line">{doc.dpia.summary || "—"}</dd>
          <dt>{a.dpiaLink}</dt>
          <dd>{doc.dpia.link || "—"}</dd>
          {ART27_ELEMENTS.map((e) => (
            <div key={e.id} className="summary-row">
              <dt>{a.art27({ id: e.id, label: e.label[language] })}</dt>
              <dd className="pre-line">{doc.art27[e.id] || "—"}</dd>
            </div>
          ))}
          <dt>{a.otherAssessments}</dt>
          <dd>
            {doc.otherAssessments.length ? (
              <ul>
                {doc.otherAssessments.map((o, i) => (
                  <li key={i}>
                    {o.type ? assessmentTypeLabel(o.type, language) : a.otherType}, {o.date}: {o.summary}
                  </li>
                ))}
              </ul>
            ) : (
              doc.noneExplanation || "—"
            )}
          </dd>
          <dt>{a.reviewDue}</dt>
          <dd>{doc.reviewDueOn || "—"}</dd>
        </dl>
      </section>
    </>
  );
}
