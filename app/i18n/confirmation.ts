/** The confirmation for a `?done=` key from a fixed catalogue; null for anything else, so the address never supplies the text. */
export function confirmation<K extends string>(messages: Readonly<Record<K, string>>, key: string | null): string | null {
  return key !== null && Object.hasOwn(messages, key) ? messages[key as K] : null;
}
