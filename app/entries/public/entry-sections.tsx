/**
 * The body of the public entry page, from "General" to the contact block. The public page and the
 * approver's "Preview as published" both render it, from the same entryPageBody data.
 */
import { CHARTER_APPLICATION_LABELS, RISK_IMPACTS, RISK_LIKELIHOODS } from "~content/vocabularies/risk-matrix";
import { ALGORITHM_TYPES, ANNEX_III_AREAS, CHARTER_COMMITMENTS, LANGUAGES, PUBLICATION_CATEGORIES } from "~content/vocabularies/entry-enums";
import { THEMES } from "~content/vocabularies/themes";
import { AssessmentSection } from "~/assessments/assessment-section";
import { DataSection } from "~/data-use/data-section";
import type { EntryPageBody } from "~/entries/public-entry.server";
import type { FieldKey } from "~/entries/standard";
import { fieldLabel } from "~/entries/standard-text";
import { useT } from "~/i18n/text";
import { entriesText as tx } from "~/i18n/entries.en";
import { ProcurementBlock } from "~/procurement/procurement-block";
import { formatCount, formatDay } from "~/utils/format";
import { ContactBlock, LinkList, Row, TextBlock } from "./entry-page-parts";

type Day = Date | string | null;

export type EntrySectionsData = EntryPageBody & {
  publicId: string;
  organisation: { name: string; slug: string };
  firstPublishedAt: Day;
  lastChangedAt: Day;
  sourceRegisteredAt: Day;
};

export const labelOf = <T extends { slug: string; label: string }>(list: readonly T[], slug: string | undefined) => list.find((x) => x.slug === slug)?.label;

export function EntrySections({ d }: { d: EntrySectionsData }) {
  const { doc, html } = d;
  const t = useT();
  const label = (key: FieldKey) => fieldLabel(t, key);
  const category = PUBLICATION_CATEGORIES.find((c) => c.slug === doc.publicationCategory);
  const annex = ANNEX_III_AREAS.find((a) => a.slug === doc.euAiAct?.annexIIIArea);
  return (
    <>
      <section aria-labelledby="general">
        <h2 id="general">General</h2>
        <dl className="summary">
          <Row label={label("themes")}>{(doc.themes ?? []).map((s) => THEMES.find((x) => x.slug === s)?.en ?? s).join(", ")}</Row>
          <Row label={label("lifecycle.beganOn")}>{doc.lifecycle?.beganOn}</Row>
          <Row label={label("lifecycle.endedOn")}>{doc.lifecycle?.endedOn}</Row>
          <Row label={label("website")}>
            {doc.website ? (
              <a href={doc.website} rel="noopener noreferrer">
                {doc.website}
              </a>
            ) : null}
          </Row>
          <Row label={label("language")}>{LANGUAGES.find((l) => l.code === doc.language)?.label}</Row>
          <Row label="First published">{formatDay(d.firstPublishedAt)}</Row>
          <Row label="Last changed">{formatDay(d.lastChangedAt)}</Row>
          <Row label="Registered in the source register">{d.sourceRegisteredAt ? formatDay(d.sourceRegisteredAt) : null}</Row>
        </dl>
      </section>

      <section aria-labelledby="responsible-use">
        <h2 id="responsible-use">Responsible use</h2>
        <TextBlock title={label("goal")} html={html.goal} />
        <TextBlock title={label("affectedGroups")} html={html.affectedGroups} />
        <TextBlock title={label("proportionality")} html={html.proportionality} />
        <TextBlock title={label("humanIntervention")} html={html.humanIntervention} />
        <TextBlock title={label("appeals")} html={html.appeals} />
        <TextBlock title={label("risks")} html={html.risks} />
        <TextBlock title={label("lawfulBasis")} html={html.lawfulBasis} />
        <LinkList title={label("lawfulBasisLinks")} links={doc.lawfulBasisLinks} />
        {doc.processingRegisterUrl ? (
          <p>
            <a href={doc.processingRegisterUrl} rel="noopener noreferrer">
              {label("processingRegisterUrl")}
            </a>
          </p>
        ) : null}
        {html.assessmentsText || doc.assessmentLinks?.some((l) => l.link) ? (
          <TextBlock title={label("assessmentsText")} html={html.assessmentsText} />
        ) : (
          <>
            <h3>{label("assessmentsText")}</h3>
            <p>{tx.notStated}</p>
          </>
        )}
        <LinkList title={label("assessmentLinks")} links={doc.assessmentLinks} />
      </section>

      <section aria-labelledby="how-it-works">
        <h2 id="how-it-works">How it works</h2>
        <dl className="summary">
          <Row label={label("algorithmType")}>{labelOf(ALGORITHM_TYPES, doc.algorithmType)}</Row>
          <Row label={label("selfLearning")}>{doc.selfLearning === undefined ? null : doc.selfLearning ? "Yes" : "No"}</Row>
          <Row label={label("decisionsPerYear")}>{typeof doc.decisionsPerYear === "number" ? formatCount(doc.decisionsPerYear) : null}</Row>
          <Row label={label("sourceCodeUrl")}>
            {doc.sourceCodeUrl ? (
              <a href={doc.sourceCodeUrl} rel="noopener noreferrer">
                {doc.sourceCodeUrl}
              </a>
            ) : null}
          </Row>
        </dl>
        <TextBlock title={label("dataSourcesText")} html={html.dataSourcesText} />
        <LinkList title={label("dataSourceLinks")} links={doc.dataSourceLinks} />
        <TextBlock title={label("technicalOperation")} html={html.technicalOperation} />
      </section>

      <section aria-labelledby="charter">
        <h2 id="charter">Algorithm Charter commitments</h2>
        {CHARTER_COMMITMENTS.some((c) => html.charter[c.id]) ? (
          CHARTER_COMMITMENTS.map((c) => <TextBlock key={c.id} title={c.title} html={html.charter[c.id]} />)
        ) : (
          <p>No Charter statements have been published for this algorithm.</p>
        )}
      </section>

      <section aria-labelledby="risk">
        <h2 id="risk">Risk</h2>
        <dl className="summary">
          <Row label="Charter risk level">
            {d.risk
              ? `${d.risk.level[0].toUpperCase()}${d.risk.level.slice(1)} – ${CHARTER_APPLICATION_LABELS[d.risk.application].label.toLowerCase()}`
              : "Not assessed"}
          </Row>
          <Row label={label("risk.likelihood")}>{labelOf(RISK_LIKELIHOODS, doc.risk?.likelihood)}</Row>
          <Row label={label("risk.impact")}>{labelOf(RISK_IMPACTS, doc.risk?.impact)}</Row>
          <Row label="Publication category">{category ? `${category.slug}: ${category.label}` : tx.notStated}</Row>
          <Row label={label("euAiAct.highRisk")}>{doc.euAiAct?.highRisk === undefined ? tx.notStated : doc.euAiAct.highRisk ? "Yes" : "No"}</Row>
          <Row label={label("euAiAct.annexIIIArea")}>{annex ? `${annex.point}. ${annex.label}` : null}</Row>
          <Row label={label("euAiAct.euDatabaseUrl")}>
            {doc.euAiAct?.euDatabaseUrl ? (
              <a href={doc.euAiAct.euDatabaseUrl} rel="noopener noreferrer">
                {doc.euAiAct.euDatabaseUrl}
              </a>
            ) : null}
          </Row>
          <Row label={label("euAiAct.restrictedSection")}>
            {doc.euAiAct?.restrictedSection ? "Registered in the non-public section of the EU database" : null}
          </Row>
          <Row label={label("deployerContact")}>{doc.euAiAct?.highRisk ? doc.deployerContact : null}</Row>
          <Row label={label("submitterContact")}>{doc.euAiAct?.highRisk ? doc.submitterContact : null}</Row>
        </dl>
        {d.risk ? <p className="muted">{CHARTER_APPLICATION_LABELS[d.risk.application].explanation}</p> : null}
        <TextBlock title={label("art27Summary")} html={html.art27Summary} />
        <TextBlock title={label("dpiaSummary")} html={html.dpiaSummary} />
      </section>

      <ProcurementBlock procurement={d.procurement} />
      <DataSection doc={doc} />
      <AssessmentSection assessments={d.assessments} entryPublicId={d.publicId} />

      <ContactBlock contact={doc.contact} organisation={d.organisation} />
    </>
  );
}
