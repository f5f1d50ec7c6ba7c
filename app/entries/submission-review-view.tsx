/**
 * The staff page's review of a submitted entry: what changes against the published version (the
 * history page's diff table) and the submission rendered with the public page's own sections.
 */
import { LIFECYCLE_STATUSES, PUBLICATION_CATEGORIES } from "~content/vocabularies/entry-enums";
import { useT } from "~/i18n/text";
import { Row } from "./public/entry-page-parts";
import { EntrySections, labelOf } from "./public/entry-sections";
import { DiffTable } from "./public/version-diff-table";
import { RESTRICTED_NOTICE } from "./restricted";
import type { SubmissionReview } from "./submission-review.server";

type Props = {
  review: SubmissionReview;
  entry: { publicId: string; organisation: { name: string; slug: string } };
  /** The editor's view: the submission cannot be edited until it is withdrawn. */
  readOnly: boolean;
  /** Whether the page offers decisions further down (the jump links point at them). */
  decide: boolean;
};

export function SubmissionReviewView({ review, entry, readOnly, decide }: Props) {
  const tx = useT().entries;
  const { preview, changes } = review;
  const doc = preview.doc;
  const category = PUBLICATION_CATEGORIES.find((c) => c.slug === doc.publicationCategory);
  return (
    <>
      {readOnly ? (
        <p className="notice" role="note" data-testid="read-only">
          {tx.readOnly}
        </p>
      ) : null}
      {changes || decide ? (
        <nav aria-labelledby="review-nav" className="review-nav">
          <h2 id="review-nav" className="visually-hidden">
            {tx.reviewTitle}
          </h2>
          <ul>
            {changes ? (
              <li>
                <a href="#changes-title">{tx.reviewLinks.diff}</a>
              </li>
            ) : null}
            <li>
              <a href="#preview-title">{tx.reviewLinks.preview}</a>
            </li>
            {decide ? (
              <li>
                <a href="#decide">{tx.reviewLinks.decide}</a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}

      {changes ? (
        <section aria-labelledby="changes-title" data-testid="submission-diff">
          <h2 id="changes-title">{tx.diffTitle}</h2>
          <p className="diff-summary">
            <strong>{tx.diffSummary({ count: changes.diff.changedCount, version: changes.version })}</strong>
          </p>
          <DiffTable
            diff={changes.diff}
            caption={tx.diffCaption({ version: changes.version })}
            beforeLabel={tx.diffBefore({ version: changes.version })}
            afterLabel={tx.diffAfter}
          />
        </section>
      ) : null}

      <section aria-labelledby="preview-title" className="entry-preview" data-testid="submission-preview">
        <h2 id="preview-title">{tx.previewTitle}</h2>
        <p className="muted">{tx.previewIntro}</p>
        <div className="entry-page entry-preview__page">
          <p className="entry-preview__name">{doc.name}</p>
          {doc.descriptionShort ? <p className="lead">{doc.descriptionShort}</p> : null}
          {doc.euAiAct?.restrictedSection ? (
            <p className="notice notice--warning" role="note">
              {RESTRICTED_NOTICE}
            </p>
          ) : null}
          <dl className="summary entry-meta">
            <Row label={tx.staff.organisation}>{entry.organisation.name}</Row>
            <Row label={tx.staff.status}>{labelOf(LIFECYCLE_STATUSES, doc.lifecycle?.status)}</Row>
            <Row label={tx.staff.publicationCategory}>{category ? `${category.slug}: ${category.label}` : tx.notStated}</Row>
            <Row label={tx.staff.version}>{tx.previewVersion({ version: review.nextVersion })}</Row>
          </dl>
          <EntrySections
            d={{
              ...preview,
              publicId: entry.publicId,
              organisation: entry.organisation,
              firstPublishedAt: null,
              lastChangedAt: null,
              sourceRegisteredAt: null,
            }}
          />
        </div>
      </section>
    </>
  );
}
