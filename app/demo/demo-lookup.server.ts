import type { SessionUser } from "~/auth/session.server";
import type { DemoOrgSlug } from "~content/demo/entries";
import { DUTCH_DEMO_TEXTS } from "~content/demo/entries.nl";
import { db } from "~/utils/db.server";
import { DEMO_USERS } from "./demo-users";

export type DemoIds = { orgIds: Map<string, string>; userIds: Map<string, string> };

export type DemoActor = Pick<SessionUser, "id" | "role" | "organisationId">;

/** The demo account with this role (and organisation), as an actor for the domain functions. */
export function demoActor(role: "editor" | "approver" | "reviewer", org: DemoOrgSlug | null, ids: DemoIds): DemoActor {
  const user = DEMO_USERS.find((u) => u.role === role && u.org === org);
  const id = user && ids.userIds.get(user.email);
  if (!user || !id) throw new Error(`The demo has no ${role} account${org ? ` for ${org}` : ""}`);
  return { id, role, organisationId: user.org ? (ids.orgIds.get(user.org) ?? null) : null };
}

/** A published demo entry, by its organisation and exact English name (content/demo/activity.ts names them); one filed in Dutch goes by its Dutch name. */
export async function publishedDemoEntry(org: DemoOrgSlug, name: string, ids: DemoIds) {
  const entry = await db.entry.findFirst({
    where: { name: DUTCH_DEMO_TEXTS[name]?.name ?? name, organisationId: ids.orgIds.get(org) ?? "-", state: "published" },
    select: { id: true, publicId: true },
  });
  if (!entry) throw new Error(`Demo activity names "${name}" (${org}), which is not a published demo entry`);
  return entry;
}
