import type { z } from "zod";
import { flattenIssues } from "./errors";
import { formToObject } from "./read-form";

/** What was typed, to fill the form again: text fields only (never files, never `secret` ones). */
export type TypedValues = Record<string, string | string[]>;

export type Parsed<T> = { ok: true; data: T; values: TypedValues } | { ok: false; errors: Record<string, string>; values: TypedValues };

type Options = {
  /** How the form is read into the schema's input (the browser uses the same function). */
  read?: (form: FormData) => unknown;
  /** Fields never sent back to the page (passwords). */
  secret?: readonly string[];
};

/**
 * The action's half of a form: the post (already through readForm) checked with the form's schema.
 * On failure: the field errors and what was typed, to show the form again with nothing lost.
 */
export function parseForm<S extends z.ZodType>(form: FormData, schema: S, { read = formToObject, secret = [] }: Options = {}): Parsed<z.output<S>> {
  const input = read(form);
  const values = typedValues(input, secret);
  const result = schema.safeParse(input);
  return result.success ? { ok: true, data: result.data, values } : { ok: false, errors: flattenIssues(result.error.issues), values };
}

function typedValues(input: unknown, secret: readonly string[]): TypedValues {
  if (!input || typeof input !== "object" || Array.isArray(input)) return {};
  const typed = (v: unknown): v is string | string[] => typeof v === "string" || (Array.isArray(v) && v.every((x) => typeof x === "string"));
  return Object.fromEntries(Object.entries(input).filter(([key, v]) => !secret.includes(key) && typed(v))) as TypedValues;
}
