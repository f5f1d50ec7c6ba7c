import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { RESTRICTED_NOTICE } from "~/entries/restricted";
import { useLoaderData } from "@remix-run/react";
import { LIFECYCLE_STATUSES, PUBLICATION_CATEGORIES } from "~content/vocabularies/entry-enums";
import { formatDay } from "~/utils/format";
import { reviewStatus } from "~/entries/entries.server";
import { OnThisPage, Row } from "~/entries/public/entry-page-parts";
import { EntrySections, labelOf } from "~/entries/public/entry-sections";
import { EntryLanguageNotice, useTextLanguage } from "~/entries/public/translation-parts";
import { languageOf } from "~/i18n/language.server";
import { entryPageBody, requirePublishedEntry } from "~/entries/public-entry.server";
import { feedbackForEntryPage } from "~/feedback/entry-feedback.server";
import { FeedbackSection } from "~/feedback/feedback-section";
import { entriesText as tx } from "~/i18n/entries.en";
import { t } from "~/i18n/en";
import { ta } from "~/i18n/assessments.en";
import { dataUseText } from "~/i18n/data-use.en";
import { feedbackText as ft } from "~/i18n/feedback.en";
import { t as procurementText } from "~/i18n/procurement.en";

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
export async function loader({ request, params }: LoaderFunctionArgs) {
  const entry = await requirePublishedEntry(params.id ?? "");
  const [body, feedback] = await Promise.all([entryPageBody(entry.id, entry.doc, languageOf(request)), feedbackForEntryPage(entry.id)]);
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
    ...body,
    feedback,
  };
}

export default function AlgorithmPage() {
  const d = useLoaderData<typeof loader>();
  const { doc } = d;
  const lang = useTextLanguage(d.texts);
  const category = PUBLICATION_CATEGORIES.find((c) => c.slug === doc.publicationCategory);
  return (
    <article className="entry-page">
      <p className="muted">
        <a href={`/organisations/${d.organisation.slug}`}>{d.organisation.name}</a>
      </p>
      <h1 lang={lang("name")}>{doc.name}</h1>
      {doc.descriptionShort ? (
        <p className="lead" lang={lang("descriptionShort")}>
          {doc.descriptionShort}
        </p>
      ) : null}
      <EntryLanguageNotice texts={d.texts} />
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

      <EntrySections d={d} />

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
