/** Inputs of the filing form beyond the shared form components: plain fields of the standard, link rows and yes/no checkboxes. */
import type { ReactNode } from "react";
import { fieldId, TextArea, TextField, type FieldErrors } from "~/components/forms";
import { FIELDS, ITEM_FIELDS, LIMITS, REQUIRED_FOR_AB_NOTE, type FieldKey } from "~/entries/standard";

/** Publication categories in which the fields marked `category_ab` are required. */
const CATEGORIES_REQUIRING = new Set(["A", "B"]);

/**
 * A field's label with its requirement: nothing for fields required (always, or in the category
 * chosen), "(optional)" (through `optional`) for the rest, and a note for those required in
 * categories A and B while no category is chosen.
 */
export function labelOf(key: FieldKey, category?: string): { label: ReactNode; optional: boolean } {
  const meta = FIELDS[key];
  if (meta.required === "category_ab") {
    if (category) return { label: meta.label, optional: !CATEGORIES_REQUIRING.has(category) };
    return {
      label: (
        <>
          {meta.label} <span className="optional">{REQUIRED_FOR_AB_NOTE}</span>
        </>
      ),
      optional: false,
    };
  }
  return { label: meta.label, optional: meta.required !== "always" };
}

/** The hint, with the length limit for text (not for web addresses, whose limit is technical). */
export function hintOf(key: FieldKey): string {
  const meta = FIELDS[key];
  const counted = meta.max && (meta.input === "line" || meta.input === "paragraph");
  return counted ? `${meta.hint} Up to ${meta.max} characters.` : meta.hint;
}

// Taller boxes for longer texts.
const rowsFor = (max = 0) => (max <= 1000 ? 3 : max <= 2500 ? 5 : 8);

/** The input for a plain field of the standard (one with an `input` kind), chosen by that kind; `category` is the publication category chosen. */
export function PlainField({ name, value, error, category }: { name: FieldKey; value: string; error?: string; category?: string }) {
  const meta = FIELDS[name];
  const { label, optional } = labelOf(name, category);
  const common = { name, label, optional, defaultValue: value, error };
  switch (meta.input) {
    case "paragraph":
      return <TextArea {...common} hint={`${hintOf(name)} You can use Markdown.`} rows={rowsFor(meta.max)} />;
    case "url":
      return <TextField {...common} hint={hintOf(name)} type="url" inputMode="url" />;
    case "count":
      return <TextField {...common} hint={hintOf(name)} inputMode="numeric" />;
    default:
      return <TextField {...common} hint={hintOf(name)} />;
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
  const count = Math.min(rows.length + 2, LIMITS.maxLinks);
  const error = errors[name];
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <fieldset className="fieldset link-rows" id={fieldId(name)} aria-describedby={`${fieldId(name)}-hint${error ? ` ${fieldId(name)}-error` : ""}`}>
        <legend className="legend">
          {legend} <span className="optional">(optional)</span>
        </legend>
        <div className="hint" id={`${fieldId(name)}-hint`}>
          {hint} Leave a row empty if you do not need it; saving the draft adds more empty rows.
        </div>
        {error ? (
          <p id={`${fieldId(name)}-error`} className="error-message">
            <span className="visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        {Array.from({ length: count }, (_, i) => (
          <fieldset className="fieldset link-row" key={i}>
            <legend className="label">Link {i + 1}</legend>
            <TextField
              name={`${name}.${i}.title`}
              label={ITEM_FIELDS.link.title.label}
              defaultValue={rows[i]?.title ?? ""}
              error={errors[`${name}.${i}.title`]}
            />
            <TextField
              name={`${name}.${i}.link`}
              label={ITEM_FIELDS.link.link.label}
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
  const id = fieldId(name);
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <input type="hidden" name={name} value="false" />
      {error ? (
        <p id={`${id}-error`} className="error-message">
          <span className="visually-hidden">Error:</span> {error}
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
