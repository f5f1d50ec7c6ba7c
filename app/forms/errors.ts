import type { z } from "zod";

/** Problems per field, keyed by the field's dotted name (`lawfulBasisLinks.0.link`); `_form` is the form as a whole. */
export type FieldErrors = Record<string, string | undefined>;

export const FORM_ERROR = "_form";

type Problem = { path: readonly PropertyKey[]; message: string };

/**
 * The one way problems become field errors, on the server and in the browser:
 * dotted path → the first message for that path.
 */
export function flattenIssues(issues: readonly Problem[] | readonly z.core.$ZodIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues as readonly Problem[]) {
    const key = issue.path.map(String).join(".") || FORM_ERROR;
    out[key] ??= issue.message;
  }
  return out;
}

/** react-hook-form keeps its resolver's errors as a tree; read them back as problems and flatten them the same way. */
export function flattenFieldErrors(tree: unknown): Record<string, string> {
  return flattenIssues(problemsIn(tree, []));
}

const ERROR_KEYS = new Set(["message", "type", "types", "ref"]);

function problemsIn(node: unknown, path: string[]): Problem[] {
  if (!node || typeof node !== "object") return [];
  const message = (node as { message?: unknown }).message;
  // An error is `{ message, type, ref }`; anything else holds fields (which may be called "message" or "type").
  const isError = typeof message === "string";
  // react-hook-form puts an array's own error under `root`, and a resolver's form-wide error under "" or `root`.
  const own = isError ? [{ path: path.filter((p) => p !== "root" && p !== ""), message }] : [];
  return Object.entries(node)
    .filter(([key]) => !isError || !ERROR_KEYS.has(key))
    .reduce<Problem[]>((all, [key, child]) => all.concat(problemsIn(child, [...path, key])), own);
}
