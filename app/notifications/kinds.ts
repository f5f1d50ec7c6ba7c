import { hasPermission, type Permission } from "~/auth/roles";

/**
 * The kinds of notification mail staff get, each for those who hold its permission. Every kind is on
 * until its recipient switches it off (NotificationPreference). Citizens' mails are not listed: a citizen
 * gets them only about their own message, because they gave their address for it.
 */
export const NOTIFICATION_KINDS = [
  { kind: "entry_submitted", permission: "entry:publish:own" },
  { kind: "entry_changes_requested", permission: "entry:edit:own" },
  { kind: "entry_published", permission: "entry:edit:own" },
  { kind: "review_concluded", permission: "assessment:edit:own" },
  { kind: "feedback_received", permission: "feedback:moderate:own" },
] as const satisfies ReadonlyArray<{ kind: string; permission: Permission }>;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]["kind"];

export const ALL_KINDS: readonly NotificationKind[] = NOTIFICATION_KINDS.map((k) => k.kind);

/** The kinds a user with this role can get (and so choose from), in the order the settings page lists them. */
export function kindsForRole(role: string): NotificationKind[] {
  return NOTIFICATION_KINDS.filter((k) => hasPermission(role, k.permission)).map((k) => k.kind);
}
