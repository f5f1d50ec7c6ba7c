import { describe, expect, it } from "vitest";
import { type ClaimRule, mapClaims, verifiedEmail } from "./claims-mapping";

const RULES: ClaimRule[] = [
  { claim: "roles", value: "register-admin", role: "admin", organisation: "ignored" },
  { claim: "groups", value: "lindewaard-approvers", organisation: "gemeente-lindewaard", role: "approver" },
  { claim: "groups", value: "lindewaard-editors", organisation: "gemeente-lindewaard", role: "editor" },
  { emailDomain: "oosterhaven.example", organisation: "gemeente-oosterhaven", role: "editor" },
];

describe("mapping a provider's claims to a role and organisation", () => {
  it("takes the first rule that matches, a list claim matching when it holds the value", () => {
    expect(mapClaims(RULES, { groups: ["canteen", "lindewaard-editors", "lindewaard-approvers"] })).toEqual({
      role: "approver",
      organisationSlug: "gemeente-lindewaard",
    });
    expect(mapClaims(RULES, { groups: "lindewaard-editors" })).toEqual({ role: "editor", organisationSlug: "gemeente-lindewaard" });
  });

  it("gives administrators and reviewers no organisation", () => {
    expect(mapClaims(RULES, { roles: ["register-admin"], groups: ["lindewaard-editors"] })).toEqual({ role: "admin", organisationSlug: null });
  });

  it("counts an email domain only when the provider verified the address", () => {
    expect(mapClaims(RULES, { email: "Piet@Oosterhaven.example", email_verified: true })).toEqual({ role: "editor", organisationSlug: "gemeente-oosterhaven" });
    expect(mapClaims(RULES, { email: "piet@oosterhaven.example", email_verified: false })).toBeNull();
    expect(mapClaims(RULES, { email: "piet@oosterhaven.example" })).toBeNull();
    // A look-alike domain is not the domain.
    expect(mapClaims(RULES, { email: "piet@evil-oosterhaven.example", email_verified: true })).toBeNull();
    expect(verifiedEmail({ email: " A@B.example ", email_verified: true })).toBe("a@b.example");
  });

  it("maps claims that match no rule to nothing", () => {
    expect(mapClaims(RULES, { groups: ["canteen"], roles: "register-admins" })).toBeNull();
    expect(mapClaims(RULES, {})).toBeNull();
  });
});
