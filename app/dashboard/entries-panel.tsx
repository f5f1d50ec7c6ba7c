import { useLanguage } from "~/i18n/text";
import { formatDay } from "~/utils/format";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import type { entriesPanel } from "./entries-panel.server";

type Data = Awaited<ReturnType<typeof entriesPanel>>;
type Row = NonNullable<Data>["overdue"][number];

function EntryList({ rows, showDue }: { rows: Row[]; showDue?: boolean }) {
  const language = useLanguage();
  const t = useT();
  const to = useLocalePath();
  if (!rows.length) return <p className="muted">{t.entries.none}</p>;
  return (
    <ul>
      {rows.map((e) => (
        <li key={e.id}>
          <a href={to(`/entries/${e.id}`)}>{e.name}</a>
          {showDue && e.reviewDueAt ? <> – {t.dashboard.entries.reviewDue({ date: formatDay(e.reviewDueAt, language) })}</> : null}
        </li>
      ))}
    </ul>
  );
}

export function EntriesPanel({ data }: { data: Data }) {
  const t = useT();
  const to = useLocalePath();
  const tx = t.entries;
  if (!data) return null;
  return (
    <section aria-labelledby="entries-panel" className="dashboard-panel">
      <h2 id="entries-panel">{tx.dashboardTitle}</h2>
      <p>
        <a className="button" href={to("/entries/new")}>
          {tx.fileNew}
        </a>
      </p>
      {data.awaitingApproval ? (
        <>
          <h3>
            {tx.waiting} ({data.awaitingApproval.length})
          </h3>
          <EntryList rows={data.awaitingApproval} />
        </>
      ) : null}
      <h3>
        {tx.overdueList} ({data.overdue.length})
      </h3>
      <EntryList rows={data.overdue} showDue />
      <h3>
        {tx.dueSoonList} ({data.dueSoon.length})
      </h3>
      <EntryList rows={data.dueSoon} showDue />
      <h3>{t.dashboard.entries.byState}</h3>
      {data.groups.length === 0 ? <p>{t.dashboard.entries.noEntries}</p> : null}
      {data.groups.map((g) => (
        <div key={g.state}>
          <h4>
            {g.label} ({g.entries.length})
          </h4>
          <EntryList rows={g.entries} />
        </div>
      ))}
    </section>
  );
}
