/** Roles and what each may do, as data. Checked on the server by auth/guards.server.ts. */
export const ROLES = ["editor", "approver", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  editor: "Editor (files entries for their organisation)",
  approver: "Approver (publishes their organisation's entries)",
  reviewer: "Reviewer (oversight body)",
  admin: "Administrator",
};

/** `own` means: only for the user's own organisation. */
export type Permission =
  | "entry:edit:own"
  | "entry:publish:own"
  | "entry:read-drafts:own"
  | "entry:read-drafts:any"
  | "assessment:edit:own"
  | "assessment:review:any"
  | "feedback:moderate:own"
  | "feedback:moderate:any"
  | "admin:manage";

const PERMISSIONS: Record<Role, readonly Permission[]> = {
  editor: ["entry:edit:own", "entry:read-drafts:own", "assessment:edit:own", "feedback:moderate:own"],
  approver: ["entry:edit:own", "entry:publish:own", "entry:read-drafts:own", "assessment:edit:own", "feedback:moderate:own"],
  reviewer: ["assessment:review:any", "entry:read-drafts:any"],
  admin: ["admin:manage", "entry:read-drafts:any", "feedback:moderate:any"],
};

export function hasPermission(role: string, permission: Permission): boolean {
  return (PERMISSIONS as Record<string, readonly Permission[]>)[role]?.includes(permission) ?? false;
}
