import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/paths";

const ROUTES = join(ROOT, "app/routes");

function routeFiles(dir = ROUTES): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return routeFiles(p).filter((x) => /route\.tsx?$/.test(x));
    return /\.(tsx|ts)$/.test(f) && !f.includes(".test.") ? [p] : [];
  });
}

const STAFF_PREFIXES = ["dashboard", "admin", "entries.", "assessments.", "feedback._index", "feedback.$id", "suppliers.new"];

describe("every route guards itself", () => {
  const files = routeFiles();

  it("finds the route modules", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it("every action reads its form through readForm (CSRF, content type, size)", () => {
    const missing = files.filter((f) => /export\s+(async\s+)?function\s+action|export\s+const\s+action/.test(readFileSync(f, "utf8")) && !f.endsWith("$.tsx")).filter((f) => !readFileSync(f, "utf8").includes("readForm("));
    expect(missing.map((f) => f.replace(ROOT + "/", ""))).toEqual([]);
  });

  it("every staff route calls a guard in its loader and action", () => {
    const unguarded = files
      .filter((f) => STAFF_PREFIXES.some((p) => f.replace(ROUTES + "/", "").startsWith(p)))
      .filter((f) => !/require(User|Role|Permission|OrgMember)\(|requireEditableEntry\(|assertCanActForOrganisation\(/.test(readFileSync(f, "utf8")));
    expect(unguarded.map((f) => f.replace(ROOT + "/", ""))).toEqual([]);
  });
});
