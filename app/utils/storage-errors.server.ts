import { data } from "@remix-run/node";
import { problem } from "~/i18n/problem";

// SQLite's result codes (and their messages) for "the database cannot take a write now":
// a full disk or database size limit, an I/O error, a read-only file, a lock not released in time.
const UNAVAILABLE_ERRORS = /SQLITE_(FULL|IOERR|READONLY|BUSY|CANTOPEN)|database or disk is full|disk I\/O error|readonly database|database is locked/i;

/** True for errors that mean storage is unavailable rather than that the request was wrong. */
export function isStorageUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { message, code } = e as { message?: unknown; code?: unknown };
    if (UNAVAILABLE_ERRORS.test(`${String(code ?? "")} ${String(message ?? "")}`)) return true;
  }
  return false;
}

export const UNAVAILABLE = Symbol("storage unavailable");

/** Runs a write for a form action: UNAVAILABLE instead of an exception when storage cannot take it. */
export async function withStorageErrors<T>(write: () => Promise<T>): Promise<T | typeof UNAVAILABLE> {
  try {
    return await write();
  } catch (error) {
    if (!isStorageUnavailable(error)) throw error;
    console.error("Storage unavailable:", error instanceof Error ? error.message : error);
    return UNAVAILABLE;
  }
}

/** The action's answer then: 503 with the form's values and a message at the top, so nothing typed is lost. */
export function storageUnavailable<V>(values: V) {
  return data({ errors: { _form: problem("forms.cannotSave") } as Record<string, string>, values }, { status: 503, headers: { "Retry-After": "60" } });
}
