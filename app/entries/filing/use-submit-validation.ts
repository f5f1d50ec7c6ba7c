import { zodResolver } from "@hookform/resolvers/zod";
import { useSubmit } from "@remix-run/react";
import { useState, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import type { FieldErrors } from "~/components/forms";
import { flattenErrors } from "~/components/use-zod-form";
import { entrySubmitSchema, formDataToEntry } from "~/entries/entry-schema";

/**
 * Browser-side check with the schema the server uses, for "Save and submit" only:
 * saving a draft is never blocked. The form's inputs are plain HTML (some come from
 * other modules), so the values are read from the form the way the server reads them
 * and handed to react-hook-form, which validates them with `entrySubmitSchema`.
 */
export function useSubmitValidation() {
  const submit = useSubmit();
  const form = useForm<Record<string, unknown>>({ resolver: zodResolver(entrySubmitSchema as never), shouldFocusError: false });
  const [active, setActive] = useState(false);
  const errors: FieldErrors = active ? flattenErrors(form.formState.errors) : {};

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value !== "submit") {
      // A draft save posts as it is (Remix's <Form> sends it).
      setActive(false);
      return;
    }
    form.reset(formDataToEntry(new FormData(event.currentTarget)) as Record<string, unknown>);
    setActive(true);
    void form.handleSubmit(() => submit(submitter))(event);
  };
  return { errors, onSubmit };
}
