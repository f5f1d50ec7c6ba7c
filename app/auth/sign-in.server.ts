import { createCookie, redirect } from "@remix-run/node";
import { recordAudit } from "~/audit/audit.server";
import { samePrefixPath } from "~/i18n/redirect-path.server";
import { db } from "~/utils/db.server";
import { sessionSecret } from "~/utils/secret.server";
import { mustEnrol } from "./second-factor-policy.server";
import { secureCookies, startSession } from "./session.server";

/** Time to type the code after the password. */
const CODE_STEP_SECONDS = 5 * 60;

type PendingSignIn = { userId: string; redirectTo: string; until: number };

let cookie: ReturnType<typeof createCookie> | undefined;

/** Between the password and the code: a signed, short-lived cookie naming the account, and no session yet. */
function pendingCookie() {
  cookie ??= createCookie("__signin", {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    path: "/",
    secrets: [sessionSecret()],
    maxAge: CODE_STEP_SECONDS,
  });
  return cookie;
}

/** The account whose password was right a moment ago in this browser, or null. */
export async function readPendingSignIn(request: Request, now = Date.now()): Promise<PendingSignIn | null> {
  const value = (await pendingCookie().parse(request.headers.get("Cookie"))) as PendingSignIn | null;
  if (!value || typeof value.userId !== "string" || typeof value.redirectTo !== "string" || !(value.until > now)) return null;
  return value;
}

export const clearPendingSignIn = () => pendingCookie().serialize("", { maxAge: 0 });

async function signedIn(
  request: Request,
  userId: string,
  redirectTo: string,
  secondFactor: "none" | "totp" | "recovery",
  extraCookie?: string,
): Promise<never> {
  const headers = new Headers({ "Set-Cookie": await startSession(request, userId) });
  if (extraCookie) headers.append("Set-Cookie", extraCookie);
  await recordAudit({ actorId: userId, action: "user.signed_in", subjectType: "user", subjectId: userId, details: { secondFactor } });
  throw redirect(redirectTo, { headers });
}

/**
 * The password was right. With a second factor the code comes next (/login/code); without one the
 * person is signed in, and sent to set one up first when their role requires it.
 */
export async function finishPasswordStep(request: Request, userId: string, redirectTo: string): Promise<never> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true, totpEnabledAt: true } });
  if (user.totpEnabledAt) {
    const pending: PendingSignIn = { userId, redirectTo, until: Date.now() + CODE_STEP_SECONDS * 1000 };
    throw redirect(samePrefixPath(request, "/login/code"), { headers: { "Set-Cookie": await pendingCookie().serialize(pending) } });
  }
  return signedIn(request, userId, mustEnrol(user) ? samePrefixPath(request, "/account/security") : redirectTo, "none");
}

/** The code was right: the session starts and the pending sign-in is forgotten. */
export async function finishCodeStep(request: Request, pending: PendingSignIn, method: "totp" | "recovery"): Promise<never> {
  await db.user.update({ where: { id: pending.userId }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() } });
  return signedIn(request, pending.userId, pending.redirectTo, method, await clearPendingSignIn());
}
