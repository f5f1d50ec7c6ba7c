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
import { useLanguage, useT } from "~/i18n/text";
import { ProcurementBlock } from "~/procurement/procurement-block";
import { formatCount, formatDay, formatMonth } from "~/utils/format";
import { ContactBlock, LinkList, Row, TextBlock } from "./entry-page-parts";
import { fieldLabel } from "./field-label";

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
  const t = useT();
  const language = useLanguage();
  const label = (field: FieldKey) => fieldLabel(t, field);
  const yesNo = (value: boolean) => (value ? t.entryPage.yes : t.entryPage.no);
  const { doc, html } = d;
  const category = PUBLICATION_CATEGORIES.find((c) => c.slug === doc.publicationCategory);
  const annex = ANNEX_III_AREAS.find((a) => a.slug === doc.euAiAct?.annexIIIArea);
  return (
    <>
      <section aria-labelledby="general">
        <h2 id="general">{t.entryPage.sections.general}</h2>
        <dl className="summary">
          <Row label={label("themes")}>{(doc.themes ?? []).map((s) => THEMES.find((x) => x.slug === s)?.[language] ?? s).join(", ")}</Row>
          <Row label={label("lifecycle.beganOn")}>{formatMonth(doc.lifecycle?.beganOn, language)}</Row>
          <Row label={label("lifecycle.endedOn")}>{formatMonth(doc.lifecycle?.endedOn, language)}</Row>
          <Row label={label("website")}>
            {doc.website ? (
              <a href={doc.website} rel="noopener noreferrer">
                {doc.website}
              </a>
            ) : null}
          </Row>
          <Row label={label("language")}>{LANGUAGES.find((l) => l.code === doc.language)?.label}</Row>
          <Row label={t.entryPage.firstPublished}>{formatDay(d.firstPublishedAt, language)}</Row>
          <Row label={t.entryPage.lastChanged}>{formatDay(d.lastChangedAt, language)}</Row>
          <Row label={t.entryPage.sourceRegistered}>{d.sourceRegisteredAt ? formatDay(d.sourceRegisteredAt, language) : null}</Row>
        </dl>
      </section>

      <section aria-labelledby="responsible-use">
        <h2 id="responsible-use">{t.entryPage.sections.responsibleUse}</h2>
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
            <p>{t.entryPage.notStated}</p>
          </>
        )}
        <LinkList title={label("assessmentLinks")} links={doc.assessmentLinks} />
      </section>

      <section aria-labelledby="how-it-works">
        <h2 id="how-it-works">{t.entryPage.sections.howItWorks}</h2>
        <dl className="summary">
          <Row label={label("algorithmType")}>{labelOf(ALGORITHM_TYPES, doc.algorithmType)}</Row>
          <Row label={label("selfLearning")}>{doc.selfLearning === undefined ? null : yesNo(doc.selfLearning)}</Row>
          <Row label={label("decisionsPerYear")}>{typeof doc.decisionsPerYear === "number" ? formatCount(doc.decisionsPerYear, language) : null}</Row>
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
        <h2 id="charter">{t.entryPage.sections.charter}</h2>
        {CHARTER_COMMITMENTS.some((c) => html.charter[c.id]) ? (
          CHARTER_COMMITMENTS.map((c) => <TextBlock key={c.id} title={c.title} html={html.charter[c.id]} />)
        ) : (
          <p>{t.entryPage.noCharterStatements}</p>
        )}
      </section>

      <section aria-labelledby="risk">
        <h2 id="risk">{t.entryPage.sections.risk}</h2>
        <dl className="summary">
          <Row label={t.entryPage.charterRiskLevel}>{d.risk ? t.entryPage.riskLevels[d.risk.level] : t.entryPage.notAssessed}</Row>
          <Row label={label("risk.likelihood")}>{labelOf(RISK_LIKELIHOODS, doc.risk?.likelihood)}</Row>
          <Row label={label("risk.impact")}>{labelOf(RISK_IMPACTS, doc.risk?.impact)}</Row>
          <Row label={t.entryPage.meta.publicationCategory}>{category ? `${category.slug}: ${category.label}` : t.entryPage.notStated}</Row>
          <Row label={label("euAiAct.highRisk")}>{doc.euAiAct?.highRisk === undefined ? t.entryPage.notStated : yesNo(doc.euAiAct.highRisk)}</Row>
          <Row label={label("euAiAct.annexIIIArea")}>{annex ? `${annex.point}. ${annex.label}` : null}</Row>
          <Row label={label("euAiAct.euDatabaseUrl")}>
            {doc.euAiAct?.euDatabaseUrl ? (
              <a href={doc.euAiAct.euDatabaseUrl} rel="noopener noreferrer">
                {doc.euAiAct.euDatabaseUrl}
              </a>
            ) : null}
          </Row>
          <Row label={label("euAiAct.restrictedSection")}>{doc.euAiAct?.restrictedSection ? t.entryPage.restrictedRegistered : null}</Row>
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
