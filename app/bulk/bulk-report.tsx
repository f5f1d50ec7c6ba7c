/** What an upload came to: the problems by row and column (nothing stored), or the drafts it created and updated. */
import { Link } from "@remix-run/react";
import { ScrollTable } from "~/components/scroll-table";
import { showProblem } from "~/i18n/problem";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import type { BulkProblem } from "./rows";
import type { StoredRow } from "./store.server";

export function BulkProblems({ problems, fileName }: { problems: BulkProblem[]; fileName: string }) {
  const t = useT();
  const tb = t.bulk;
  return (
    <section aria-labelledby="bulk-problems">
      <h2 id="bulk-problems">{tb.problemsTitle({ fileName })}</h2>
      <ScrollTable caption={tb.problemsCaption}>
        <thead>
          <tr>
            <th scope="col">{tb.row}</th>
            <th scope="col">{tb.column}</th>
            <th scope="col">{tb.problem}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i}>
              <td>{p.row ?? tb.wholeFile}</td>
              <td>{p.column ?? "–"}</td>
              <td>{showProblem(t, p.message)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}

export function BulkResult({ stored, fileName }: { stored: StoredRow[]; fileName: string }) {
  const t = useT();
  const tb = t.bulk;
  const to = useLocalePath();
  const count = (outcome: StoredRow["outcome"]) => stored.filter((s) => s.outcome === outcome).length;
  return (
    <section className="notice" aria-labelledby="bulk-result">
      <h2 id="bulk-result">{tb.resultTitle({ fileName })}</h2>
      <p role="status">{tb.resultCounts({ created: count("created"), updated: count("updated"), unchanged: count("unchanged") })}</p>
      <p>{tb.resultNext}</p>
      <ScrollTable caption={tb.resultCaption}>
        <thead>
          <tr>
            <th scope="col">{tb.row}</th>
            <th scope="col">{tb.entry}</th>
            <th scope="col">{tb.outcome}</th>
          </tr>
        </thead>
        <tbody>
          {stored.map((s) => (
            <tr key={s.id}>
              <td>{s.row}</td>
              <td>
                <Link to={to(`/entries/${s.id}/edit`)}>{s.name}</Link>
              </td>
              <td>{tb.outcomes[s.outcome]}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}
