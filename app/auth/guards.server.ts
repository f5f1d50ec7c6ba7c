import { redirect } from "@remix-run/node";
import { samePrefixPath } from "~/i18n/redirect-path.server";
import { forbidden } from "~/utils/http.server";
import { hasPermission, type Permission, type Role } from "./roles";
import { mustEnrol } from "./second-factor-policy.server";
import { getSessionUser, type SessionUser } from "./session.server";

export async function getOptionalUser(request: Request) {
  return getSessionUser(request);
}

/**
 * Signed-in user, or a redirect to the login page (in the page's language) that comes back here afterwards.
 * A user whose role requires a second factor they have not set up is sent to set it up, except on the
 * page where they do so (`enrolling`).
 */
export async function requireUser(request: Request, { enrolling = false } = {}): Promise<SessionUser> {
  const user = await getSessionUser(request);
  if (!user) {
    const url = new URL(request.url);
    const redirectTo = `${url.pathname}${url.search}`;
    throw redirect(samePrefixPath(request, `/login?${new URLSearchParams({ redirectTo })}`));
  }
  if (!enrolling && mustEnrol(user)) throw redirect(samePrefixPath(request, "/account/security"));
  return user;
}

export async function requireRole(request: Request, roles: Role | readonly Role[]): Promise<SessionUser> {
  const user = await requireUser(request);
  const allowed = typeof roles === "string" ? [roles] : roles;
  if (!allowed.includes(user.role as Role)) forbidden();
  return user;
}

export async function requirePermission(request: Request, permission: Permission): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!hasPermission(user.role, permission)) forbidden();
  return user;
}

/**
 * May this user act for this organisation with this permission?
 * `:own` permissions need membership; an `:any` variant of the same permission allows every organisation.
 */
export function canActForOrganisation(user: Pick<SessionUser, "role" | "organisationId">, organisationId: string, permission: Permission) {
  const anyVariant = permission.replace(/:own$/, ":any") as Permission;
  if (anyVariant !== permission && hasPermission(user.role, anyVariant)) return true;
  return hasPermission(user.role, permission) && user.organisationId === organisationId;
}

export async function requireOrgMember(request: Request, organisationId: string, permission: Permission): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!canActForOrganisation(user, organisationId, permission)) forbidden();
  return user;
}
