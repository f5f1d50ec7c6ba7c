/**
 * The field-by-field difference between two versions as an accessible table:
 * one row per changed field, the old text and the new text side by side, with
 * removed and added words marked by <del> and <ins> and named for screen readers.
 */
import type { ReactNode } from "react";
import type { DiffSegment, VersionDiff } from "~/entries/version-diff";
import { ScrollTable } from "~/components/scroll-table";
import { useT } from "~/i18n/text";
import { fieldLabel, isFieldKey, sectionTitle } from "./field-label";
import { messageParts } from "./message-parts";

function Segments({ segments, side }: { segments: DiffSegment[]; side: "before" | "after" }) {
  const t = useT();
  const hide = side === "before" ? "added" : "removed";
  return (
    <div className="diff-text">
      {segments
        .filter((s) => s.kind !== hide)
        .map((s, i) =>
          s.kind === "removed" ? (
            <del key={i}>
              <span className="visually-hidden">{t.entryPage.diff.removedMark}</span>
              {s.text}
              <span className="visually-hidden">{t.entryPage.diff.markEnd}</span>
            </del>
          ) : s.kind === "added" ? (
            <ins key={i}>
              <span className="visually-hidden">{t.entryPage.diff.addedMark}</span>
              {s.text}
              <span className="visually-hidden">{t.entryPage.diff.markEnd}</span>
            </ins>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
    </div>
  );
}

export function VersionDiffTable({ diff, from, to }: { diff: VersionDiff; from: number; to: number }) {
  const t = useT();
  if (from === to) return <p role="status">{t.entryPage.diff.sameVersion}</p>;
  return (
    <>
      <p role="status" className="diff-summary">
        {messageParts(t.entryPage.diff.between, { summary: <strong>{t.entryPage.diff.fieldsChanged({ count: diff.changedCount })}</strong> }, { from, to })}
      </p>
      <DiffTable
        diff={diff}
        caption={t.entryPage.diff.caption({ from, to })}
        beforeLabel={t.entryPage.diff.before({ version: from })}
        afterLabel={t.entryPage.diff.after({ version: to })}
      />
    </>
  );
}

/** The changed fields, section by section, old and new text side by side; nothing when no field changed. */
export function DiffTable({ diff, caption, beforeLabel, afterLabel }: { diff: VersionDiff; caption: ReactNode; beforeLabel: string; afterLabel: string }) {
  const t = useT();
  if (diff.changedCount === 0) return null;
  const sections = [...new Set(diff.changes.map((c) => c.section))];
  return (
    <ScrollTable caption={caption} className="diff-table">
      <thead>
        <tr>
          <th scope="col">{t.entryPage.diff.field}</th>
          <th scope="col">{beforeLabel}</th>
          <th scope="col">{afterLabel}</th>
        </tr>
      </thead>
      {sections.map((section) => (
        <tbody key={section}>
          <tr>
            <th scope="colgroup" colSpan={3} className="diff-section">
              {sectionTitle(t, section)}
            </th>
          </tr>
          {diff.changes
            .filter((c) => c.section === section)
            .map((c) => (
              <tr key={c.key}>
                <th scope="row">
                  {c.key === "organisation" ? t.entryPage.diff.organisation : isFieldKey(c.key) ? fieldLabel(t, c.key) : c.label}
                  <span className={`tag diff-kind diff-kind--${c.change}`}>{t.entryPage.diff.changes[c.change]}</span>
                </th>
                <td>{c.before ? <Segments segments={c.segments} side="before" /> : <span className="muted">{t.entryPage.diff.empty}</span>}</td>
                <td>{c.after ? <Segments segments={c.segments} side="after" /> : <span className="muted">{t.entryPage.diff.empty}</span>}</td>
              </tr>
            ))}
        </tbody>
      ))}
    </ScrollTable>
  );
}
