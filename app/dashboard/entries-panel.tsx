import { useLanguage } from "~/i18n/text";
import { formatDay } from "~/utils/format";
import { entriesText as tx } from "~/i18n/entries.en";
import type { entriesPanel } from "./entries-panel.server";

type Data = Awaited<ReturnType<typeof entriesPanel>>;
type Row = NonNullable<Data>["overdue"][number];

function EntryList({ rows, showDue }: { rows: Row[]; showDue?: boolean }) {
  const language = useLanguage();
  if (!rows.length) return <p className="muted">{tx.none}</p>;
  return (
    <ul>
      {rows.map((e) => (
        <li key={e.id}>
          <a href={`/entries/${e.id}`}>{e.name}</a>
          {showDue && e.reviewDueAt ? <> – review due {formatDay(e.reviewDueAt, language)}</> : null}
        </li>
      ))}
    </ul>
  );
}

export function EntriesPanel({ data }: { data: Data }) {
  if (!data) return null;
  return (
    <section aria-labelledby="entries-panel" className="dashboard-panel">
      <h2 id="entries-panel">{tx.dashboardTitle}</h2>
      <p>
        <a className="button" href="/entries/new">
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
      <h3>All entries by state</h3>
      {data.groups.length === 0 ? <p>Your organisation has no entries yet.</p> : null}
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
