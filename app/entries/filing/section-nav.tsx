/**
 * The filing form's list of sections with how far each is. On wide screens it stays beside the form
 * (sticky in its own column, so it never covers what has focus); on narrow screens it is a closed
 * "Sections" disclosure above the form, reached again from the link at the end of every section.
 */
import type { SectionProgress, SectionState } from "~/entries/completeness";
import { SECTIONS, type SectionId } from "~/entries/standard";
import { sectionText } from "~/entries/standard-text";
import { useT, type Text } from "~/i18n/text";
import { sectionAnchor, SECTION_LIST_ID } from "./section-links";

type Progress = Record<SectionId, SectionProgress>;

const TAG: Record<SectionState, string> = { not_started: "tag", problems: "tag tag--danger", complete: "tag tag--success" };

const stateLabel = (t: Text, p: SectionProgress) =>
  p.state === "problems" ? t.entries.sectionState.problems({ count: p.problems }) : t.entries.sectionState[p.state];

function SectionList({ progress }: { progress: Progress }) {
  const t = useT();
  return (
    <ol className="section-list">
      {SECTIONS.map((s) => {
        const p = progress[s.id];
        return (
          <li key={s.id} data-section={s.id} data-state={p.state}>
            <a href={`#${sectionAnchor(s.id)}`}>{sectionText(t, s.id).title}</a>{" "}
            <span className={`${TAG[p.state]} section-list__state`}>{stateLabel(t, p)}</span>
            {p.state === "not_started" ? null : (
              <span className="section-list__count muted">{t.entries.answered({ answered: p.answered, total: p.total })}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

export function SectionNav({ progress }: { progress: Progress }) {
  const t = useT();
  const tx = t.entries;
  const complete = SECTIONS.filter((s) => progress[s.id].state === "complete").length;
  return (
    <div id={SECTION_LIST_ID} className="section-nav">
      <nav aria-labelledby="section-nav-title" className="section-nav__wide">
        <h2 id="section-nav-title" className="h-small">
          {tx.sectionsNav}
        </h2>
        <SectionList progress={progress} />
      </nav>
      <details className="section-nav__compact">
        <summary>
          {tx.sectionsNav} <span className="muted">({tx.sectionsDone({ complete, total: SECTIONS.length })})</span>
        </summary>
        <nav aria-label={tx.sectionsNav}>
          <SectionList progress={progress} />
        </nav>
      </details>
    </div>
  );
}
