/** What an API client may do (issue 18). Declared once: the token endpoint, the guards, the UI and OpenAPI read this list. */
export const API_SCOPES = ["entries:read", "entries:write", "entries:submit", "entries:publish", "feedback:read", "feedback:answer"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}

/** A space- or comma-separated list (the OAuth `scope` parameter, the stored column) as known scopes, in declaration order. */
export function parseScopes(value: string | null | undefined): { scopes: ApiScope[]; unknown: string[] } {
  const words = (value ?? "").split(/[\s,]+/).filter(Boolean);
  const unknown = words.filter((w) => !isApiScope(w));
  return { scopes: API_SCOPES.filter((s) => words.includes(s)), unknown };
}

/** The stored and transmitted form: space-separated, as the OAuth `scope` parameter (RFC 6749 §3.3). */
export function formatScopes(scopes: readonly ApiScope[]): string {
  return API_SCOPES.filter((s) => scopes.includes(s)).join(" ");
}
