/** Small text helpers for mapping source records. */

/** Trimmed text, or undefined when empty or not text. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return undefined;
  const t = value.trim();
  return t === "" ? undefined : t;
}

/** Shortens text to at most `max` characters at a sentence or word boundary, marking the cut with "…". */
export function truncate(value: string | undefined, max: number): string | undefined {
  if (value === undefined || value.length <= max) return value;
  const room = value.slice(0, max - 1);
  const sentence = Math.max(room.lastIndexOf(". "), room.lastIndexOf("! "), room.lastIndexOf("? "));
  if (sentence > max * 0.6) return room.slice(0, sentence + 1);
  const space = room.lastIndexOf(" ");
  const cut = space > max * 0.6 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,.;:–-]+$/u, "")}…`;
}

export function httpUrlOf(value: unknown): string | undefined {
  const t = textOf(value);
  if (!t) return undefined;
  try {
    const u = new URL(t);
    return u.protocol === "https:" || u.protocol === "http:" ? t : undefined;
  } catch {
    return undefined;
  }
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === "object" && !Array.isArray(v);

/** A `YYYY-MM-DD` date or an ISO timestamp as a Date; undefined when absent or not a real date. */
export function dateOf(value: unknown): Date | undefined {
  const t = textOf(value);
  if (!t || !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(t)) return undefined;
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(t) ? `${t}T00:00:00Z` : t);
  return Number.isNaN(d.getTime()) ? undefined : d;
}
