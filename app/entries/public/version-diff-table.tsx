/**
 * The field-by-field difference between two versions as an accessible table:
 * one row per changed field, the old text and the new text side by side, with
 * removed and added words marked by <del> and <ins> and named for screen readers.
 */
import type { ReactNode } from "react";
import type { DiffSegment, VersionDiff } from "~/entries/version-diff";
import { ScrollTable } from "~/components/scroll-table";
import { DiffFieldLabel } from "./translation-parts";

const CHANGE_LABELS = { added: "Added", removed: "Removed", changed: "Changed" } as const;

function Segments({ segments, side, lang }: { segments: DiffSegment[]; side: "before" | "after"; lang?: string }) {
  const hide = side === "before" ? "added" : "removed";
  return (
    <div className="diff-text" lang={lang}>
      {segments
        .filter((s) => s.kind !== hide)
        .map((s, i) =>
          s.kind === "removed" ? (
            <del key={i}>
              <span className="visually-hidden">[removed: </span>
              {s.text}
              <span className="visually-hidden">]</span>
            </del>
          ) : s.kind === "added" ? (
            <ins key={i}>
              <span className="visually-hidden">[added: </span>
              {s.text}
              <span className="visually-hidden">]</span>
            </ins>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
    </div>
  );
}

export function VersionDiffTable({ diff, from, to }: { diff: VersionDiff; from: number; to: number }) {
  if (from === to) return <p role="status">You chose the same version twice. Choose two different versions to compare.</p>;
  const summary = diff.changedCount === 0 ? "No fields changed" : diff.changedCount === 1 ? "1 field changed" : `${diff.changedCount} fields changed`;
  return (
    <>
      <p role="status" className="diff-summary">
        <strong>{summary}</strong> between version {from} and version {to}.
      </p>
      <DiffTable
        diff={diff}
        caption={
          <>
            Changes from version {from} to version {to}, by field
          </>
        }
        beforeLabel={`Before (version ${from})`}
        afterLabel={`After (version ${to})`}
      />
    </>
  );
}

/** The changed fields, section by section, old and new text side by side; nothing when no field changed. */
export function DiffTable({ diff, caption, beforeLabel, afterLabel }: { diff: VersionDiff; caption: ReactNode; beforeLabel: string; afterLabel: string }) {
  if (diff.changedCount === 0) return null;
  const sections = [...new Set(diff.changes.map((c) => c.sectionTitle))];
  return (
    <ScrollTable caption={caption} className="diff-table">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">{beforeLabel}</th>
          <th scope="col">{afterLabel}</th>
        </tr>
      </thead>
      {sections.map((section) => (
        <tbody key={section}>
          <tr>
            <th scope="colgroup" colSpan={3} className="diff-section">
              {section}
            </th>
          </tr>
          {diff.changes
            .filter((c) => c.sectionTitle === section)
            .map((c) => (
              <tr key={`${c.key}${c.language ?? ""}`}>
                <th scope="row">
                  <DiffFieldLabel label={c.label} language={c.language} />
                  <span className={`tag diff-kind diff-kind--${c.change}`}>{CHANGE_LABELS[c.change]}</span>
                </th>
                <td>{c.before ? <Segments segments={c.segments} side="before" lang={c.language} /> : <span className="muted">Empty</span>}</td>
                <td>{c.after ? <Segments segments={c.segments} side="after" lang={c.language} /> : <span className="muted">Empty</span>}</td>
              </tr>
            ))}
        </tbody>
      ))}
    </ScrollTable>
  );
}
