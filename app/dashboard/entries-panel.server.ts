import type { SessionUser } from "~/auth/session.server";

/** Dashboard data for editors and approvers: their organisation's entries and review reminders. Filled in by the entries module. */
export async function entriesPanel(_user: SessionUser) {
  return null as null | Record<string, unknown>;
}
