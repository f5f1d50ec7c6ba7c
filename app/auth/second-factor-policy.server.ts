import { setting } from "~/config/settings.mjs";

/** Does the deployment require a second factor for this role (setting REQUIRE_SECOND_FACTOR)? */
export function secondFactorRequiredFor(role: string): boolean {
  return (setting("REQUIRE_SECOND_FACTOR") as readonly string[]).includes(role);
}

/** A signed-in user who must set up a second factor before anything else. */
export const mustEnrol = (user: { role: string; totpEnabledAt: Date | null }) => !user.totpEnabledAt && secondFactorRequiredFor(user.role);
