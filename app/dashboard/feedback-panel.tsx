/** What feedbackPanel() returns, as it arrives in the browser (dates as strings). */
type PanelData = {
  pending: number;
  awaiting: number;
  overdueCount: number;
  overdue: Array<{ id: string; reference: string; deadlineAt: string | Date; entry: { name: string } }>;
} | null;

export function FeedbackPanel({ data }: { data: PanelData }) {
  if (!data) return null;
  return (
    <section className="card" aria-labelledby="feedback-panel-title">
      <h2 id="feedback-panel-title">Feedback from the public</h2>
      <p>
        {data.pending} to moderate, {data.awaiting} awaiting an answer
        {data.overdueCount ? (
          <>
            , <strong className="feedback-overdue">{data.overdueCount} overdue</strong>
          </>
        ) : null}
        . <a href="/feedback">All feedback</a>
      </p>
      {data.overdue.length ? (
        <ul>
          {data.overdue.map((th) => (
            <li key={th.id}>
              <a href={`/feedback/${th.id}`}>{th.reference}</a> on {th.entry.name} —{" "}
              <span className="tag tag--danger">Overdue since {new Date(th.deadlineAt).toISOString().slice(0, 10)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
