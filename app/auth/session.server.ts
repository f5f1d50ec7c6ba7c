import { randomBytes } from "node:crypto";
import { createCookie } from "@remix-run/node";
import { db } from "~/utils/db.server";
import { sessionSecret } from "~/utils/secret.server";
import { setting } from "~/config/settings.mjs";
import { identityStillBound, type SessionIdentity } from "~/oidc/session-identity.server";

const SESSION_TTL_MS = 1000 * 60 * 60 * 12;
/** A session's "last used" time is written at most this often. */
export const LAST_SEEN_EVERY_MS = 60_000;

let cookie: ReturnType<typeof createCookie> | undefined;

/** Cookies go over HTTPS only in production, unless the deployment says otherwise. */
export const secureCookies = () => setting("NODE_ENV") === "production" && !setting("INSECURE_COOKIES");

/** Sessions live in the database; the cookie only carries a signed random id. */
export function sessionCookie() {
  cookie ??= createCookie("__session", {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    path: "/",
    secrets: [sessionSecret()],
    maxAge: SESSION_TTL_MS / 1000,
  });
  return cookie;
}

/** The id of the session the request carries (whether or not it is still valid). */
export async function readSessionId(request: Request): Promise<string | null> {
  const value = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

export async function getSessionUser(request: Request) {
  const sessionId = await readSessionId(request);
  if (!sessionId) return null;
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      expiresAt: true,
      identityIssuer: true,
      identitySubject: true,
      identityProvider: true,
      lastSeenAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          organisationId: true,
          organisation: { select: { id: true, name: true, slug: true } },
          totpEnabledAt: true,
        },
      },
    },
  });
  const now = new Date();
  if (!session || session.expiresAt < now) return null;
  if (!(await identityStillBound(session.user.id, session.identityIssuer, session.identitySubject))) return null;
  if (!session.lastSeenAt || now.getTime() - session.lastSeenAt.getTime() >= LAST_SEEN_EVERY_MS) {
    await db.session.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  // Which OpenID provider the person signed in through (null: a local password).
  return { ...session.user, identityProvider: session.identityProvider };
}

export type SessionUser = NonNullable<Awaited<ReturnType<typeof getSessionUser>>>;

/** Always a new id at login (rotation): any id the browser had before is dropped. A session from an OpenID provider carries its identity. */
export async function startSession(request: Request, userId: string, identity?: SessionIdentity): Promise<string> {
  const previous = await readSessionId(request);
  if (previous) await db.session.deleteMany({ where: { id: previous } });
  const id = randomBytes(32).toString("base64url");
  const userAgent = request.headers.get("User-Agent")?.slice(0, 400) || null;
  await db.session.create({ data: { id, userId, userAgent, lastSeenAt: new Date(), expiresAt: new Date(Date.now() + SESSION_TTL_MS), ...identity } });
  return sessionCookie().serialize(id);
}

export async function endSession(request: Request): Promise<string> {
  const id = await readSessionId(request);
  if (id) await db.session.deleteMany({ where: { id } });
  return sessionCookie().serialize("", { maxAge: 0 });
}
