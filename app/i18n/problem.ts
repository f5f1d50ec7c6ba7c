/**
 * Validation messages in schemas shared by server and browser are written as catalogue references,
 * `problem("forms.validation.tooLong", { max: 100 })`, because a schema is built once for every
 * language. The page shows them in its own language with `showProblem(t, message)`: the field
 * components and the error summary do so for every form, the API for its problem details.
 */
import type { Catalogue } from "./catalogue.en";
import type { MessageValues, Text } from "./text-types";

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string | ((...args: never[]) => unknown) ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every message of the catalogue by its dotted path (`forms.validation.tooLong`). */
export type MessageKey = Leaves<Catalogue>;

const MARK = "\u2063"; // invisible separator: no message typed by a person starts with it

export function problem(key: MessageKey, values?: MessageValues): string {
  return values ? `${MARK}${key}${MARK}${JSON.stringify(values)}` : `${MARK}${key}`;
}

export function isProblemReference(message: string): boolean {
  return message.startsWith(MARK);
}

/** The message in the page's language; a plain message (from a library or older code) as it is. */
export function showProblem(t: Text, message: string): string {
  if (!message.startsWith(MARK)) return message;
  const [, key, json] = message.split(MARK);
  let node: unknown = t;
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node === "string") return node;
  if (typeof node === "function") {
    let values: MessageValues = {};
    try {
      values = json ? (JSON.parse(json) as MessageValues) : {};
    } catch {
      values = {};
    }
    return String((node as (v: MessageValues) => unknown)(values));
  }
  return key;
}
