import { recordAudit } from "~/audit/audit.server";
import { db } from "~/utils/db.server";
import { type Claims, mapClaims, verifiedEmail } from "./claims-mapping";
import type { OidcProvider } from "./providers.server";

export type Refusal = "noMapping" | "noAccount" | "accountConflict";
export type AccountResult = { ok: true; userId: string } | { ok: false; reason: Refusal };

/** Stored as the password hash of an account made by a provider: it matches no password (verifyPassword wants scrypt$…). */
const NO_PASSWORD = "oidc$no-local-password";

function displayName(claims: Claims, email: string): string {
  const name = typeof claims.name === "string" ? claims.name.trim() : "";
  return (name || email).slice(0, 100);
}

/**
 * The account a provider's identity signs in as, with the role and organisation its claims give it
 * now (re-derived at every sign-in). An unknown (issuer, subject) is linked to the account with the
 * same verified email only when the provider's `linkByEmail` allows it, or gets a new account when
 * `autoCreate` does; otherwise the sign-in is refused.
 */
export async function signInIdentity(provider: OidcProvider, issuer: string, claims: Claims, now = new Date()): Promise<AccountResult> {
  const subject = String(claims.sub);
  const mapped = mapClaims(provider.rules, claims);
  const organisation = mapped?.organisationSlug ? await db.organisation.findUnique({ where: { slug: mapped.organisationSlug }, select: { id: true } }) : null;
  const result: AccountResult =
    !mapped || (mapped.organisationSlug && !organisation)
      ? { ok: false, reason: "noMapping" }
      : await db.$transaction(async (tx) => {
          const identity = await tx.userIdentity.findUnique({ where: { issuer_subject: { issuer, subject } }, select: { userId: true } });
          let userId = identity?.userId;
          if (!userId) {
            const email = verifiedEmail(claims);
            const existing = email
              ? await tx.user.findUnique({ where: { email }, select: { id: true, identities: { where: { issuer }, select: { id: true } } } })
              : null;
            if (existing && (!provider.linkByEmail || existing.identities.length)) return { ok: false as const, reason: "accountConflict" as const };
            if (existing) userId = existing.id;
            else if (provider.autoCreate && email) {
              const created = await tx.user.create({
                data: { email, name: displayName(claims, email), passwordHash: NO_PASSWORD, role: mapped.role, organisationId: organisation?.id ?? null },
                select: { id: true },
              });
              userId = created.id;
              await recordAudit({ actorId: userId, action: "user.created", subjectType: "user", subjectId: userId, details: { provider: provider.id } }, tx);
            } else return { ok: false as const, reason: "noAccount" as const };
            await tx.userIdentity.create({ data: { userId, providerId: provider.id, issuer, subject } });
            await recordAudit(
              { actorId: userId, action: "user.identity_linked", subjectType: "user", subjectId: userId, details: { provider: provider.id } },
              tx,
            );
          }
          await tx.user.update({
            where: { id: userId },
            data: { role: mapped.role, organisationId: organisation?.id ?? null, lastLoginAt: now, failedLogins: 0, lockedUntil: null },
          });
          await tx.userIdentity.update({ where: { issuer_subject: { issuer, subject } }, data: { lastLoginAt: now } });
          const details = { provider: provider.id, role: mapped.role, organisation: mapped.organisationSlug };
          await recordAudit({ actorId: userId, action: "user.signed_in", subjectType: "user", subjectId: userId, details }, tx);
          return { ok: true as const, userId };
        });
  if (!result.ok) {
    // Someone the provider no longer gives a role loses the sessions they still have from it, not only the next sign-in.
    if (result.reason === "noMapping") await db.session.deleteMany({ where: { identityIssuer: issuer, identitySubject: subject } });
    await recordRefusal(provider, issuer, subject, result.reason);
  }
  return result;
}

/** A refused or failed sign-in, in the audit trail: which provider, which identity (when known) and why. */
export async function recordRefusal(provider: OidcProvider, issuer: string | null, subject: string | null, reason: string) {
  await recordAudit({
    actorId: null,
    action: "user.sign_in_refused",
    subjectType: "identity",
    subjectId: issuer && subject ? `${issuer} ${subject}` : provider.id,
    details: { provider: provider.id, reason },
  });
}
