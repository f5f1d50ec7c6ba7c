import { randomBytes, timingSafeEqual } from "node:crypto";
import { createCookie } from "@remix-run/node";
import { sessionSecret } from "./secret.server";
import { setting } from "~/config/settings.mjs";

export const CSRF_FIELD = "csrf";

let cookie: ReturnType<typeof createCookie> | undefined;

function csrfCookie() {
  cookie ??= createCookie("__csrf", {
    httpOnly: true,
    sameSite: "lax",
    secure: setting("NODE_ENV") === "production" && !setting("INSECURE_COOKIES"),
    path: "/",
    secrets: [sessionSecret()],
  });
  return cookie;
}

/**
 * Double-submit token: a signed HttpOnly cookie and the same value in every form.
 * Returns the token and, when the browser has none yet, the Set-Cookie header to send.
 */
export async function getCsrfToken(request: Request): Promise<{ token: string; setCookie: string | null }> {
  const existing = await csrfCookie().parse(request.headers.get("Cookie"));
  if (typeof existing === "string" && existing.length >= 32) return { token: existing, setCookie: null };
  const token = randomBytes(32).toString("base64url");
  return { token, setCookie: await csrfCookie().serialize(token) };
}

export async function isValidCsrf(request: Request, submitted: FormDataEntryValue | null): Promise<boolean> {
  const expected = await csrfCookie().parse(request.headers.get("Cookie"));
  if (typeof expected !== "string" || typeof submitted !== "string") return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(submitted);
  return a.length === b.length && timingSafeEqual(a, b);
}
