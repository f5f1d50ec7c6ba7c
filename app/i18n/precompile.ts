/**
 * Parses a catalogue's ICU messages ahead of time, for the browser build (vite.config.ts): the
 * browser then formats FormatJS's parsed messages and needs no ICU parser (issue 20: JavaScript on
 * a public page; FormatJS documents this as pre-compiling messages, with the parser swapped for
 * `@formatjs/icu-messageformat-parser/no-parser`). Used at build time only, never in the browser.
 */
import { parse } from "@formatjs/icu-messageformat-parser";
import { PRECOMPILED } from "./translator";

/** `node` with every message that takes arguments replaced by its parsed form (see translator.ts). */
export function precompileMessages(node: unknown, language: string): unknown {
  if (typeof node === "string") return node.includes("{") ? { [PRECOMPILED]: parse(node, { locale: new Intl.Locale(language) }) } : node;
  if (Array.isArray(node)) return node.map((item) => precompileMessages(item, language));
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, precompileMessages(value, language)]));
}
