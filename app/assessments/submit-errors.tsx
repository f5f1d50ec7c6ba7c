import { useEffect, useRef } from "react";
import { fieldId } from "~/components/forms";
import { t } from "~/i18n/en";
import { partOfErrorPath } from "./assessment-schema";

/** Error summary for a submit that failed: each message links to the field on its part's page. */
export function SubmitErrorSummary({ assessmentId, errors }: { assessmentId: string; errors: Record<string, string> | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  const list = Object.entries(errors ?? {});
  useEffect(() => {
    if (list.length) ref.current?.focus();
  }, [list.length]);
  if (!list.length) return null;
  const href = (path: string) => (path === "_form" || path === "comment" ? "#actions" : `/assessments/${assessmentId}/part/${partOfErrorPath(path)}#${fieldId(path)}`);
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">{t.forms.errorSummaryTitle}</h2>
      <ul>
        {list.map(([path, message]) => (
          <li key={path}><a href={href(path)}>{message}</a></li>
        ))}
      </ul>
    </div>
  );
}
