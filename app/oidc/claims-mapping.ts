import type { Role } from "~/auth/roles";

export type Claims = Record<string, unknown>;

/** One rule of a provider's mapping (OIDC_PROVIDERS): a claim value or a verified email domain gives a role, in an organisation. */
export type ClaimRule = { claim?: string; value?: string; emailDomain?: string; organisation?: string; role: Role };

export type Mapped = { role: Role; organisationSlug: string | null };

function claimHas(claims: Claims, claim: string, value: string): boolean {
  const found = claims[claim];
  if (Array.isArray(found)) return found.some((v) => String(v) === value);
  return found !== undefined && found !== null && String(found) === value;
}

/** An email domain counts only when the provider says it verified the address. */
export function verifiedEmail(claims: Claims): string | null {
  return claims.email_verified === true && typeof claims.email === "string" ? claims.email.trim().toLowerCase() : null;
}

function matches(rule: ClaimRule, claims: Claims): boolean {
  if (rule.emailDomain) return verifiedEmail(claims)?.endsWith(`@${rule.emailDomain}`) ?? false;
  return Boolean(rule.claim && rule.value && claimHas(claims, rule.claim, rule.value));
}

/**
 * The role and organisation a person's claims give them: the first rule that matches, in the order the
 * deployment wrote them (put the stronger roles first). Null when none matches: the sign-in is refused.
 * Administrators and reviewers belong to no organisation.
 */
export function mapClaims(rules: readonly ClaimRule[], claims: Claims): Mapped | null {
  const rule = rules.find((r) => matches(r, claims));
  if (!rule) return null;
  const organisationSlug = rule.role === "admin" || rule.role === "reviewer" ? null : (rule.organisation ?? null);
  return { role: rule.role, organisationSlug };
}
