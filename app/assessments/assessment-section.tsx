import { useT } from "~/i18n/text";
import type { PublicAssessments } from "./entry-assessments.server";
import { ScrollTable } from "~/components/scroll-table";

/** The public assessment section of an entry page: what was assessed and what the reviewers concluded. */
export function AssessmentSection({ assessments, entryPublicId }: { assessments: PublicAssessments; entryPublicId: string }) {
  const ta = useT().assessments;
  const pt = ta.public;
  return (
    <section aria-labelledby="assessments-title" className="assessment-public" data-entry={entryPublicId}>
      <h2 id="assessments-title">{ta.publicSection}</h2>
      {assessments.length === 0 ? <p>{pt.none}</p> : null}
      {assessments.map((a, n) => {
        const hid = `assessment-${n}`;
        return (
          <article key={a.id} aria-labelledby={hid} className="card">
            <h3 id={hid}>{a.concludedAt ? pt.reviewedOn({ framework: ta.framework, date: a.concludedAt.slice(0, 10) }) : ta.framework}</h3>
            <dl className="summary">
              <dt>{pt.outcome}</dt>
              <dd>
                <strong>{a.outcomeLabel ?? "—"}</strong>
              </dd>
              <dt>{pt.reviewersSummary}</dt>
              <dd className="pre-line">{a.publicSummary}</dd>
              <dt>{pt.submittedAt}</dt>
              <dd>{a.submittedAt ? <time dateTime={a.submittedAt}>{a.submittedAt.slice(0, 10)}</time> : "—"}</dd>
              <dt>{pt.concludedAt}</dt>
              <dd>{a.concludedAt ? <time dateTime={a.concludedAt}>{a.concludedAt.slice(0, 10)}</time> : "—"}</dd>
              <dt>{pt.nextReview}</dt>
              <dd>{a.reviewDueOn ?? "—"}</dd>
              {a.aiaLevel ? (
                <>
                  <dt>{pt.aiaLevel}</dt>
                  <dd>{pt.aiaLevelValue({ level: a.aiaLevel })}</dd>
                </>
              ) : null}
            </dl>
            <h4>{pt.partsAnswered}</h4>
            <ul>
              {a.parts.map((p) => (
                <li key={p.part}>
                  {ta.partHeading({ id: p.part, title: p.title })}:{" "}
                  {p.part === "4" ? ta.rightsAssessed({ count: p.answered }) : ta.answered({ answered: p.answered, total: p.total })}
                </li>
              ))}
            </ul>
            {a.rights.length ? (
              <ScrollTable caption={pt.rightsCaption}>
                <thead>
                  <tr>
                    <th scope="col">{pt.right}</th>
                    <th scope="col">{pt.affected}</th>
                    <th scope="col">{pt.seriousness}</th>
                    <th scope="col">{pt.mitigations}</th>
                  </tr>
                </thead>
                <tbody>
                  {a.rights.map((r) => (
                    <tr key={r.right}>
                      <th scope="row">{r.label}</th>
                      <td>{r.affected === null ? pt.notStated : r.affected ? ta.yes : ta.no}</td>
                      <td>{r.seriousnessLabel ?? "—"}</td>
                      <td className="pre-line">{r.mitigations || "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </ScrollTable>
            ) : null}
            {a.withheld.length ? (
              <>
                <h4>{pt.withheldHeading}</h4>
                <ul>
                  {a.withheld.map((w) => (
                    <li key={w.id}>
                      {pt.withheldLine({
                        id: w.id,
                        title: w.title,
                        withheld: ta.withheld,
                        reason: w.reason || pt.notGiven,
                        ground: w.legalGround || pt.notGiven,
                      })}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {a.dpia.summary || a.dpia.link ? (
              <>
                <h4>{pt.dpiaHeading}</h4>
                {a.dpia.summary ? <p className="pre-line">{a.dpia.summary}</p> : null}
                {a.dpia.link ? (
                  <p>
                    <a href={a.dpia.link} rel="noopener noreferrer">
                      {pt.readDpia}
                    </a>
                  </p>
                ) : null}
              </>
            ) : null}
            <h4>{pt.otherHeading}</h4>
            {a.otherAssessments.length ? (
              <ul>
                {a.otherAssessments.map((o, i) => (
                  <li key={i}>
                    {o.typeLabel}, {o.date}: {o.summary}
                    {o.link ? (
                      <>
                        {" "}
                        (
                        <a href={o.link} rel="noopener noreferrer">
                          {pt.readIt}
                          <span className="visually-hidden">: {pt.readItOf({ type: o.typeLabel, date: o.date })}</span>
                        </a>
                        )
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{a.noneExplanation || pt.noneRecorded}</p>
            )}
          </article>
        );
      })}
    </section>
  );
}
