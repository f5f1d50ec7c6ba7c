import Database from "better-sqlite3";
import { inject } from "vitest";

/** Pages to check; `{entry}` and `{org}` are replaced with a published demo entry and organisation. */
export const A11Y_PUBLIC_PAGES = ["/", "/login", "/about", "/about/privacy", "/about/accessibility", "/about/decisions", "/does-not-exist"];

export const A11Y_STAFF_PAGES: Record<"editor" | "approver" | "reviewer" | "admin", string[]> = {
  editor: ["/dashboard"],
  approver: ["/dashboard"],
  reviewer: ["/dashboard"],
  admin: ["/dashboard", "/admin", "/admin/organisations", "/admin/users"],
};

export async function resolveDynamicPages(paths: string[]) {
  const file = inject("databaseUrl").replace(/^file:/, "");
  const db = new Database(file, { readonly: true });
  try {
    const entry = db.prepare(`SELECT e.id, e.publicId, o.slug FROM Entry e JOIN Organisation o ON o.id = e.organisationId WHERE e.state = 'published' AND o.slug = 'gemeente-lindewaard' LIMIT 1`).get() as { id: string; publicId: string; slug: string } | undefined;
    const draft = db.prepare(`SELECT e.id FROM Entry e JOIN Organisation o ON o.id = e.organisationId WHERE o.slug = 'gemeente-lindewaard' LIMIT 1`).get() as { id: string } | undefined;
    return paths
      .filter((p) => (!p.includes("{entry}") && !p.includes("{entryId}")) || entry)
      .filter((p) => !p.includes("{draftId}") || draft)
      .map((p) => p.replace("{entry}", entry?.publicId ?? "").replace("{entryId}", entry?.id ?? "").replace("{org}", entry?.slug ?? "").replace("{draftId}", draft?.id ?? ""));
  } finally {
    db.close();
  }
}
