import { choiceOf, type UserInput } from "~/admin/user-schema";
import { hashPassword } from "~/auth/password.server";
import { deliverOutboxInBackground } from "~/email/email.server";
import type { Language } from "~/i18n/languages.mjs";
import { problem } from "~/i18n/problem";
import { db } from "~/utils/db.server";
import { queuePasswordLink } from "./password-link.server";

/** What an account holds until its person has chosen a password: no password matches it. */
export const NO_PASSWORD = "none";

export async function listUsers() {
  return db.user.findMany({
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, isDemo: true, organisation: { select: { name: true } } },
  });
}

export type CreateUserResult = { ok: true; id: string; linkSent: boolean } | { ok: false; errors: Record<string, string> };

/**
 * A new account, with the password the administrator typed or (by default) a set-password link mailed to
 * the person in `language`.
 */
export async function createUser(input: UserInput & { isDemo?: boolean }, language: Language = "en"): Promise<CreateUserResult> {
  const email = input.email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    return { ok: false, errors: { email: problem("account.admin.emailTaken") } };
  }
  const needsOrg = input.role === "editor" || input.role === "approver";
  if (needsOrg && input.organisationId) {
    const org = await db.organisation.findUnique({ where: { id: input.organisationId }, select: { id: true } });
    if (!org) return { ok: false, errors: { organisationId: problem("account.admin.unknownOrganisation") } };
  }
  const typed = choiceOf(input) === "typed" && input.password;
  const passwordHash = typed ? await hashPassword(typed) : NO_PASSWORD;
  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: { name: input.name, email, role: input.role, organisationId: input.organisationId || null, passwordHash, isDemo: input.isDemo ?? false },
      select: { id: true, email: true, name: true },
    });
    if (!typed) await queuePasswordLink(tx, created, { language });
    return created;
  });
  if (!typed) deliverOutboxInBackground();
  return { ok: true, id: user.id, linkSent: !typed };
}
