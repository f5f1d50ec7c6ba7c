import type { SessionUser } from "~/auth/session.server";

/** Dashboard data for reviewers: the assessment queue and oversight signals. Filled in by the assessments module. */
export async function reviewPanel(_user: SessionUser) {
  return null as null | Record<string, unknown>;
}
