/** Inputs of the filing form that the shared form components do not cover: link rows and yes/no checkboxes. */
import { fieldId, TextField, type FieldErrors } from "~/components/forms";
import { ITEM_FIELDS, LIMITS } from "~/entries/standard";

/** Saved rows plus two empty ones, so people without JavaScript can add a row by filling it in and saving. */
export function LinkRows({ name, legend, hint, rows, errors }: { name: string; legend: string; hint: string; rows: Array<{ title: string; link: string }>; errors: FieldErrors }) {
  const count = Math.min(rows.length + 2, LIMITS.maxLinks);
  const error = errors[name];
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <fieldset className="fieldset link-rows" id={fieldId(name)} aria-describedby={`${fieldId(name)}-hint${error ? ` ${fieldId(name)}-error` : ""}`}>
        <legend className="legend">{legend} <span className="optional">(optional)</span></legend>
        <div className="hint" id={`${fieldId(name)}-hint`}>{hint} Leave a row empty if you do not need it; saving the draft adds more empty rows.</div>
        {error ? (
          <p id={`${fieldId(name)}-error`} className="error-message"><span className="visually-hidden">Error:</span> {error}</p>
        ) : null}
        {Array.from({ length: count }, (_, i) => (
          <fieldset className="fieldset link-row" key={i}>
            <legend className="label">Link {i + 1}</legend>
            <TextField name={`${name}.${i}.title`} label={ITEM_FIELDS.link.title.label} defaultValue={rows[i]?.title ?? ""} error={errors[`${name}.${i}.title`]} />
            <TextField name={`${name}.${i}.link`} label={ITEM_FIELDS.link.link.label} type="url" inputMode="url" defaultValue={rows[i]?.link ?? ""} error={errors[`${name}.${i}.link`]} />
          </fieldset>
        ))}
      </fieldset>
    </div>
  );
}

/** A checkbox paired with a hidden "false", so unticking it is recorded without JavaScript. */
export function YesNoCheckbox({ name, label, hint, defaultChecked, error }: { name: string; label: string; hint: string; defaultChecked: boolean; error?: string }) {
  const id = fieldId(name);
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <input type="hidden" name={name} value="false" />
      {error ? (
        <p id={`${id}-error`} className="error-message"><span className="visually-hidden">Error:</span> {error}</p>
      ) : null}
      <div className="choice">
        <input type="checkbox" id={id} name={name} value="true" defaultChecked={defaultChecked} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`} />
        <label htmlFor={id}>{label}</label>
        <div className="hint" id={`${id}-hint`}>{hint}</div>
      </div>
    </div>
  );
}
