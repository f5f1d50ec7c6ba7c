/** The first sentence of a free text, for summaries; undefined when the text is empty. */
export function firstSentence(text: string | undefined, max = 280): string | undefined {
  const clean = text?.replace(/\s+/g, " ").trim();
  if (!clean) return undefined;
  // A full stop followed by a space and a capital or digit ends a sentence; "e.g. the" does not.
  const match = clean.match(/^(.+?[.!?])(?=\s+["“(]?[\p{Lu}\d])/u);
  const sentence = match ? match[1] : clean;
  return sentence.length > max ? `${sentence.slice(0, max - 1).trimEnd()}…` : sentence;
}
