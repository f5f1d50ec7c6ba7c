import type { SessionUser } from "~/auth/session.server";

/** Dashboard data for moderators: new and overdue feedback. Filled in by the feedback module. */
export async function feedbackPanel(_user: SessionUser) {
  return null as null | Record<string, unknown>;
}
