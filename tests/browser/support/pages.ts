import Database from "better-sqlite3";
import { inject } from "vitest";

/**
 * Every public page and every filing/review page, for the accessibility suite. Placeholders are
 * filled from the demo database: {entry} public id, {entryId}, {org} slug, {supplier} slug,
 * {assessmentId}, {draftAssessmentId}, {queuedAssessmentId}, {threadId}, {revisedEntry} (an entry with a version diff, none of whose versions was broken on purpose by unreadable-documents.test.ts), {submittedEntryId} (an entry waiting for approval). A page whose placeholder cannot be filled fails the suite.
 */
export const A11Y_PUBLIC_PAGES = [
  "/",
  "/login",
  "/algorithms",
  "/algorithms?q=parking&category=B",
  "/algorithms?q=parkng",
  "/algorithms/{entry}",
  "/algorithms/{entry}/history",
  "/algorithms/{revisedEntry}/history?from=1&to=2",
  "/algorithms/{entry}/feedback",
  "/organisations",
  "/organisations/{org}",
  "/suppliers",
  "/suppliers/{supplier}",
  "/your-data",
  "/your-data/categories/income-and-assets",
  "/your-data/life-events/moving-house",
  "/statistics",
  "/downloads",
  "/about",
  "/about/charter-and-dutch-model",
  "/about/how-to-file",
  "/about/privacy",
  "/about/accessibility",
  "/about/decisions",
  "/about/decisions/001-prisma-6-and-sqlite",
  "/does-not-exist",
  // A set-password link that cannot be used (the valid page is checked in accounts.test.ts, with a link from a mail).
  "/account/set-password/not-a-usable-link",
];

export const A11Y_STAFF_PAGES: Record<"editor" | "approver" | "reviewer" | "admin", string[]> = {
  editor: [
    "/dashboard",
    "/entries/new",
    "/entries/{entryId}",
    "/entries/{entryId}/edit",
    "/entries/new?template={entry}",
    "/suppliers/new?returnTo=/entries/{entryId}/edit%23section-procurement",
    // Back at a section after "Save draft" at its end, with the confirmation there.
    "/entries/{entryId}/edit?saved=1&section=risk",
    "/entries/{entryId}/translation",
    "/assessments",
    "/assessments/{assessmentId}",
    "/assessments/{draftAssessmentId}/part/1",
    "/assessments/{draftAssessmentId}/part/4",
    "/assessments/{draftAssessmentId}/aia",
    "/feedback",
    "/feedback/{threadId}",
    "/suppliers/new",
    "/account/notifications",
    "/account/password",
  ],
  approver: ["/dashboard", "/entries/{entryId}", "/entries/bulk", "/feedback", "/account/notifications"],
  // The staff page of a submission (preview as published) is checked here; with a diff, in approver-preview.test.ts.
  reviewer: [
    "/dashboard",
    "/assessments",
    "/assessments/{queuedAssessmentId}",
    "/assessments/{queuedAssessmentId}/review",
    "/entries/{submittedEntryId}",
    "/account/notifications",
  ],
  admin: [
    "/dashboard",
    "/entries/{submittedEntryId}",
    "/admin",
    "/admin/organisations",
    "/admin/users",
    "/admin/import",
    "/admin/outbox",
    "/entries/bulk",
    "/account/password",
  ],
};

export async function resolveDynamicPages(paths: string[]) {
  const db = new Database(inject("databaseUrl").replace(/^file:/, ""), { readonly: true });
  try {
    const one = <T>(sql: string) => db.prepare(sql).get() as T | undefined;
    const entry = one<{ id: string; publicId: string }>(
      `SELECT e.id, e.publicId FROM Entry e JOIN Organisation o ON o.id = e.organisationId WHERE e.state = 'published' AND o.slug = 'gemeente-lindewaard' ORDER BY e.createdAt LIMIT 1`,
    );
    const revised = one<{ publicId: string }>(
      `SELECT e.publicId FROM Entry e JOIN EntryVersion v ON v.entryId = e.id WHERE e.state = 'published' AND v.kind = 'published'
         AND e.id NOT IN (SELECT entryId FROM EntryVersion WHERE json_valid(data) = 0) GROUP BY e.id HAVING COUNT(*) >= 2 ORDER BY e.publicId LIMIT 1`,
    );
    const supplier = one<{ slug: string }>(`SELECT slug FROM Supplier ORDER BY name LIMIT 1`);
    const assessment = one<{ id: string }>(
      `SELECT a.id FROM Assessment a JOIN Entry e ON e.id = a.entryId JOIN Organisation o ON o.id = e.organisationId WHERE o.slug = 'gemeente-lindewaard' ORDER BY a.createdAt LIMIT 1`,
    );
    const draftAssessment = one<{ id: string }>(
      `SELECT a.id FROM Assessment a JOIN Entry e ON e.id = a.entryId JOIN Organisation o ON o.id = e.organisationId WHERE o.slug = 'gemeente-lindewaard' AND a.state = 'draft' LIMIT 1`,
    );
    const queuedAssessment = one<{ id: string }>(`SELECT id FROM Assessment WHERE state = 'submitted' LIMIT 1`);
    const submitted = one<{ id: string }>(`SELECT id FROM Entry WHERE state = 'submitted' ORDER BY createdAt LIMIT 1`);
    const thread = one<{ id: string }>(
      `SELECT f.id FROM FeedbackThread f JOIN Organisation o ON o.id = f.organisationId WHERE o.slug = 'gemeente-lindewaard' ORDER BY f.createdAt LIMIT 1`,
    );
    const values: Record<string, string | undefined> = {
      entry: entry?.publicId,
      entryId: entry?.id,
      revisedEntry: revised?.publicId,
      org: "gemeente-lindewaard",
      supplier: supplier?.slug,
      assessmentId: assessment?.id,
      draftAssessmentId: draftAssessment?.id,
      queuedAssessmentId: queuedAssessment?.id,
      threadId: thread?.id,
      submittedEntryId: submitted?.id,
    };
    return paths.map((p) =>
      p.replace(/\{(\w+)\}/g, (_m, key: string) => {
        const value = values[key];
        if (!value) throw new Error(`The demo database has no ${key} for ${p}`);
        return value;
      }),
    );
  } finally {
    db.close();
  }
}
