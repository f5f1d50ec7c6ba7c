import { describe, expect, it } from "vitest";
import { canActForOrganisation } from "./guards.server";
import { hasPermission } from "./roles";

describe("permissions", () => {
  it("gives publishing to approvers only", () => {
    expect(hasPermission("approver", "entry:publish:own")).toBe(true);
    expect(hasPermission("editor", "entry:publish:own")).toBe(false);
    expect(hasPermission("reviewer", "entry:publish:own")).toBe(false);
    expect(hasPermission("admin", "entry:publish:own")).toBe(false);
  });

  it("gives reviewing to reviewers only", () => {
    expect(hasPermission("reviewer", "assessment:review:any")).toBe(true);
    for (const role of ["editor", "approver", "admin"]) expect(hasPermission(role, "assessment:review:any")).toBe(false);
  });

  it("rejects unknown roles", () => {
    expect(hasPermission("superuser", "admin:manage")).toBe(false);
  });

  it("limits :own permissions to the user's organisation", () => {
    const editor = { role: "editor", organisationId: "org-x" };
    expect(canActForOrganisation(editor, "org-x", "entry:edit:own")).toBe(true);
    expect(canActForOrganisation(editor, "org-y", "entry:edit:own")).toBe(false);
    expect(canActForOrganisation({ role: "editor", organisationId: null }, "org-x", "entry:edit:own")).toBe(false);
  });

  it("lets an :any permission cover every organisation", () => {
    expect(canActForOrganisation({ role: "reviewer", organisationId: null }, "org-y", "entry:read-drafts:own")).toBe(true);
    expect(canActForOrganisation({ role: "admin", organisationId: null }, "org-y", "feedback:moderate:own")).toBe(true);
    expect(canActForOrganisation({ role: "reviewer", organisationId: null }, "org-y", "entry:edit:own")).toBe(false);
  });
});
