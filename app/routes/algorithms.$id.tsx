import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { LIFECYCLE_STATUSES, PUBLICATION_CATEGORIES } from "~content/vocabularies/entry-enums";
import { formatDay } from "~/utils/format";
import { reviewStatus } from "~/entries/entries.server";
import { OnThisPage, Row } from "~/entries/public/entry-page-parts";
import { EntrySections, labelOf } from "~/entries/public/entry-sections";
import { messageParts } from "~/entries/public/message-parts";
import { entryPageBody, requirePublishedEntry } from "~/entries/public-entry.server";
import { feedbackForEntryPage } from "~/feedback/entry-feedback.server";
import { FeedbackSection } from "~/feedback/feedback-section";
import { languageOf } from "~/i18n/language.server";
import { metaText } from "~/i18n/meta-text";
import { useLanguage, useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaText(matches);
  if (!data) return [{ title: `${t.errors.notFoundTitle} – ${t.site.name}` }];
  return [
    { title: `${data.doc.name ?? t.entryPage.metaFallbackName} – ${data.organisation.name} – ${t.site.name}` },
    { name: "description", content: data.doc.descriptionShort ?? "" },
  ];
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
    provenance: entry.sourceSystem ? { system: entry.sourceSystem, url: entry.sourceUrl, id: entry.sourceId } : null,
    ...body,
    feedback,
  };
}

export default function AlgorithmPage() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const tp = t.entryPage;
  const language = useLanguage();
  const to = useLocalePath();
  const { doc } = d;
  const category = PUBLICATION_CATEGORIES.find((c) => c.slug === doc.publicationCategory);
  const sourceSystems: Record<string, string> = tp.sourceSystems;
  const source = d.provenance ? (sourceSystems[d.provenance.system] ?? d.provenance.system) : "";
  return (
    <article className="entry-page">
      <p className="muted">
        <a href={to(`/organisations/${d.organisation.slug}`)}>{d.organisation.name}</a>
      </p>
      <h1>{doc.name}</h1>
      {doc.descriptionShort ? <p className="lead">{doc.descriptionShort}</p> : null}
      {doc.descriptionShort && d.derivedFields.includes("descriptionShort") ? <p className="muted">{tp.derivedDescription}</p> : null}

      {doc.euAiAct?.restrictedSection ? (
        <p className="notice notice--warning" role="note">
          {tp.restrictedNotice}
        </p>
      ) : null}
      {d.state === "archived" ? (
        <p className="notice notice--warning" role="note">
          <strong>{tp.retired}</strong> {tp.retiredNotice} {d.archivedAt ? tp.retiredOn({ date: formatDay(d.archivedAt, language) }) : null}
        </p>
      ) : null}
      {d.reviewOverdue ? (
        <p className="notice notice--warning" role="note">
          <strong>{tp.reviewOverdue}</strong> {tp.reviewOverdueDetail({ date: formatDay(d.reviewDueAt, language) })}
        </p>
      ) : null}
      {d.provenance ? (
        <p className="notice" role="note">
          {d.provenance.url
            ? messageParts(
                tp.importedFromWithLink,
                {
                  link: (
                    <a href={d.provenance.url} rel="noopener noreferrer">
                      {tp.viewOriginal}
                    </a>
                  ),
                },
                { system: source },
              )
            : tp.importedFrom({ system: source })}
        </p>
      ) : null}

      <dl className="summary entry-meta">
        <Row label={tp.meta.organisation}>
          <a href={to(`/organisations/${d.organisation.slug}`)}>{d.organisation.name}</a>
        </Row>
        <Row label={tp.meta.status}>{labelOf(LIFECYCLE_STATUSES, doc.lifecycle?.status)}</Row>
        <Row label={tp.meta.publicationCategory}>{category ? `${category.slug}: ${category.label}` : tp.notStated}</Row>
        <Row label={tp.meta.version}>
          {tp.meta.versionPublished({ number: d.version.number, date: formatDay(d.version.publishedAt, language) })} ·{" "}
          <a href={to(`/algorithms/${d.publicId}/history`)}>{tp.history}</a>
        </Row>
        <Row label={tp.meta.lastReviewed}>{formatDay(d.lastReviewedAt, language)}</Row>
        <Row label={tp.meta.nextReviewDue}>{d.state === "published" ? formatDay(d.reviewDueAt, language) : null}</Row>
        <Row label={tp.meta.registerId}>{d.publicId}</Row>
      </dl>

      {d.feedback.acceptsFeedback ? (
        <p className="entry-actions">
          <a className="button button--secondary" href={to(`/algorithms/${d.publicId}/feedback`)}>
            {tp.askQuestion}
          </a>
        </p>
      ) : null}
      <OnThisPage
        sections={[
          { id: "general", title: tp.toc.general },
          { id: "responsible-use", title: tp.toc.responsibleUse },
          { id: "how-it-works", title: tp.toc.howItWorks },
          { id: "charter", title: tp.toc.charter },
          { id: "risk", title: tp.toc.risk },
          ...(d.procurement ? [{ id: "procurement-title", title: t.procurement.block.title }] : []),
          { id: "data-section-title", title: t.dataUse.section.title },
          { id: "assessments-title", title: t.assessments.publicSection },
          { id: "contact", title: tp.toc.contact },
          { id: "feedback-title", title: t.feedback.sectionTitle },
        ]}
      />

      <EntrySections d={d} />

      <FeedbackSection feedback={d.feedback} entryPublicId={d.publicId} />

      <p>
        <a href={to(`/algorithms/${d.publicId}/history`)}>{tp.historyLink}</a>
        {" · "}
        <a href={`/algorithms/${d.publicId}.json?format=nl-1.0`}>{tp.downloadNl}</a>
      </p>
    </article>
  );
}

export { ErrorBoundary } from "~/root";
