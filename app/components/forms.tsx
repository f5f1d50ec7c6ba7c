import { forwardRef, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { Form, useRouteLoaderData } from "@remix-run/react";
import { showProblem } from "~/i18n/problem";
import { useT } from "~/i18n/text";

export type { FieldErrors } from "~/forms/errors";

/** The hidden CSRF field every state-changing form carries; the token comes from the root loader. */
export function CsrfInput() {
  const data = useRouteLoaderData("root") as { csrfToken?: string } | undefined;
  return <input type="hidden" name="csrf" value={data?.csrfToken ?? ""} />;
}

/** A form that is just one button: posts `intent` (with the CSRF token) to the page's action. */
export function ActionButton({
  intent,
  children,
  className,
  formClassName,
}: {
  intent: string;
  children: ReactNode;
  className?: string;
  formClassName?: string;
}) {
  return (
    <Form method="post" className={formClassName}>
      <CsrfInput />
      <button type="submit" name="intent" value={intent} className={className}>
        {children}
      </button>
    </Form>
  );
}

export const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;

function FieldShell({
  id,
  label,
  hint,
  error,
  children,
  optional,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={id} className="label">
        {label} {optional ? <span className="optional">{t.forms.optional}</span> : null}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="error-message">
          <span className="visually-hidden">{t.forms.errorPrefix}</span> {showProblem(t, error)}
        </p>
      ) : null}
      {children}
    </div>
  );
}

function describedBy(id: string, hint?: ReactNode, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** `id` defaults to one derived from `name`; a page with several forms of the same fields gives each its own. */
type Common = { name: string; id?: string; label: ReactNode; hint?: ReactNode; error?: string; optional?: boolean };

export const TextField = forwardRef<HTMLInputElement, Common & InputHTMLAttributes<HTMLInputElement>>(function TextField(
  { name, id = fieldId(name), label, hint, error, optional, ...rest },
  ref,
) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      <input
        ref={ref}
        id={id}
        name={name}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      />
    </FieldShell>
  );
});

export const TextArea = forwardRef<HTMLTextAreaElement, Common & TextareaHTMLAttributes<HTMLTextAreaElement>>(function TextArea(
  { name, id = fieldId(name), label, hint, error, optional, ...rest },
  ref,
) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        ref={ref}
        id={id}
        name={name}
        className="textarea"
        rows={5}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      />
    </FieldShell>
  );
});

type SelectProps = Common & SelectHTMLAttributes<HTMLSelectElement> & { options: ReadonlyArray<{ value: string; label: string }>; placeholder?: string };

export const SelectField = forwardRef<HTMLSelectElement, SelectProps>(function SelectField(
  { name, id = fieldId(name), label, hint, error, optional, options, placeholder, ...rest },
  ref,
) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      <select
        ref={ref}
        id={id}
        name={name}
        className="select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
});

/** Checkboxes or radios grouped in a fieldset with a legend. */
export function ChoiceGroup({
  name,
  legend,
  hint,
  error,
  type,
  options,
  defaultValue,
  optional,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  type: "checkbox" | "radio";
  options: ReadonlyArray<{ value: string; label: string; hint?: string }>;
  defaultValue?: string | readonly string[] | null;
}) {
  const id = fieldId(name);
  const t = useT();
  const selected = new Set(Array.isArray(defaultValue) ? defaultValue : defaultValue ? [defaultValue as string] : []);
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <fieldset className="fieldset" id={id} aria-describedby={describedBy(id, hint, error)}>
        <legend className="legend">
          {legend} {optional ? <span className="optional">{t.forms.optional}</span> : null}
        </legend>
        {hint ? (
          <div id={`${id}-hint`} className="hint">
            {hint}
          </div>
        ) : null}
        {error ? (
          <p id={`${id}-error`} className="error-message">
            <span className="visually-hidden">{t.forms.errorPrefix}</span> {showProblem(t, error)}
          </p>
        ) : null}
        <div className="choices">
          {options.map((o, i) => (
            <div className="choice" key={o.value}>
              <input type={type} id={`${id}-${i}`} name={name} value={o.value} defaultChecked={selected.has(o.value)} />
              <label htmlFor={`${id}-${i}`}>{o.label}</label>
              {o.hint ? <div className="hint">{o.hint}</div> : null}
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
