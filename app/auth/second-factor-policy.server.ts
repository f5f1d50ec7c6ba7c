import { setting } from "~/config/settings.mjs";

/** Does the deployment require a second factor for this role (setting REQUIRE_SECOND_FACTOR)? */
export function secondFactorRequiredFor(role: string): boolean {
  return (setting("REQUIRE_SECOND_FACTOR") as readonly string[]).includes(role);
}

/**
 * A signed-in user who must set up a second factor before anything else. Not for a session from an
 * OpenID provider: the organisation's provider asks for its own second factor (as the Dutch register's Keycloak does).
 */
export const mustEnrol = (user: { role: string; totpEnabledAt: Date | null; identityProvider?: string | null }) =>
  !user.identityProvider && !user.totpEnabledAt && secondFactorRequiredFor(user.role);
