import { Fragment, type ReactNode } from "react";
import type { MessageValues } from "~/i18n/text-types";

// Private-use characters: no message or value typed by a person contains them.
const OPEN = "\uE000";
const CLOSE = "\uE001";

/**
 * A catalogue message with elements in it, e.g. a link inside a sentence whose word order differs per
 * language: `messageParts(t.entryPage.contactOrganisation, { organisation: <a href="…">…</a> })`.
 */
export function messageParts(message: (values: MessageValues) => string, parts: Record<string, ReactNode>, values: MessageValues = {}): ReactNode {
  const names = Object.keys(parts);
  const marked = message({ ...values, ...Object.fromEntries(names.map((name, i) => [name, `${OPEN}${i}${CLOSE}`])) });
  const pieces = marked.split(new RegExp(`${OPEN}(\\d+)${CLOSE}`));
  return pieces.map((piece, i) => <Fragment key={i}>{i % 2 === 1 ? parts[names[Number(piece)]] : piece}</Fragment>);
}
