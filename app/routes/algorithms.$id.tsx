import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { RESTRICTED_NOTICE } from "~/entries/restricted";
import { useLoaderData } from "@remix-run/react";
import { CHARTER_APPLICATION_LABELS, RISK_IMPACTS, RISK_LIKELIHOODS } from "~content/vocabularies/risk-matrix";
import {
  ALGORITHM_TYPES,
  ANNEX_III_AREAS,
  CHARTER_COMMITMENTS,
  LANGUAGES,
  LIFECYCLE_STATUSES,
  PUBLICATION_CATEGORIES,
} from "~content/vocabularies/entry-enums";
import { THEMES } from "~content/vocabularies/themes";
import { AssessmentSection } from "~/assessments/assessment-section";
import { assessmentsForEntryPage } from "~/assessments/entry-assessments.server";
import { DataSection } from "~/data-use/data-section";
import { formatCount, formatDay } from "~/utils/format";
import { reviewStatus } from "~/entries/entries.server";
import { ContactBlock, LinkList, OnThisPage, Row, TextBlock } from "~/entries/public/entry-page-parts";
import { publicDocument, renderEntryMarkdown, requirePublishedEntry } from "~/entries/public-entry.server";
import { charterApplication, entryRiskLevel } from "~/entries/risk";
import { FIELDS } from "~/entries/standard";
import { feedbackForEntryPage } from "~/feedback/entry-feedback.server";
import { FeedbackSection } from "~/feedback/feedback-section";
import { entriesText as tx } from "~/i18n/entries.en";
import { t } from "~/i18n/en";
import { ta } from "~/i18n/assessments.en";
import { dataUseText } from "~/i18n/data-use.en";
import { feedbackText as ft } from "~/i18n/feedback.en";
import { t as procurementText } from "~/i18n/procurement.en";
import { ProcurementBlock } from "~/procurement/procurement-block";
import { procurementForEntryPage } from "~/procurement/entry-procurement.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: `${t.errors.notFoundTitle} – ${t.site.name}` }];
  return [
    { title: `${data.doc.name ?? "Algorithm"} – ${data.organisation.name} – ${t.site.name}` },
    { name: "description", content: data.doc.descriptionShort ?? "" },
  ];
};

const SOURCE_SYSTEMS: Record<string, string> = {
  "nl-listing": "the Dutch algorithm register (algoritmes.overheid.nl)",
  "uk-atrs-listing": "the UK Algorithmic Transparency Recording Standard hub",
  "nl-1.0": "a Dutch publication standard 1.0 file",
};

/** Public: the latest published version only. `/algorithms/:id.json` is the route algorithms.$id[.json]. */
export async function loader({ params }: LoaderFunctionArgs) {
  const entry = await requirePublishedEntry(params.id ?? "");
  const doc = publicDocument(entry.doc);
  const [procurement, assessments, feedback] = await Promise.all([
    procurementForEntryPage(entry.doc),
    assessmentsForEntryPage(entry.id),
    feedbackForEntryPage(entry.id),
  ]);
  const level = entryRiskLevel(doc);
  return {
    publicId: entry.publicId,
    state: entry.state,
    organisation: { name: entry.organisation.name, slug: entry.organisation.slug },
    version: entry.version,
    firstPublishedAt: entry.firstPublishedAt,
    lastChangedAt: entry.publishedAt,
    sourceRegisteredAt: entry.sourceRegisteredAt,
    derivedFields: entry.derivedFields,
    lastReviewedAt: entry.lastReviewedAt,
    reviewDueAt: entry.reviewDueAt,
    reviewOverdue: entry.state === "published" && reviewStatus(entry.reviewDueAt) === "overdue",
    archivedAt: entry.archivedAt,
    provenance: entry.sourceSystem ? { system: SOURCE_SYSTEMS[entry.sourceSystem] ?? entry.sourceSystem, url: entry.sourceUrl, id: entry.sourceId } : null,
    doc,
    html: renderEntryMarkdown(doc),
    risk: level ? { level, application: charterApplication(level) } : null,
    procurement,
    assessments,
    feedback,
  };
}

const labelOf = <T extends { slug: string; label: string }>(list: readonly T[], slug: string | undefined) => list.find((x) => x.slug === slug)?.label;

export default function AlgorithmPage() {
  const d = useLoaderData<typeof loader>();
  const { doc, html } = d;
  const category = PUBLICATION_CATEGORIES.find((c) => c.slug === doc.publicationCategory);
  const annex = ANNEX_III_AREAS.find((a) => a.slug === doc.euAiAct?.annexIIIArea);
  return (
    <article className="entry-page">
      <p className="muted">
        <a href={`/organisations/${d.organisation.slug}`}>{d.organisation.name}</a>
      </p>
      <h1>{doc.name}</h1>
      {doc.descriptionShort ? <p className="lead">{doc.descriptionShort}</p> : null}
      {doc.descriptionShort && d.derivedFields.includes("descriptionShort") ? <p className="muted">{tx.derivedDescription}</p> : null}

      {doc.euAiAct?.restrictedSection ? (
        <p className="notice notice--warning" role="note">
          {RESTRICTED_NOTICE}
        </p>
      ) : null}
      {d.state === "archived" ? (
        <p className="notice notice--warning" role="note">
          <strong>Retired.</strong> {tx.retiredNotice} {d.archivedAt ? `Retired on ${formatDay(d.archivedAt)}.` : null}
        </p>
      ) : null}
      {d.reviewOverdue ? (
        <p className="notice notice--warning" role="note">
          <strong>{tx.reviewOverdue}.</strong> This entry should have been checked by {formatDay(d.reviewDueAt)}. Some details may be out of date.
        </p>
      ) : null}
      {d.provenance ? (
        <p className="notice" role="note">
          Imported from {d.provenance.system}
          {d.provenance.url ? (
            <>
              {" "}
              (
              <a href={d.provenance.url} rel="noopener noreferrer">
                view the original
              </a>
              )
            </>
          ) : null}
          .
        </p>
      ) : null}

      <dl className="summary entry-meta">
        <Row label="Organisation">
          <a href={`/organisations/${d.organisation.slug}`}>{d.organisation.name}</a>
        </Row>
        <Row label="Status">{labelOf(LIFECYCLE_STATUSES, doc.lifecycle?.status)}</Row>
        <Row label="Publication category">{category ? `${category.slug}: ${category.label}` : tx.notStated}</Row>
        <Row label="Version">
          Version {d.version.number}, published {formatDay(d.version.publishedAt)} · <a href={`/algorithms/${d.publicId}/history`}>{tx.history}</a>
        </Row>
        <Row label="Last reviewed">{formatDay(d.lastReviewedAt)}</Row>
        <Row label="Next review due">{d.state === "published" ? formatDay(d.reviewDueAt) : null}</Row>
        <Row label="Register id">{d.publicId}</Row>
      </dl>

      {d.feedback.acceptsFeedback ? (
        <p className="entry-actions">
          <a className="button button--secondary" href={`/algorithms/${d.publicId}/feedback`}>
            Ask a question
          </a>
        </p>
      ) : null}
      <OnThisPage
        sections={[
          { id: "general", title: "General" },
          { id: "responsible-use", title: "Responsible use" },
          { id: "how-it-works", title: "How it works" },
          { id: "charter", title: "Charter commitments" },
          { id: "risk", title: "Risk" },
          ...(d.procurement ? [{ id: "procurement-title", title: procurementText.block.title }] : []),
          { id: "data-section-title", title: dataUseText.section.title },
          { id: "assessments-title", title: ta.publicSection },
          { id: "contact", title: "Contact" },
          { id: "feedback-title", title: ft.sectionTitle },
        ]}
      />

      <section aria-labelledby="general">
        <h2 id="general">General</h2>
        <dl className="summary">
          <Row label={FIELDS.themes.label}>{(doc.themes ?? []).map((s) => THEMES.find((x) => x.slug === s)?.en ?? s).join(", ")}</Row>
          <Row label={FIELDS["lifecycle.beganOn"].label}>{doc.lifecycle?.beganOn}</Row>
          <Row label={FIELDS["lifecycle.endedOn"].label}>{doc.lifecycle?.endedOn}</Row>
          <Row label={FIELDS.website.label}>
            {doc.website ? (
              <a href={doc.website} rel="noopener noreferrer">
                {doc.website}
              </a>
            ) : null}
          </Row>
          <Row label={FIELDS.language.label}>{LANGUAGES.find((l) => l.code === doc.language)?.label}</Row>
          <Row label="First published">{formatDay(d.firstPublishedAt)}</Row>
          <Row label="Last changed">{formatDay(d.lastChangedAt)}</Row>
          <Row label="Registered in the source register">{d.sourceRegisteredAt ? formatDay(d.sourceRegisteredAt) : null}</Row>
        </dl>
      </section>

      <section aria-labelledby="responsible-use">
        <h2 id="responsible-use">Responsible use</h2>
        <TextBlock title={FIELDS.goal.label} html={html.goal} />
        <TextBlock title={FIELDS.affectedGroups.label} html={html.affectedGroups} />
        <TextBlock title={FIELDS.proportionality.label} html={html.proportionality} />
        <TextBlock title={FIELDS.humanIntervention.label} html={html.humanIntervention} />
        <TextBlock title={FIELDS.appeals.label} html={html.appeals} />
        <TextBlock title={FIELDS.risks.label} html={html.risks} />
        <TextBlock title={FIELDS.lawfulBasis.label} html={html.lawfulBasis} />
        <LinkList title={FIELDS.lawfulBasisLinks.label} links={doc.lawfulBasisLinks} />
        {doc.processingRegisterUrl ? (
          <p>
            <a href={doc.processingRegisterUrl} rel="noopener noreferrer">
              {FIELDS.processingRegisterUrl.label}
            </a>
          </p>
        ) : null}
        {html.assessmentsText || doc.assessmentLinks?.some((l) => l.link) ? (
          <TextBlock title={FIELDS.assessmentsText.label} html={html.assessmentsText} />
        ) : (
          <>
            <h3>{FIELDS.assessmentsText.label}</h3>
            <p>{tx.notStated}</p>
          </>
        )}
        <LinkList title={FIELDS.assessmentLinks.label} links={doc.assessmentLinks} />
      </section>

      <section aria-labelledby="how-it-works">
        <h2 id="how-it-works">How it works</h2>
        <dl className="summary">
          <Row label={FIELDS.algorithmType.label}>{labelOf(ALGORITHM_TYPES, doc.algorithmType)}</Row>
          <Row label={FIELDS.selfLearning.label}>{doc.selfLearning === undefined ? null : doc.selfLearning ? "Yes" : "No"}</Row>
          <Row label={FIELDS.decisionsPerYear.label}>{typeof doc.decisionsPerYear === "number" ? formatCount(doc.decisionsPerYear) : null}</Row>
          <Row label={FIELDS.sourceCodeUrl.label}>
            {doc.sourceCodeUrl ? (
              <a href={doc.sourceCodeUrl} rel="noopener noreferrer">
                {doc.sourceCodeUrl}
              </a>
            ) : null}
          </Row>
        </dl>
        <TextBlock title={FIELDS.dataSourcesText.label} html={html.dataSourcesText} />
        <LinkList title={FIELDS.dataSourceLinks.label} links={doc.dataSourceLinks} />
        <TextBlock title={FIELDS.technicalOperation.label} html={html.technicalOperation} />
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
          <Row label={FIELDS["risk.likelihood"].label}>{labelOf(RISK_LIKELIHOODS, doc.risk?.likelihood)}</Row>
          <Row label={FIELDS["risk.impact"].label}>{labelOf(RISK_IMPACTS, doc.risk?.impact)}</Row>
          <Row label="Publication category">{category ? `${category.slug}: ${category.label}` : tx.notStated}</Row>
          <Row label={FIELDS["euAiAct.highRisk"].label}>{doc.euAiAct?.highRisk === undefined ? tx.notStated : doc.euAiAct.highRisk ? "Yes" : "No"}</Row>
          <Row label={FIELDS["euAiAct.annexIIIArea"].label}>{annex ? `${annex.point}. ${annex.label}` : null}</Row>
          <Row label={FIELDS["euAiAct.euDatabaseUrl"].label}>
            {doc.euAiAct?.euDatabaseUrl ? (
              <a href={doc.euAiAct.euDatabaseUrl} rel="noopener noreferrer">
                {doc.euAiAct.euDatabaseUrl}
              </a>
            ) : null}
          </Row>
          <Row label={FIELDS["euAiAct.restrictedSection"].label}>
            {doc.euAiAct?.restrictedSection ? "Registered in the non-public section of the EU database" : null}
          </Row>
          <Row label={FIELDS.deployerContact.label}>{doc.euAiAct?.highRisk ? doc.deployerContact : null}</Row>
          <Row label={FIELDS.submitterContact.label}>{doc.euAiAct?.highRisk ? doc.submitterContact : null}</Row>
        </dl>
        {d.risk ? <p className="muted">{CHARTER_APPLICATION_LABELS[d.risk.application].explanation}</p> : null}
        <TextBlock title={FIELDS.art27Summary.label} html={html.art27Summary} />
        <TextBlock title={FIELDS.dpiaSummary.label} html={html.dpiaSummary} />
      </section>

      <ProcurementBlock procurement={d.procurement} />
      <DataSection doc={doc} />
      <AssessmentSection assessments={d.assessments} entryPublicId={d.publicId} />

      <ContactBlock contact={doc.contact} organisation={d.organisation} />

      <FeedbackSection feedback={d.feedback} entryPublicId={d.publicId} />

      <p>
        <a href={`/algorithms/${d.publicId}/history`}>{tx.history}: all published versions and what changed</a>
        {" · "}
        <a href={`/algorithms/${d.publicId}.json?format=nl-1.0`}>Download as Dutch standard 1.0 JSON</a>
      </p>
    </article>
  );
}

export { ErrorBoundary } from "~/root";
