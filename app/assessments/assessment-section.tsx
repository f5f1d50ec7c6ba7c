import { ta } from "~/i18n/assessments.en";
import type { PublicAssessments } from "./entry-assessments.server";
import { ScrollTable } from "~/components/scroll-table";

const partName = (id: string, title: string) => (id === "4" ? `Part 4: ${title}` : `Part ${id}: ${title}`);

/** The public assessment section of an entry page: what was assessed and what the reviewers concluded. */
export function AssessmentSection({ assessments, entryPublicId }: { assessments: PublicAssessments; entryPublicId: string }) {
  return (
    <section aria-labelledby="assessments-title" className="assessment-public" data-entry={entryPublicId}>
      <h2 id="assessments-title">{ta.publicSection}</h2>
      {assessments.length === 0 ? <p>No reviewed impact assessment has been published for this algorithm yet.</p> : null}
      {assessments.map((a, n) => {
        const hid = `assessment-${n}`;
        return (
          <article key={a.id} aria-labelledby={hid} className="card">
            <h3 id={hid}>
              {ta.framework}
              {a.concludedAt ? `, reviewed ${a.concludedAt.slice(0, 10)}` : ""}
            </h3>
            <dl className="summary">
              <dt>Review outcome</dt>
              <dd>
                <strong>{a.outcomeLabel ?? "—"}</strong>
              </dd>
              <dt>Reviewers&apos; summary</dt>
              <dd className="pre-line">{a.publicSummary}</dd>
              <dt>Submitted for review</dt>
              <dd>{a.submittedAt ? <time dateTime={a.submittedAt}>{a.submittedAt.slice(0, 10)}</time> : "—"}</dd>
              <dt>Review concluded</dt>
              <dd>{a.concludedAt ? <time dateTime={a.concludedAt}>{a.concludedAt.slice(0, 10)}</time> : "—"}</dd>
              <dt>Next review due</dt>
              <dd>{a.reviewDueOn ?? "—"}</dd>
              {a.aiaLevel ? (
                <>
                  <dt>Scored impact level</dt>
                  <dd>{`Level ${a.aiaLevel} (Canada-style algorithmic impact assessment)`}</dd>
                </>
              ) : null}
            </dl>
            <h4>Parts answered</h4>
            <ul>
              {a.parts.map((p) => (
                <li key={p.part}>
                  {partName(p.part, p.title)}: {p.part === "4" ? ta.rightsAssessed(p.answered) : ta.answered(p.answered, p.total)}
                </li>
              ))}
            </ul>
            {a.rights.length ? (
              <ScrollTable caption="Fundamental rights assessed">
                <thead>
                  <tr>
                    <th scope="col">Right</th>
                    <th scope="col">Affected</th>
                    <th scope="col">Seriousness</th>
                    <th scope="col">Mitigating measures</th>
                  </tr>
                </thead>
                <tbody>
                  {a.rights.map((r) => (
                    <tr key={r.right}>
                      <th scope="row">{r.label}</th>
                      <td>{r.affected === null ? "Not stated" : r.affected ? "Yes" : "No"}</td>
                      <td>{r.seriousnessLabel ?? "—"}</td>
                      <td className="pre-line">{r.mitigations || "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </ScrollTable>
            ) : null}
            {a.withheld.length ? (
              <>
                <h4>Answers withheld from publication</h4>
                <ul>
                  {a.withheld.map((w) => (
                    <li key={w.id}>
                      Question {w.id} ({w.title}): <strong>{ta.withheld}</strong>. Reason: {w.reason || "not given"}. Legal ground:{" "}
                      {w.legalGround || "not given"}.
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {a.dpia.summary || a.dpia.link ? (
              <>
                <h4>Data protection impact assessment</h4>
                {a.dpia.summary ? <p className="pre-line">{a.dpia.summary}</p> : null}
                {a.dpia.link ? (
                  <p>
                    <a href={a.dpia.link} rel="noopener noreferrer">
                      Read the DPIA
                    </a>
                  </p>
                ) : null}
              </>
            ) : null}
            <h4>Other assessments</h4>
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
                          read it
                          <span className="visually-hidden">
                            : {o.typeLabel} of {o.date}
                          </span>
                        </a>
                        )
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{a.noneExplanation || "None recorded."}</p>
            )}
          </article>
        );
      })}
    </section>
  );
}
