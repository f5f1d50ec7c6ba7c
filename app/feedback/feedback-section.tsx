import { useLanguage, useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import type { PublicFeedback } from "./entry-feedback.server";
import { PublicFeedbackThread } from "./feedback-thread";

/** Feedback form link and published threads on an entry page. */
export function FeedbackSection({ feedback, entryPublicId }: { feedback: PublicFeedback; entryPublicId: string }) {
  const t = useT();
  const to = useLocalePath();
  const language = useLanguage();
  return (
    <section className="feedback-section" aria-labelledby="feedback-title">
      <h2 id="feedback-title">{t.feedback.sectionTitle}</h2>
      <p>{t.feedback.sectionIntro}</p>
      {feedback.acceptsFeedback ? (
        <p>
          <a className="button" href={to(`/algorithms/${entryPublicId}/feedback`)}>
            {t.feedback.askLink}
          </a>
        </p>
      ) : null}
      {feedback.threads.length ? (
        feedback.threads.map((thread) => <PublicFeedbackThread key={thread.reference} thread={thread} organisationName={feedback.organisationName} />)
      ) : (
        <p className="muted">{t.feedback.noThreads}</p>
      )}
      <p>
        {/* Feeds have no language prefix: the page's language goes along as ?lang=. */}
        <a href={`/algorithms/${entryPublicId}/feedback.atom?lang=${language}`}>{t.feedback.feedLink}</a>
      </p>
    </section>
  );
}
