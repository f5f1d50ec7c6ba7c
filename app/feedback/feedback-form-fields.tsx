import { fieldId, TextArea, TextField, type FieldErrors } from "~/components/forms";
import { feedbackText as ft } from "~/i18n/feedback.en";
import { HONEYPOT_FIELD, MESSAGE_MAX } from "./feedback-schema";
import { FEEDBACK_TYPES } from "./feedback-types";

type Props = { errors: FieldErrors; values: Record<string, string> };

/** The fields' labels in form order, for the error summary. */
export const FEEDBACK_FORM_LABELS = {
  type: ft.form.typeLegend,
  message: ft.form.message,
  name: ft.form.name,
  email: ft.form.email,
  consent: ft.form.consentLegend,
  [HONEYPOT_FIELD]: ft.form.honeypot,
};

/** The citizen's form: radios, message, optional contact details, consent and the honeypot. */
export function FeedbackFormFields({ errors, values }: Props) {
  const typeId = fieldId("type");
  return (
    <>
      <div className={`field${errors.type ? " field--error" : ""}`}>
        <fieldset className="fieldset" id={typeId} aria-describedby={errors.type ? `${typeId}-error` : undefined}>
          <legend className="legend">{FEEDBACK_FORM_LABELS.type}</legend>
          {errors.type ? (
            <p id={`${typeId}-error`} className="error-message">
              <span className="visually-hidden">Error:</span> {errors.type}
            </p>
          ) : null}
          <div className="choices">
            {FEEDBACK_TYPES.map((o, i) => (
              <div className="choice" key={o.value}>
                <input type="radio" id={`${typeId}-${i}`} name="type" value={o.value} defaultChecked={values.type === o.value} />
                <label htmlFor={`${typeId}-${i}`}>{o.label}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <TextArea
        name="message"
        label={FEEDBACK_FORM_LABELS.message}
        hint={ft.form.messageHint}
        rows={8}
        maxLength={MESSAGE_MAX + 500}
        error={errors.message}
        defaultValue={values.message}
      />
      <TextField
        name="name"
        label={FEEDBACK_FORM_LABELS.name}
        hint={ft.form.nameHint}
        optional
        autoComplete="name"
        error={errors.name}
        defaultValue={values.name}
      />
      <TextField
        name="email"
        label={FEEDBACK_FORM_LABELS.email}
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
          <legend className="legend">{FEEDBACK_FORM_LABELS.consent}</legend>
          <div className="choice">
            <input type="checkbox" id={fieldId("consent")} name="consent" value="yes" defaultChecked={values.consent === "yes"} />
            <label htmlFor={fieldId("consent")}>{ft.form.consent}</label>
          </div>
        </fieldset>
      </div>
      <div className={errors[HONEYPOT_FIELD] ? undefined : "feedback-honeypot"}>
        <TextField
          name={HONEYPOT_FIELD}
          label={FEEDBACK_FORM_LABELS[HONEYPOT_FIELD]}
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
