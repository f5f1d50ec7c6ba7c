import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";

/** What feedbackPanel() returns, as it arrives in the browser (dates as strings). */
type PanelData = {
  pending: number;
  awaiting: number;
  overdueCount: number;
  overdue: Array<{ id: string; reference: string; deadlineAt: string | Date; entry: { name: string } }>;
} | null;

export function FeedbackPanel({ data }: { data: PanelData }) {
  const t = useT();
  const to = useLocalePath();
  const tf = t.dashboard.feedback;
  if (!data) return null;
  return (
    <section className="card" aria-labelledby="feedback-panel-title">
      <h2 id="feedback-panel-title">{tf.title}</h2>
      <p>
        {tf.counts({ pending: data.pending, awaiting: data.awaiting })}
        {data.overdueCount ? (
          <>
            , <strong className="feedback-overdue">{tf.overdue({ count: data.overdueCount })}</strong>
          </>
        ) : null}
        . <a href={to("/feedback")}>{tf.all}</a>
      </p>
      {data.overdue.length ? (
        <ul>
          {data.overdue.map((th) => (
            <li key={th.id}>
              <a href={to(`/feedback/${th.id}`)}>{th.reference}</a> {tf.on} {th.entry.name} —{" "}
              <span className="tag tag--danger">{tf.overdueSince({ date: new Date(th.deadlineAt).toISOString().slice(0, 10) })}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
