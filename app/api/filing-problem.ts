/**
 * A refused filing-API request, before it becomes an RFC 9457 answer: the status, a catalogue
 * message for `detail`, and the problems per field (dotted names as the web form uses them, or
 * `_form` for the request as a whole), each a catalogue reference shown in the request's language.
 */
import type { MessageKey } from "~/i18n/problem";
import type { MessageValues } from "~/i18n/text-types";

export type FilingProblemStatus = 400 | 403 | 404 | 405 | 409 | 412 | 422 | 428 | 503;

export class FilingProblem extends Error {
  constructor(
    readonly status: FilingProblemStatus,
    /** A catalogue key, or a catalogue reference made with problem() (the workflow's own messages). */
    readonly detail: MessageKey | { reference: string },
    readonly values: MessageValues = {},
    readonly errors: Record<string, string> = {},
  ) {
    super(`filing API problem ${status}`);
  }
}

/** Body field names of the workflow steps, where they differ from the domain's. */
const BODY_NAMES: Record<string, string> = { changeNote: "change_note" };

/** A problem's field as a JSON pointer into the request body: `lawfulBasisLinks.0.link` → `/lawfulBasisLinks/0/link`. */
export function pointerOf(field: string): string {
  if (field === "_form") return "";
  return field
    .split(".")
    .map((part) => "/" + (BODY_NAMES[part] ?? part).replace(/~/g, "~0").replace(/\//g, "~1"))
    .join("");
}
