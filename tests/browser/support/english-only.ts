import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { catalogueEn } from "~/i18n/catalogue.en";
import { catalogueNl } from "~/i18n/catalogue.nl";

function leaves(node: unknown, path = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node === "string") out.set(path, node);
  else if (node && typeof node === "object")
    for (const [key, child] of Object.entries(node)) for (const [p, m] of leaves(child, path ? `${path}.${key}` : key)) out.set(p, m);
  return out;
}

/** The literal text of an ICU message, as the pieces between its arguments. */
function literals(elements: MessageFormatElement[]): string[] {
  const out: string[] = [];
  for (const el of elements) {
    if (el.type === TYPE.literal) out.push(el.value);
    if ("options" in el) for (const option of Object.values(el.options)) out.push(...literals(option.value));
  }
  return out;
}

/**
 * Texts that exist only in the English catalogue: the English wording of every message whose Dutch
 * wording differs, as whole messages or (for messages with arguments) their literal pieces. Single
 * words are left out: English words are also names and loanwords in Dutch ("Feedback", "Dashboard")
 * and appear in English entries' own texts; a phrase of two words or more does not.
 */
export function englishOnlyTexts(): string[] {
  const english = leaves(catalogueEn);
  const dutch = leaves(catalogueNl);
  const dutchPieces = new Set([...dutch.values()].flatMap((m) => literals(parse(m)).map((p) => p.trim())));
  const found = new Set<string>();
  for (const [key, en] of english) {
    if (dutch.get(key) === en) continue;
    const pieces = literals(parse(en));
    // A piece between arguments ("used for: {value}") is a fragment: only three words or more tell a language.
    const words = pieces.length > 1 || en.includes("{") ? 3 : 2;
    for (const piece of pieces) {
      const text = piece.trim().replace(/[.:,;]$/, "");
      if (text.length < 8 || (text.match(/\p{L}{2,}/gu)?.length ?? 0) < words || dutchPieces.has(text)) continue;
      found.add(text);
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}

/** The texts of `englishOnly` that `pageText` shows, each as a whole word or phrase. */
export function englishIn(pageText: string, englishOnly: string[]): string[] {
  const text = pageText.replace(/\s+/g, " ");
  return englishOnly.filter((phrase) => {
    const at = text.indexOf(phrase);
    if (at < 0) return false;
    const before = text[at - 1] ?? " ";
    const after = text[at + phrase.length] ?? " ";
    return !/\p{L}/u.test(before) && !/\p{L}/u.test(after);
  });
}
