/** Inputs of the filing form beyond the shared form components: plain fields of the standard, link rows and yes/no checkboxes. */
import type { ReactNode } from "react";
import { fieldId, TextArea, TextField, type FieldErrors } from "~/components/forms";
import { FIELDS, LIMITS, type FieldKey } from "~/entries/standard";
import { fieldHint, fieldLabel } from "~/entries/standard-text";
import { showProblem } from "~/i18n/problem";
import { useT, type Text } from "~/i18n/text";

/** Publication categories in which the fields marked `category_ab` are required. */
const CATEGORIES_REQUIRING = new Set(["A", "B"]);

/**
 * A field's label with its requirement: nothing for fields required (always, or in the category
 * chosen), "(optional)" (through `optional`) for the rest, and a note for those required in
 * categories A and B while no category is chosen.
 */
export function labelOf(t: Text, key: FieldKey, category?: string): { label: ReactNode; optional: boolean } {
  const meta = FIELDS[key];
  const label = fieldLabel(t, key);
  if (meta.required === "category_ab") {
    if (category) return { label, optional: !CATEGORIES_REQUIRING.has(category) };
    return {
      label: (
        <>
          {label} <span className="optional">{t.standard.requiredForAb}</span>
        </>
      ),
      optional: false,
    };
  }
  return { label, optional: meta.required !== "always" };
}

/** The hint, with the length limit for text (not for web addresses, whose limit is technical). */
export function hintOf(t: Text, key: FieldKey): string {
  const meta = FIELDS[key];
  const counted = meta.max && (meta.input === "line" || meta.input === "paragraph");
  return counted ? `${fieldHint(t, key)} ${t.entries.filing.upTo({ max: meta.max })}` : fieldHint(t, key);
}

// Taller boxes for longer texts.
const rowsFor = (max = 0) => (max <= 1000 ? 3 : max <= 2500 ? 5 : 8);

/** The input for a plain field of the standard (one with an `input` kind), chosen by that kind; `category` is the publication category chosen. */
export function PlainField({ name, value, error, category }: { name: FieldKey; value: string; error?: string; category?: string }) {
  const t = useT();
  const meta = FIELDS[name];
  const { label, optional } = labelOf(t, name, category);
  const common = { name, label, optional, defaultValue: value, error };
  const hint = hintOf(t, name);
  switch (meta.input) {
    case "paragraph":
      return <TextArea {...common} hint={`${hint} ${t.entries.filing.markdown}`} rows={rowsFor(meta.max)} />;
    case "url":
      return <TextField {...common} hint={hint} type="url" inputMode="url" />;
    case "count":
      return <TextField {...common} hint={hint} inputMode="numeric" />;
    default:
      return <TextField {...common} hint={hint} />;
  }
}

/** Saved rows plus two empty ones, so people without JavaScript can add a row by filling it in and saving. */
export function LinkRows({
  name,
  legend,
  hint,
  rows,
  errors,
}: {
  name: string;
  legend: string;
  hint: string;
  rows: Array<{ title: string; link: string }>;
  errors: FieldErrors;
}) {
  const t = useT();
  const items = t.standard.items.link;
  const count = Math.min(rows.length + 2, LIMITS.maxLinks);
  const error = errors[name];
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <fieldset className="fieldset link-rows" id={fieldId(name)} aria-describedby={`${fieldId(name)}-hint${error ? ` ${fieldId(name)}-error` : ""}`}>
        <legend className="legend">
          {legend} <span className="optional">{t.forms.optional}</span>
        </legend>
        <div className="hint" id={`${fieldId(name)}-hint`}>
          {hint} {t.entries.filing.linkRowsHint}
        </div>
        {error ? (
          <p id={`${fieldId(name)}-error`} className="error-message">
            <span className="visually-hidden">{t.forms.errorPrefix}</span> {showProblem(t, error)}
          </p>
        ) : null}
        {Array.from({ length: count }, (_, i) => (
          <fieldset className="fieldset link-row" key={i}>
            <legend className="label">{t.entries.filing.link({ n: i + 1 })}</legend>
            <TextField name={`${name}.${i}.title`} label={items.title.label} defaultValue={rows[i]?.title ?? ""} error={errors[`${name}.${i}.title`]} />
            <TextField
              name={`${name}.${i}.link`}
              label={items.link.label}
              type="url"
              inputMode="url"
              defaultValue={rows[i]?.link ?? ""}
              error={errors[`${name}.${i}.link`]}
            />
          </fieldset>
        ))}
      </fieldset>
    </div>
  );
}

/** A checkbox paired with a hidden "false", so unticking it is recorded without JavaScript. */
export function YesNoCheckbox({
  name,
  label,
  hint,
  defaultChecked,
  error,
}: {
  name: string;
  label: string;
  hint: string;
  defaultChecked: boolean;
  error?: string;
}) {
  const t = useT();
  const id = fieldId(name);
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <input type="hidden" name={name} value="false" />
      {error ? (
        <p id={`${id}-error`} className="error-message">
          <span className="visually-hidden">{t.forms.errorPrefix}</span> {showProblem(t, error)}
        </p>
      ) : null}
      <div className="choice">
        <input type="checkbox" id={id} name={name} value="true" defaultChecked={defaultChecked} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`} />
        <label htmlFor={id}>{label}</label>
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      </div>
    </div>
  );
}
