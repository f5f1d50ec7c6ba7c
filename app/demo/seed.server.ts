import { DEMO_ORGANISATIONS } from "~content/demo/entries";
import { hashPassword } from "~/auth/password.server";
import { db } from "~/utils/db.server";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";
import { seedDemoActivity } from "./seed-activity.server";
import { seedDemoEntries } from "./seed-entries.server";

/** True when the database has never been seeded (no organisations yet). */
export async function isEmpty() {
  return (await db.organisation.count()) === 0;
}

/** The demo: organisations, one user per role, entries in every workflow state, assessments and feedback. */
export async function seedDemo({ log = console.log } = {}) {
  const orgIds = new Map<string, string>();
  for (const org of DEMO_ORGANISATIONS) {
    const created = await db.organisation.create({
      data: {
        slug: org.slug,
        name: org.name,
        type: org.type,
        identifierScheme: org.identifierScheme,
        identifier: org.identifier,
        website: org.website,
        country: "country" in org ? org.country : "NL",
      },
      select: { id: true },
    });
    orgIds.set(org.slug, created.id);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userIds = new Map<string, string>();
  for (const u of DEMO_USERS) {
    const created = await db.user.create({
      data: { email: u.email, name: u.name, role: u.role, organisationId: u.org ? orgIds.get(u.org) : null, passwordHash, isDemo: true },
      select: { id: true },
    });
    userIds.set(u.email, created.id);
  }
  const entries = await seedDemoEntries({ orgIds, userIds });
  const activity = await seedDemoActivity({ orgIds, userIds });
  log(`Seeded demo: ${orgIds.size} organisations, ${userIds.size} users, ${entries} entries.`);
  log(
    `Seeded demo activity: ${activity.assessments} impact assessments (${activity.concluded} concluded), ` +
      `${activity.feedbackThreads} feedback messages (${activity.feedbackPublished} published).`,
  );
}
