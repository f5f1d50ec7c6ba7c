import { db } from "~/utils/db.server";

/** What a session from an OpenID provider remembers of it (columns of Session). */
export type SessionIdentity = { identityProvider: string; identityIssuer: string; identitySubject: string; idToken: string };

/**
 * A session from a provider holds only while the provider's (issuer, subject) still signs in as the
 * session's user: unlinking the identity, or linking it to another account, ends the session.
 */
export async function identityStillBound(userId: string, issuer: string | null, subject: string | null): Promise<boolean> {
  if (issuer === null && subject === null) return true;
  if (!issuer || !subject) return false;
  const identity = await db.userIdentity.findUnique({ where: { issuer_subject: { issuer, subject } }, select: { userId: true } });
  return identity?.userId === userId;
}
