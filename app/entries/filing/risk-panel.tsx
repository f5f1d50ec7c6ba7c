/** The risk panel of the filing form: Charter risk level, suggested publication category and contradictions. */
import { CHARTER_APPLICATION_LABELS } from "~content/vocabularies/risk-matrix";
import { PUBLICATION_CATEGORIES } from "~content/vocabularies/entry-enums";
import { fieldId } from "~/components/forms";
import type { EntryDraft } from "~/entries/entry-schema";
import { charterApplication, contradictions, entryRiskLevel, suggestCategory } from "~/entries/risk";
import { showProblem } from "~/i18n/problem";
import { useT } from "~/i18n/text";

export function RiskPanel({ doc }: { doc: EntryDraft }) {
  const t = useT();
  const tx = t.entries;
  const level = entryRiskLevel(doc);
  const application = level ? charterApplication(level) : undefined;
  const suggestion = suggestCategory({
    euHighRisk: doc.euAiAct?.highRisk,
    riskLevel: level,
    algorithmType: doc.algorithmType,
    decisionsPerYear: typeof doc.decisionsPerYear === "number" ? doc.decisionsPerYear : undefined,
  });
  const category = PUBLICATION_CATEGORIES.find((c) => c.slug === suggestion.category)!;
  const problems = contradictions(doc);
  return (
    <aside className="risk-panel card" aria-labelledby="risk-panel-title" aria-live="polite">
      <h3 id="risk-panel-title">{tx.riskPanelTitle}</h3>
      <dl className="summary">
        <dt>{tx.riskLevel}</dt>
        <dd data-testid="risk-level">
          {level && application ? (
            <>
              <strong>{t.standard.risk.levels[level]}</strong> – {CHARTER_APPLICATION_LABELS[application].label}.{" "}
              {CHARTER_APPLICATION_LABELS[application].explanation}
            </>
          ) : (
            tx.riskNotSet
          )}
        </dd>
        <dt>{tx.suggestedCategory}</dt>
        <dd data-testid="suggested-category">
          <strong>
            {category.slug}: {category.label}
          </strong>
          . {showProblem(t, suggestion.reason)}
          {doc.publicationCategory && doc.publicationCategory !== suggestion.category ? ` ${tx.filing.youChose({ category: doc.publicationCategory })}` : null}
        </dd>
      </dl>
      {problems.length ? (
        <>
          <h4>{tx.contradictionsTitle}</h4>
          <ul className="contradictions">
            {problems.map((p) => (
              <li key={p.code}>
                <a href={`#${fieldId(p.field)}`}>{showProblem(t, p.message)}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </aside>
  );
}
