import { randomBytes } from "node:crypto";
import type { Role } from "~/auth/roles";
import { hashPassword } from "~/auth/password.server";
import { sessionCookie } from "~/auth/session.server";
import { db } from "~/utils/db.server";

const uid = () => randomBytes(4).toString("hex");

export async function createOrganisation(overrides: Partial<{ name: string; slug: string; type: string }> = {}) {
  const id = uid();
  return db.organisation.create({
    data: {
      name: overrides.name ?? `Test Organisation ${id}`,
      slug: overrides.slug ?? `test-org-${id}`,
      type: overrides.type ?? "municipality",
      identifierScheme: "other",
      identifier: `test-${id}`,
    },
  });
}

let cachedHash: string | undefined;
export const TEST_PASSWORD = "correct horse battery staple";

export async function createUser(role: Role, organisationId: string | null = null, overrides: Partial<{ email: string; name: string }> = {}) {
  cachedHash ??= await hashPassword(TEST_PASSWORD);
  return db.user.create({
    data: {
      email: overrides.email ?? `${role}-${uid()}@agency.example`,
      name: overrides.name ?? `Test ${role}`,
      role,
      organisationId,
      passwordHash: cachedHash,
    },
  });
}

/** A logged-in session for a user, as the Cookie header value the browser would send. */
export async function sessionFor(userId: string): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await db.session.create({ data: { id, userId, expiresAt: new Date(Date.now() + 3600_000) } });
  const setCookie = await sessionCookie().serialize(id);
  return setCookie.split(";")[0];
}
