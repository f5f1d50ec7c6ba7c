import { useEffect, useRef } from "react";
import { fieldId } from "~/components/forms";
import { showProblem } from "~/i18n/problem";
import { useT } from "~/i18n/text";
import { FORM_ERROR, type FieldErrors } from "./errors";
import { summarize, type FieldLabels } from "./summary";

type Props = {
  errors: FieldErrors | undefined;
  /** The form's field labels in field order: each line names its field, in that order. */
  labels?: FieldLabels;
  /** Where a line links to; by default the field on this page (none for `_form`). */
  href?: (name: string) => string | undefined;
};

const onThisPage = (name: string) => (name === FORM_ERROR ? undefined : `#${fieldId(name)}`);

/** GOV.UK-style summary: headed "There is a problem", takes focus, one line per field linking to it. */
export function ErrorSummary({ errors, labels, href = onThisPage }: Props) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const items = summarize(errors, labels);
  const key = items.map((i) => i.name + i.message).join("|");
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (!items.length) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">{t.forms.errorSummaryTitle}</h2>
      <ul>
        {items.map(({ name, label, message }) => {
          const text = label ? `${label}: ${showProblem(t, message)}` : showProblem(t, message);
          const target = href(name);
          return <li key={name}>{target ? <a href={target}>{text}</a> : text}</li>;
        })}
      </ul>
    </div>
  );
}
