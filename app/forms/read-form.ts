/**
 * A form post as the plain object a schema reads: strings, and arrays for repeated names.
 * The CSRF token is left out; files are too (they are read on their own).
 * Used by the action and, on the same FormData, in the browser.
 */
export function formToObject(form: FormData | URLSearchParams, omit: readonly string[] = ["csrf"]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of form.entries()) {
    if (omit.includes(key) || typeof value !== "string") continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}
