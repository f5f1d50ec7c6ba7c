import type { UserInput } from "~/admin/user-schema";
import { hashPassword } from "~/auth/password.server";
import { db } from "~/utils/db.server";

export async function listUsers() {
  return db.user.findMany({
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, isDemo: true, organisation: { select: { name: true } } },
  });
}

export type CreateUserResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

export async function createUser(input: UserInput & { isDemo?: boolean }): Promise<CreateUserResult> {
  const email = input.email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    return { ok: false, errors: { email: "An account with this email address already exists" } };
  }
  const needsOrg = input.role === "editor" || input.role === "approver";
  if (needsOrg && input.organisationId) {
    const org = await db.organisation.findUnique({ where: { id: input.organisationId }, select: { id: true } });
    if (!org) return { ok: false, errors: { organisationId: "Choose an organisation from the list" } };
  }
  const user = await db.user.create({
    data: {
      name: input.name,
      email,
      role: input.role,
      organisationId: input.organisationId || null,
      passwordHash: await hashPassword(input.password),
      isDemo: input.isDemo ?? false,
    },
    select: { id: true },
  });
  return { ok: true, id: user.id };
}
