import type { UseFormRegister, FieldValues } from "react-hook-form";
import { fieldId, TextArea, TextField, type FieldErrors } from "~/components/forms";
import { feedbackText as ft } from "~/i18n/feedback.en";
import { HONEYPOT_FIELD, MESSAGE_MAX } from "./feedback-schema";
import { FEEDBACK_TYPES } from "./feedback-types";

type Props = { register: UseFormRegister<FieldValues>; errors: FieldErrors; values: Record<string, string> };

/** The citizen's form: radios, message, optional contact details, consent and the honeypot. */
export function FeedbackFormFields({ register, errors, values }: Props) {
  const typeId = fieldId("type");
  return (
    <>
      <div className={`field${errors.type ? " field--error" : ""}`}>
        <fieldset className="fieldset" id={typeId} aria-describedby={errors.type ? `${typeId}-error` : undefined}>
          <legend className="legend">{ft.form.typeLegend}</legend>
          {errors.type ? <p id={`${typeId}-error`} className="error-message"><span className="visually-hidden">Error:</span> {errors.type}</p> : null}
          <div className="choices">
            {FEEDBACK_TYPES.map((o, i) => (
              <div className="choice" key={o.value}>
                <input type="radio" id={`${typeId}-${i}`} value={o.value} defaultChecked={values.type === o.value} {...register("type")} />
                <label htmlFor={`${typeId}-${i}`}>{o.label}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <TextArea label={ft.form.message} hint={ft.form.messageHint} rows={8} maxLength={MESSAGE_MAX + 500} error={errors.message} defaultValue={values.message} {...register("message")} />
      <TextField label={ft.form.name} hint={ft.form.nameHint} optional autoComplete="name" error={errors.name} defaultValue={values.name} {...register("name")} />
      <TextField label={ft.form.email} hint={ft.form.emailHint} optional type="email" autoComplete="email" spellCheck={false} error={errors.email} defaultValue={values.email} {...register("email")} />
      <div className={`field${errors.consent ? " field--error" : ""}`}>
        <fieldset className="fieldset">
          <legend className="legend">{ft.form.consentLegend}</legend>
          <div className="choice">
            <input type="checkbox" id={fieldId("consent")} value="yes" defaultChecked={values.consent === "yes"} {...register("consent")} />
            <label htmlFor={fieldId("consent")}>{ft.form.consent}</label>
          </div>
        </fieldset>
      </div>
      <div className={errors[HONEYPOT_FIELD] ? undefined : "feedback-honeypot"}>
        <TextField label={ft.form.honeypot} hint={ft.form.honeypotHint} autoComplete="off" tabIndex={-1} error={errors[HONEYPOT_FIELD]} defaultValue={values[HONEYPOT_FIELD]} {...register(HONEYPOT_FIELD)} />
      </div>
    </>
  );
}
