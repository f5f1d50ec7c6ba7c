/**
 * The assessment review workflow as data: which action moves an assessment from which
 * state to which, and which permission it needs. Checked by assessments.server.ts.
 */
import type { Permission } from "~/auth/roles";

export const ASSESSMENT_STATES = ["draft", "submitted", "changes_requested", "concluded"] as const;
export type AssessmentState = (typeof ASSESSMENT_STATES)[number];

export const ASSESSMENT_STATE_LABELS: Record<AssessmentState, string> = {
  draft: "Draft",
  submitted: "Waiting for review",
  changes_requested: "Changes requested",
  concluded: "Review concluded",
};

export type AssessmentAction = "submit" | "withdraw" | "request_changes" | "conclude";

export const ASSESSMENT_TRANSITIONS: Record<
  AssessmentAction,
  { from: readonly AssessmentState[]; to: AssessmentState; permission: Permission; label: string }
> = {
  submit: { from: ["draft", "changes_requested"], to: "submitted", permission: "assessment:edit:own", label: "Submit for review" },
  withdraw: { from: ["submitted"], to: "draft", permission: "assessment:edit:own", label: "Withdraw from review" },
  request_changes: { from: ["submitted"], to: "changes_requested", permission: "assessment:review:any", label: "Request changes" },
  conclude: { from: ["submitted"], to: "concluded", permission: "assessment:review:any", label: "Conclude the review" },
};

/** States in which the agency may change its answers. */
export const ASSESSMENT_EDITABLE_STATES: readonly AssessmentState[] = ["draft", "changes_requested"];
/** States in which reviewers and editors may discuss the assessment. */
export const ASSESSMENT_DISCUSSION_STATES: readonly AssessmentState[] = ["submitted", "changes_requested"];

export function canTransition(state: string, action: AssessmentAction): boolean {
  return (ASSESSMENT_TRANSITIONS[action].from as readonly string[]).includes(state);
}

export const DEFAULT_ASSESSMENT_REVIEW_MONTHS = 12;
