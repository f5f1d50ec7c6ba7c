/** The summary of a finished import: counts, the records that failed, and the warnings. */
import { ScrollTable } from "~/components/scroll-table";
import { showProblem } from "~/i18n/problem";
import { useT } from "~/i18n/text";
import type { ImportSummary } from "./import-types";

export function ImportResult({ summary, fileName }: { summary: ImportSummary; fileName?: string }) {
  const t = useT();
  const ti = t.imports;
  return (
    <section className="notice" aria-labelledby="import-result">
      <h2 id="import-result">{ti.resultTitle}</h2>
      <p role="status">
        {fileName ? (
          <>
            <strong>{fileName}</strong>:{" "}
          </>
        ) : null}
        {ti.counts({
          created: summary.created,
          updated: summary.updated,
          unchanged: summary.unchanged,
          retired: summary.retired,
          failed: summary.failed.length,
        })}
      </p>
      {summary.failed.length ? (
        <ScrollTable caption={ti.failuresCaption({ count: summary.failed.length })}>
          <thead>
            <tr>
              <th scope="col">{ti.position}</th>
              <th scope="col">{ti.sourceId}</th>
              <th scope="col">{ti.reason}</th>
            </tr>
          </thead>
          <tbody>
            {summary.failed.map((f) => (
              <tr key={f.position}>
                <td>{f.position}</td>
                <td>{f.sourceId ?? "–"}</td>
                <td>{showProblem(t, f.reason)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : (
        <p>{ti.noFailures}</p>
      )}
      {summary.warnings.length ? (
        <ScrollTable caption={ti.warningsCaption({ count: summary.warnings.length })}>
          <thead>
            <tr>
              <th scope="col">{ti.position}</th>
              <th scope="col">{ti.sourceId}</th>
              <th scope="col">{ti.warning}</th>
            </tr>
          </thead>
          <tbody>
            {summary.warnings.map((w, i) => (
              <tr key={i}>
                <td>{w.position}</td>
                <td>{w.sourceId ?? "–"}</td>
                <td>{showProblem(t, w.message)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : null}
    </section>
  );
}
