import { ASSESSMENT_STATE_LABELS, type AssessmentState } from "~/assessments/workflow";
import type { reviewPanel } from "./review-panel.server";
import { ScrollTable } from "~/components/scroll-table";

const REASONS: Record<string, string> = { "risk_level=high": "High risk", "category=A": "Category A", "eu_high_risk=yes": "EU AI Act high-risk" };

/** Oversight dashboard for reviewers; admins see it read-only. */
export function ReviewPanel({ data }: { data: Awaited<ReturnType<typeof reviewPanel>> }) {
  if (!data) return null;
  const link = (id: string, text: string) => (data.readOnly ? text : <a href={`/assessments/${id}`}>{text}</a>);
  return (
    <section aria-labelledby="review-panel-title" className="review-panel">
      <h2 id="review-panel-title">Oversight of impact assessments</h2>
      {data.readOnly ? (
        <p className="muted">You can see this overview, but only reviewers can review assessments.</p>
      ) : (
        <p>
          <a href="/assessments">All assessments</a>
        </p>
      )}

      <ScrollTable caption={<>Review queue: {data.queue.length} waiting, oldest first</>}>
        <thead>
          <tr>
            <th scope="col">Entry</th>
            <th scope="col">Organisation</th>
            <th scope="col">Submitted</th>
            <th scope="col">Waiting (days)</th>
          </tr>
        </thead>
        <tbody>
          {data.queue.length ? (
            data.queue.map((a) => (
              <tr key={a.id}>
                <th scope="row">{link(a.id, a.entry)}</th>
                <td>{a.organisation}</td>
                <td>
                  <time dateTime={a.submittedAt}>{a.submittedAt.slice(0, 10)}</time>
                </td>
                <td>{a.ageDays}</td>
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={4}>Nothing is waiting for review.</td>
            </tr>
          )}
        </tbody>
      </ScrollTable>

      <ScrollTable caption={<>High-risk entries without a concluded assessment: {data.highRiskWithoutAssessment.length}</>}>
        <thead>
          <tr>
            <th scope="col">Entry</th>
            <th scope="col">Organisation</th>
            <th scope="col">Why high risk</th>
          </tr>
        </thead>
        <tbody>
          {data.highRiskWithoutAssessment.length ? (
            data.highRiskWithoutAssessment.map((e) => (
              <tr key={e.id}>
                <th scope="row">
                  <a href={`/algorithms/${e.publicId}`}>{e.name}</a>
                </th>
                <td>{e.organisation}</td>
                <td>{e.reasons.map((r) => REASONS[r] ?? r).join(", ")}</td>
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={3}>None.</td>
            </tr>
          )}
        </tbody>
      </ScrollTable>

      <ScrollTable caption={<>Assessments past their review date: {data.overdue.length}</>}>
        <thead>
          <tr>
            <th scope="col">Entry</th>
            <th scope="col">Organisation</th>
            <th scope="col">State</th>
            <th scope="col">Review was due</th>
            <th scope="col">Days overdue</th>
          </tr>
        </thead>
        <tbody>
          {data.overdue.length ? (
            data.overdue.map((a) => (
              <tr key={a.id}>
                <th scope="row">{link(a.id, a.entry)}</th>
                <td>{a.organisation}</td>
                <td>{ASSESSMENT_STATE_LABELS[a.state as AssessmentState] ?? a.state}</td>
                <td>
                  <time dateTime={a.reviewDueAt}>{a.reviewDueAt.slice(0, 10)}</time>
                </td>
                <td>{a.daysOverdue}</td>
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={5}>None.</td>
            </tr>
          )}
        </tbody>
      </ScrollTable>

      <ScrollTable caption="Assessments per organisation">
        <thead>
          <tr>
            <th scope="col">Organisation</th>
            <th scope="col">Draft</th>
            <th scope="col">Waiting for review</th>
            <th scope="col">Changes requested</th>
            <th scope="col">Concluded</th>
          </tr>
        </thead>
        <tbody>
          {data.perOrganisation.length ? (
            data.perOrganisation.map((o) => (
              <tr key={o.organisation}>
                <th scope="row">{o.organisation}</th>
                <td>{o.draft}</td>
                <td>{o.submitted}</td>
                <td>{o.changes_requested}</td>
                <td>{o.concluded}</td>
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={5}>No assessments yet.</td>
            </tr>
          )}
        </tbody>
      </ScrollTable>
    </section>
  );
}
