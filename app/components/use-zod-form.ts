import { zodResolver } from "@hookform/resolvers/zod";
import { useSubmit } from "@remix-run/react";
import type { FormEvent } from "react";
import { useForm, type FieldErrors as RhfErrors, type FieldValues } from "react-hook-form";
import type { z } from "zod";
import type { FieldErrors } from "./forms";

/** Flattens react-hook-form's nested errors to dotted paths, the shape the server returns. */
export function flattenErrors(errors: RhfErrors, prefix = ""): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, value] of Object.entries(errors ?? {})) {
    if (!value) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof (value as { message?: unknown }).message === "string") out[path] = (value as { message: string }).message;
    else if (typeof value === "object") Object.assign(out, flattenErrors(value as RhfErrors, path));
  }
  return out;
}

/**
 * Client-side validation with the same zod schema the action uses. The form stays a real
 * HTML form: without JavaScript it posts as is; with it, it posts only when valid.
 * Errors from the server (actionData) and from the browser are merged into one map.
 */
export function useZodForm<S extends z.ZodType<FieldValues, FieldValues>>(schema: S, serverErrors?: FieldErrors) {
  const submit = useSubmit();
  const form = useForm({ resolver: zodResolver(schema as never), mode: "onSubmit", reValidateMode: "onBlur", shouldFocusError: false });
  const clientErrors = flattenErrors(form.formState.errors);
  // The error summary takes focus, so react-hook-form must not move it to the field.
  const errors: FieldErrors = Object.keys(clientErrors).length ? clientErrors : { ...serverErrors };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void form.handleSubmit(() => submit(submitter ?? element))(event);
  };
  return { register: form.register, errors, onSubmit };
}
