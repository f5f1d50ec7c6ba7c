import { ASSESSMENT_STATE_LABELS, type AssessmentState } from "~/assessments/workflow";
import type { reviewPanel } from "./review-panel.server";
import { ScrollTable } from "~/components/scroll-table";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";

/** Oversight dashboard for reviewers; admins see it read-only. */
export function ReviewPanel({ data }: { data: Awaited<ReturnType<typeof reviewPanel>> }) {
  const t = useT();
  const to = useLocalePath();
  const tr = t.dashboard.review;
  const reasons: Record<string, string> = tr.reasons;
  if (!data) return null;
  const link = (id: string, text: string) => (data.readOnly ? text : <a href={to(`/assessments/${id}`)}>{text}</a>);
  return (
    <section aria-labelledby="review-panel-title" className="review-panel">
      <h2 id="review-panel-title">{tr.title}</h2>
      {data.readOnly ? (
        <p className="muted">{tr.readOnly}</p>
      ) : (
        <p>
          <a href={to("/assessments")}>{tr.all}</a>
        </p>
      )}

      <ScrollTable caption={tr.queueCaption({ count: data.queue.length })}>
        <thead>
          <tr>
            <th scope="col">{tr.entry}</th>
            <th scope="col">{tr.organisation}</th>
            <th scope="col">{tr.submitted}</th>
            <th scope="col">{tr.waitingDays}</th>
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
              <td colSpan={4}>{tr.nothingWaiting}</td>
            </tr>
          )}
        </tbody>
      </ScrollTable>

      <ScrollTable caption={tr.highRiskCaption({ count: data.highRiskWithoutAssessment.length })}>
        <thead>
          <tr>
            <th scope="col">{tr.entry}</th>
            <th scope="col">{tr.organisation}</th>
            <th scope="col">{tr.whyHighRisk}</th>
          </tr>
        </thead>
        <tbody>
          {data.highRiskWithoutAssessment.length ? (
            data.highRiskWithoutAssessment.map((e) => (
              <tr key={e.id}>
                <th scope="row">
                  <a href={to(`/algorithms/${e.publicId}`)}>{e.name}</a>
                </th>
                <td>{e.organisation}</td>
                <td>{e.reasons.map((r) => reasons[r] ?? r).join(", ")}</td>
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={3}>{tr.none}</td>
            </tr>
          )}
        </tbody>
      </ScrollTable>

      <ScrollTable caption={tr.overdueCaption({ count: data.overdue.length })}>
        <thead>
          <tr>
            <th scope="col">{tr.entry}</th>
            <th scope="col">{tr.organisation}</th>
            <th scope="col">{tr.state}</th>
            <th scope="col">{tr.reviewWasDue}</th>
            <th scope="col">{tr.daysOverdue}</th>
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
              <td colSpan={5}>{tr.none}</td>
            </tr>
          )}
        </tbody>
      </ScrollTable>

      <ScrollTable caption={tr.perOrganisationCaption}>
        <thead>
          <tr>
            <th scope="col">{tr.organisation}</th>
            <th scope="col">{tr.draft}</th>
            <th scope="col">{tr.waitingForReview}</th>
            <th scope="col">{tr.changesRequested}</th>
            <th scope="col">{tr.concluded}</th>
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
              <td colSpan={5}>{tr.noAssessments}</td>
            </tr>
          )}
        </tbody>
      </ScrollTable>
    </section>
  );
}
