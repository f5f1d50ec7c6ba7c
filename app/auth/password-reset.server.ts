import { recordAudit } from "~/audit/audit.server";
import { deliverOutboxInBackground } from "~/email/email.server";
import type { Language } from "~/i18n/languages.mjs";
import { queuePasswordLink } from "~/users/password-link.server";
import { db } from "~/utils/db.server";
import { createRateLimiter } from "~/utils/rate-limit.server";

/** No mailbox gets more than a few reset mails, however often its address is typed. */
const perAccount = createRateLimiter({ name: "password-reset", limit: 3, windowMs: 15 * 60_000 });

/**
 * "Forgot your password?": a single-use link to the set-password page, mailed in the page's language.
 * The caller answers the same whatever happens here, so nobody learns which addresses have an account.
 */
export async function requestPasswordReset(email: string, language: Language): Promise<void> {
  const address = email.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email: address }, select: { id: true, email: true, name: true } });
  if (!user || !(await perAccount.hit(user.id))) return;
  await db.$transaction(async (tx) => {
    await queuePasswordLink(tx, user, { purpose: "reset", language });
    await recordAudit({ actorId: null, action: "user.password_reset_requested", subjectType: "user", subjectId: user.id }, tx);
  });
  deliverOutboxInBackground();
}
