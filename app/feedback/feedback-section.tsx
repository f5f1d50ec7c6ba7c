import { feedbackText as ft } from "~/i18n/feedback.en";
import type { PublicFeedback } from "./entry-feedback.server";
import { PublicFeedbackThread } from "./feedback-thread";

/** Feedback form link and published threads on an entry page. */
export function FeedbackSection({ feedback, entryPublicId }: { feedback: PublicFeedback; entryPublicId: string }) {
  return (
    <section className="feedback-section" aria-labelledby="feedback-title">
      <h2 id="feedback-title">{ft.sectionTitle}</h2>
      <p>{ft.sectionIntro}</p>
      {feedback.acceptsFeedback ? (
        <p>
          <a className="button" href={`/algorithms/${entryPublicId}/feedback`}>
            {ft.askLink}
          </a>
        </p>
      ) : null}
      {feedback.threads.length ? (
        feedback.threads.map((thread) => <PublicFeedbackThread key={thread.reference} thread={thread} organisationName={feedback.organisationName} />)
      ) : (
        <p className="muted">{ft.noThreads}</p>
      )}
      <p>
        <a href={`/algorithms/${entryPublicId}/feedback.atom`}>{ft.feedLink}</a>
      </p>
    </section>
  );
}
