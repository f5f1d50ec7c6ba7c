/**
 * Turns whatever a visitor types into a safe FTS5 MATCH expression.
 * Every word becomes a quoted string (so quotes, operators, parentheses, column
 * filters and `*` lose their meaning); the last word is a prefix so results
 * follow typing. Returns null when nothing searchable is left.
 */
export const MAX_QUERY_CHARS = 200;
const MAX_TERMS = 12;

// FTS5 operators typed in capitals would otherwise become required literal words.
const OPERATORS = new Set(["AND", "OR", "NOT", "NEAR"]);

/** The words of a query as the unicode61 tokenizer sees them: runs of letters, marks and digits. */
export function queryTerms(input: unknown): string[] {
  if (typeof input !== "string") return [];
  const text = input.slice(0, MAX_QUERY_CHARS).normalize("NFKC");
  const words = text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return words.filter((w) => !OPERATORS.has(w)).slice(0, MAX_TERMS);
}

export function toFtsQuery(input: unknown): string | null {
  const terms = queryTerms(input);
  if (!terms.length) return null;
  return terms.map((t, i) => `"${t}"${i === terms.length - 1 ? "*" : ""}`).join(" ");
}
