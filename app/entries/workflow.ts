/**
 * The entry workflow as data: which action moves an entry from which state to which,
 * and which permission it needs. Checked on the server by entries.server.ts. The actions' names
 * are in the catalogue (`t.entries.actions`).
 */
import { WORKFLOW_STATES, type WorkflowState } from "~content/vocabularies/entry-enums";
import type { Permission } from "~/auth/roles";

export const ENTRY_STATES = WORKFLOW_STATES.map((s) => s.slug);
export type EntryState = WorkflowState;

export const STATE_LABELS = Object.fromEntries(WORKFLOW_STATES.map((s) => [s.slug, s.label])) as Record<EntryState, string>;

export type WorkflowAction = "submit" | "withdraw" | "request_changes" | "publish" | "archive" | "confirm_review";

export const TRANSITIONS: Record<
  WorkflowAction,
  // notOfferedWith: not offered to someone holding that permission (they have their own action for it).
  { from: readonly EntryState[]; to: EntryState | null; permission: Permission; needsComment?: boolean; notOfferedWith?: Permission }
> = {
  submit: { from: ["draft", "changes_requested"], to: "submitted", permission: "entry:edit:own" },
  withdraw: { from: ["submitted"], to: "draft", permission: "entry:edit:own", notOfferedWith: "entry:publish:own" },
  request_changes: { from: ["submitted"], to: "changes_requested", permission: "entry:publish:own", needsComment: true },
  publish: { from: ["submitted"], to: "published", permission: "entry:publish:own" },
  archive: { from: ["published"], to: "archived", permission: "entry:publish:own", needsComment: true },
  // Confirms a published entry is still accurate: resets the review clock without a new version.
  confirm_review: { from: ["published"], to: null, permission: "entry:edit:own" },
};

/** States in which the working draft may be edited. Editing a published entry starts a new draft revision. */
export const EDITABLE_STATES: readonly EntryState[] = ["draft", "changes_requested", "published"];

export const DEFAULT_REVIEW_MONTHS = 12;
export const DUE_SOON_DAYS = 30;
