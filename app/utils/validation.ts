import type { z } from "zod";

/** zod issues as `{ "dotted.path": "message" }`, first message per field. */
export function issuesToErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_form";
    out[path] ??= issue.message;
  }
  return out;
}

/** FormData → plain object of strings (repeated names become arrays). */
export function formToObject(form: FormData, omit: string[] = ["csrf", "intent"]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of form.entries()) {
    if (omit.includes(key) || typeof value !== "string") continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}
