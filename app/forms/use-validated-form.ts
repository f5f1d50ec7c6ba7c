import { zodResolver } from "@hookform/resolvers/zod";
import { useSubmit } from "@remix-run/react";
import { useState, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { flattenFieldErrors, type FieldErrors } from "./errors";
import { formToObject } from "./read-form";

type Options = {
  /** Errors the action returned (actionData), shown until the browser finds its own. */
  serverErrors?: FieldErrors;
  /** How the action reads the post; the browser reads the form the same way before checking it. */
  read?: (form: FormData) => unknown;
  /** Check only for some buttons (a draft save posts whatever is typed). */
  when?: (submitter: HTMLButtonElement | null) => boolean;
};

/**
 * Browser-side check of a real HTML form with the schema its action uses, through react-hook-form
 * and its zod resolver. Without JavaScript the form posts as it is and the action answers with the
 * same errors; with it, the form posts only when the schema accepts it. Fields stay plain named
 * inputs: their values are read from the form on submit, exactly as the server will read them.
 * Spread `formProps` on the <Form>; show `errors` beside the fields and in <ErrorSummary>.
 */
export function useValidatedForm(schema: z.ZodType, { serverErrors, read = formToObject, when }: Options = {}) {
  const submit = useSubmit();
  // The error summary takes focus, so react-hook-form must not move it to the field.
  const form = useForm<Record<string, unknown>>({ resolver: zodResolver(schema as never), shouldFocusError: false });
  // The values last checked in the browser, or null when the last post was not checked here.
  const [checked, setChecked] = useState<Record<string, unknown> | null>(null);
  // Read on every render: react-hook-form re-renders only for the form state a render has read.
  const rhfErrors = form.formState.errors;
  const clientErrors = checked ? flattenFieldErrors(rhfErrors) : {};
  const ownErrors = Object.keys(clientErrors).length > 0;
  const errors: FieldErrors = ownErrors ? clientErrors : { ...serverErrors };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (when && !when(submitter)) {
      setChecked(null);
      return; // Remix's <Form> posts it.
    }
    const values = read(new FormData(element, submitter)) as Record<string, unknown>;
    form.reset(values);
    setChecked(values);
    void form.handleSubmit(() => submit(submitter ?? element))(event);
  };
  /** `refused`: what the browser refused, when `errors` are its own (tells apart several forms on one page). */
  return { errors, refused: ownErrors ? checked : null, formProps: { noValidate: true, onSubmit } };
}
