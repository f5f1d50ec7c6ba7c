/**
 * Turns a catalogue (nested objects of ICU message strings) into the text a page uses:
 * `t.nav.home` is a string; a message with arguments (`"{count, plural, one {# entry} other {# entries}}"`)
 * becomes a function, `t.discovery.resultCount({ count })`, formatted by FormatJS's ICU engine for
 * the catalogue's language. Each message is compiled once per language, when first used.
 */
import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";

export type MessageValues = Record<string, string | number | Date | null | undefined>;

/** A message that takes arguments: any `{` starts an ICU argument. */
type HasArguments<S extends string> = S extends `${string}{${string}` ? true : false;

/** What a catalogue turns into: strings stay strings, messages with arguments become functions. */
export type Translated<C> = {
  readonly [K in keyof C]: C[K] extends string
    ? HasArguments<C[K]> extends true
      ? (values: MessageValues) => string
      : string
    : C[K] extends (...args: infer A) => infer R
      ? (...args: A) => R
      : Translated<C[K]>;
};

/** The shape every other language's catalogue must have: the same keys as the English one, any wording. */
export type CatalogueShape<C> = {
  readonly [K in keyof C]: C[K] extends string ? string : C[K] extends (...args: infer A) => infer R ? (...args: A) => R : CatalogueShape<C[K]>;
};

/**
 * The key of a message parsed at build time: in the browser build the catalogue's messages with
 * arguments arrive as `{ [PRECOMPILED]: ast }` (precompile.ts), so the browser needs no ICU parser.
 */
export const PRECOMPILED = "$icu";

function isPrecompiled(node: object): node is { [PRECOMPILED]: MessageFormatElement[] } {
  return PRECOMPILED in node;
}

function formatter(language: string, message: string | MessageFormatElement[]) {
  let compiled: IntlMessageFormat | undefined;
  return (values: MessageValues) => {
    compiled ??= new IntlMessageFormat(message, language);
    return String(compiled.format(values as Record<string, string | number | Date>));
  };
}

function translate(language: string, node: unknown): unknown {
  if (typeof node === "string") return node.includes("{") ? formatter(language, node) : node;
  if (typeof node === "function" || node === null || typeof node !== "object") return node;
  if (isPrecompiled(node)) return formatter(language, node[PRECOMPILED]);
  if (Array.isArray(node)) return node.map((item) => translate(language, item));
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, translate(language, value)]));
}

export function createTranslator<C>(language: string, catalogue: CatalogueShape<C>): Translated<C> {
  return translate(language, catalogue) as Translated<C>;
}
