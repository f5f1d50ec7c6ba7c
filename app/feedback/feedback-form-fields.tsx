import { fieldId, TextArea, TextField, type FieldErrors } from "~/components/forms";
import { showProblem } from "~/i18n/problem";
import { useT, type Text } from "~/i18n/text";
import { HONEYPOT_FIELD, MESSAGE_MAX } from "./feedback-schema";
import { FEEDBACK_TYPES } from "./feedback-types";

type Props = { errors: FieldErrors; values: Record<string, string> };

/** The fields' labels in form order, for the error summary. */
export const feedbackFormLabels = (t: Text) => ({
  type: t.feedback.form.typeLegend,
  message: t.feedback.form.message,
  name: t.feedback.form.name,
  email: t.feedback.form.email,
  consent: t.feedback.form.consentLegend,
  [HONEYPOT_FIELD]: t.feedback.form.honeypot,
});

/** The citizen's form: radios, message, optional contact details, consent and the honeypot. */
export function FeedbackFormFields({ errors, values }: Props) {
  const t = useT();
  const ft = t.feedback;
  const labels = feedbackFormLabels(t);
  const typeId = fieldId("type");
  return (
    <>
      <div className={`field${errors.type ? " field--error" : ""}`}>
        <fieldset className="fieldset" id={typeId} aria-describedby={errors.type ? `${typeId}-error` : undefined}>
          <legend className="legend">{labels.type}</legend>
          {errors.type ? (
            <p id={`${typeId}-error`} className="error-message">
              <span className="visually-hidden">{t.forms.errorPrefix}</span> {showProblem(t, errors.type)}
            </p>
          ) : null}
          <div className="choices">
            {FEEDBACK_TYPES.map((type, i) => (
              <div className="choice" key={type}>
                <input type="radio" id={`${typeId}-${i}`} name="type" value={type} defaultChecked={values.type === type} />
                <label htmlFor={`${typeId}-${i}`}>{ft.types[type].option}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <TextArea
        name="message"
        label={labels.message}
        hint={ft.form.messageHint}
        rows={8}
        maxLength={MESSAGE_MAX + 500}
        error={errors.message}
        defaultValue={values.message}
      />
      <TextField name="name" label={labels.name} hint={ft.form.nameHint} optional autoComplete="name" error={errors.name} defaultValue={values.name} />
      <TextField
        name="email"
        label={labels.email}
        hint={ft.form.emailHint}
        optional
        type="email"
        autoComplete="email"
        spellCheck={false}
        error={errors.email}
        defaultValue={values.email}
      />
      <div className={`field${errors.consent ? " field--error" : ""}`}>
        <fieldset className="fieldset">
          <legend className="legend">{labels.consent}</legend>
          <div className="choice">
            <input type="checkbox" id={fieldId("consent")} name="consent" value="yes" defaultChecked={values.consent === "yes"} />
            <label htmlFor={fieldId("consent")}>{ft.form.consent}</label>
          </div>
        </fieldset>
      </div>
      <div className={errors[HONEYPOT_FIELD] ? undefined : "feedback-honeypot"}>
        <TextField
          name={HONEYPOT_FIELD}
          label={labels[HONEYPOT_FIELD]}
          hint={ft.form.honeypotHint}
          autoComplete="off"
          tabIndex={-1}
          error={errors[HONEYPOT_FIELD]}
          defaultValue={values[HONEYPOT_FIELD]}
        />
      </div>
    </>
  );
}
