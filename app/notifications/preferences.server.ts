import { recordAudit } from "~/audit/audit.server";
import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { kindsForRole, type NotificationKind } from "./kinds";

type User = { id: string; role: string };

/** The kinds this user can get, each with whether it is on (a kind without a stored choice is on). */
export async function notificationSettings(user: User): Promise<Array<{ kind: NotificationKind; enabled: boolean }>> {
  const stored = await db.notificationPreference.findMany({ where: { userId: user.id }, select: { kind: true, enabled: true } });
  const off = new Set(stored.filter((p) => !p.enabled).map((p) => p.kind));
  return kindsForRole(user.role).map((kind) => ({ kind, enabled: !off.has(kind) }));
}

/** Stores a choice for every kind the user's role can get: on when listed in `receive`, off otherwise. */
export async function saveNotificationSettings(user: User, receive: readonly string[]) {
  const on = new Set(receive);
  const kinds = kindsForRole(user.role);
  await db.$transaction(async (tx) => {
    for (const kind of kinds) {
      const enabled = on.has(kind);
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId: user.id, kind } },
        create: { userId: user.id, kind, enabled },
        update: { enabled },
      });
    }
    const switchedOff = kinds.filter((kind) => !on.has(kind));
    await recordAudit({ actorId: user.id, action: "user.notifications_changed", subjectType: "user", subjectId: user.id, details: { switchedOff } }, tx);
  });
}

/** A `where` on users that keeps those who have not switched this kind off. */
export const receives = (kind: NotificationKind): Prisma.UserWhereInput => ({ notificationPreferences: { none: { kind, enabled: false } } });
