/** Roles and what each may do, as data. Checked on the server by auth/guards.server.ts. */
import type { Language, Localized } from "~content/vocabularies/localized";

export const ROLES = ["editor", "approver", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, Localized> = {
  editor: { en: "Editor (files entries for their organisation)", nl: "Redacteur (registreert algoritmes voor de eigen organisatie)" },
  approver: { en: "Approver (publishes their organisation's entries)", nl: "Goedkeurder (publiceert de registraties van de eigen organisatie)" },
  reviewer: { en: "Reviewer (oversight body)", nl: "Beoordelaar (toezichthouder)" },
  admin: { en: "Administrator", nl: "Beheerder" },
};

/** A role named in a language (the role itself when unknown). */
export function roleLabel(role: string, language: Language): string {
  return (ROLE_LABELS as Record<string, Localized | undefined>)[role]?.[language] ?? role;
}

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
