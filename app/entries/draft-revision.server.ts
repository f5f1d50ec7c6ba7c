import { createHash } from "node:crypto";

/**
 * A fingerprint of what an approver reviews: the submitted draft and the published version it
 * would replace. The staff page sends it with "Approve and publish"; publishing refuses when it
 * no longer matches, so nobody publishes a submission they did not see.
 */
export function draftRevision(entry: { draft: string; draftSchemaVersion: number | null; currentVersionId: string | null }): string {
  return createHash("sha256")
    .update(JSON.stringify([entry.draftSchemaVersion, entry.currentVersionId, entry.draft]))
    .digest("base64url")
    .slice(0, 32);
}
