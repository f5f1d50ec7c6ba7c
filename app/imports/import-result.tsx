/** The summary of a finished import: counts, the records that failed, and the warnings. */
import { ScrollTable } from "~/components/scroll-table";
import { importText } from "~/i18n/imports.en";
import type { ImportSummary } from "./import-types";

export function ImportResult({ summary, fileName }: { summary: ImportSummary; fileName?: string }) {
  return (
    <section className="notice" aria-labelledby="import-result">
      <h2 id="import-result">{importText.resultTitle}</h2>
      <p role="status">
        {fileName ? (
          <>
            <strong>{fileName}</strong>:{" "}
          </>
        ) : null}
        {importText.counts({ ...summary, failed: summary.failed.length })}
      </p>
      {summary.failed.length ? (
        <ScrollTable caption={importText.failuresCaption(summary.failed.length)}>
          <thead>
            <tr>
              <th scope="col">{importText.position}</th>
              <th scope="col">{importText.sourceId}</th>
              <th scope="col">{importText.reason}</th>
            </tr>
          </thead>
          <tbody>
            {summary.failed.map((f) => (
              <tr key={f.position}>
                <td>{f.position}</td>
                <td>{f.sourceId ?? "–"}</td>
                <td>{f.reason}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : (
        <p>{importText.noFailures}</p>
      )}
      {summary.warnings.length ? (
        <ScrollTable caption={importText.warningsCaption(summary.warnings.length)}>
          <thead>
            <tr>
              <th scope="col">{importText.position}</th>
              <th scope="col">{importText.sourceId}</th>
              <th scope="col">{importText.warning}</th>
            </tr>
          </thead>
          <tbody>
            {summary.warnings.map((w, i) => (
              <tr key={i}>
                <td>{w.position}</td>
                <td>{w.sourceId ?? "–"}</td>
                <td>{w.message}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : null}
    </section>
  );
}
