import { createHash } from "node:crypto";
import { recordAudit } from "~/audit/audit.server";
import { db } from "~/utils/db.server";
import { readSessionId } from "./session.server";
import { describeUserAgent } from "./user-agent";

/** How a session is named on the page: never its id, which with the cookie's signature would be a credential. */
const handleOf = (sessionId: string) => createHash("sha256").update(sessionId, "utf8").digest("base64url").slice(0, 22);

/** The unexpired sessions of the request's user, the newest use first, this one marked. */
export async function listSessions(request: Request, userId: string, now = new Date()) {
  const current = await readSessionId(request);
  const rows = await db.session.findMany({
    where: { userId, expiresAt: { gt: now } },
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true },
  });
  return rows
    .map((row) => ({
      handle: handleOf(row.id),
      current: row.id === current,
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt ?? row.createdAt,
      ...describeUserAgent(row.userAgent),
    }))
    .sort((a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.getTime() - a.lastSeenAt.getTime());
}

/** Ends one of the user's sessions by its handle (not this one: that is signing out); the number ended. */
export async function endSessionByHandle(request: Request, userId: string, handle: string): Promise<number> {
  const current = await readSessionId(request);
  const sessions = await db.session.findMany({ where: { userId }, select: { id: true } });
  const target = sessions.find((s) => s.id !== current && handleOf(s.id) === handle);
  if (!target) return 0;
  return endSessions(userId, [target.id], "one");
}

/** "Sign out everywhere else": every session of the user but the request's own; the number ended. */
export async function endOtherSessions(request: Request, userId: string): Promise<number> {
  const current = await readSessionId(request);
  const others = await db.session.findMany({ where: { userId, ...(current ? { id: { not: current } } : {}) }, select: { id: true } });
  return endSessions(
    userId,
    others.map((s) => s.id),
    "others",
  );
}

async function endSessions(userId: string, ids: string[], scope: "one" | "others") {
  if (ids.length === 0) return 0;
  return db.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { userId, id: { in: ids } } });
    await recordAudit({ actorId: userId, action: "user.sessions_ended", subjectType: "user", subjectId: userId, details: { scope, count } }, tx);
    return count;
  });
}
