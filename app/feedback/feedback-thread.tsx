import { useT } from "~/i18n/text";
import type { PublicThread } from "./entry-feedback.server";
import { feedbackStatusLabel, feedbackTypeTitle } from "./feedback-types";
import { LinkedText } from "./linked-text";
import { useLanguage } from "~/i18n/text";
import { formatDay } from "~/utils/format";

/** One public thread: plain text (React escapes it), line breaks kept by CSS; web addresses in answers are links. */
export function PublicFeedbackThread({ thread, organisationName, headingLevel = 3 }: { thread: PublicThread; organisationName: string; headingLevel?: 3 | 4 }) {
  const t = useT();
  const ft = t.feedback;
  const language = useLanguage();
  const Heading = `h${headingLevel}` as "h3";
  return (
    <article className="feedback-thread" id={`feedback-${thread.reference}`} aria-labelledby={`feedback-${thread.reference}-title`}>
      <Heading id={`feedback-${thread.reference}-title`}>
        {feedbackTypeTitle(t, thread.type)} <span className="muted">{thread.reference}</span>
      </Heading>
      <p className="feedback-meta">
        {ft.anonymous}, <time dateTime={thread.receivedAt}>{formatDay(thread.receivedAt, language)}</time>{" "}
        <span className={`tag${thread.status === "received" ? "" : " tag--success"}`}>
          {feedbackStatusLabel(t, { status: thread.status, withdrawnAt: null })}
        </span>
        {thread.awaitingDays !== null ? <span className="tag tag--warning">{ft.awaiting({ days: thread.awaitingDays })}</span> : null}
      </p>
      <p className="feedback-text">{thread.text}</p>
      {thread.answers.map((a, i) => (
        <div className="feedback-answer" key={i}>
          <p className="feedback-meta">
            <strong>{ft.answerFrom({ org: organisationName })}</strong>, <time dateTime={a.at}>{formatDay(a.at, language)}</time>
          </p>
          <p className="feedback-text">
            <LinkedText text={a.body} />
          </p>
        </div>
      ))}
    </article>
  );
}
