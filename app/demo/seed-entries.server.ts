/**
 * Demo entries, filed and moved to their state through the real workflow (createDraft → submit →
 * publish, request_changes, archive), so versions, audit records and the search index are genuine.
 */
import { DEMO_ENTRIES, DEMO_ORGANISATIONS, type DemoEntry } from "~content/demo/entries";
import { addMonths, createDraft, saveDraft, transition, type Actor } from "~/entries/entries.server";
import { findOrCreateSupplier } from "~/procurement/suppliers.server";
import { db } from "~/utils/db.server";
import { demoEntryDocument } from "./demo-entry-document";
import { DEMO_USERS } from "./demo-users";

type Staff = { editor: Actor; approver: Actor };
const DAY = 86_400_000;

/** Second versions, so the history page has diffs to show: nth published entry → what changed. */
const REVISIONS: Record<number, { change: (doc: ReturnType<typeof demoEntryDocument>) => void; note: string }> = {
  0: { change: (d) => void (d.decisionsPerYear = 428000), note: "Updated the number of checks per year with the figures for last year." },
  1: {
    change: (d) =>
      void (d.humanIntervention =
        d.language === "nld"
          ? `${d.humanIntervention} Sinds dit jaar controleert een tweede behandelaar elke maand een steekproef van de gesorteerde aanvragen.`
          : `${d.humanIntervention} Since this year a second case officer reviews a sample of the sorted applications every month.`),
    note: "Added the monthly sample check by a second case officer.",
  },
  6: { change: (d) => void (d.tags = [...(d.tags ?? []), "review"]), note: "Added a search word." },
  11: {
    change: (d) =>
      void (d.risks =
        `${d.risks ?? ""} ${d.language === "nld" ? "Een externe audit in het voorjaar vond geen systematische fouten." : "An external audit in the spring found no systematic errors."}`.trim()),
    note: "Added the outcome of the external audit.",
  },
};

export async function seedDemoEntries({ orgIds, userIds }: { orgIds: Map<string, string>; userIds: Map<string, string> }): Promise<number> {
  const staff = staffByOrganisation(orgIds, userIds);
  const now = Date.now();
  const publishedIds: string[] = [];
  let count = 0;
  for (const [index, e] of DEMO_ENTRIES.entries()) {
    const people = staff.get(e.org);
    if (!people) throw new Error(`Demo entry "${e.name}" names an unknown organisation ${e.org}`);
    const supplierId = e.supplier
      ? (await findOrCreateSupplier({ name: e.supplier.name, scheme: e.supplier.scheme, identifier: e.supplier.id, country: e.supplier.country })).id
      : undefined;
    const doc = demoEntryDocument(e, supplierId);
    const entry = await createDraft(people.editor, people.approver.organisationId!, doc);
    count++;
    if (e.state === "draft") continue;
    await step(e, transition(people.editor, entry.id, "submit"));
    if (e.state === "submitted") continue;
    if (e.state === "changes_requested") {
      await step(
        e,
        transition(people.approver, entry.id, "request_changes", {
          comment: "Please explain in plain language how people can object, and add the retention period of the data.",
        }),
      );
      continue;
    }
    // Published some months ago, spread over the last year; revisions and retirements come later.
    const publishedAt = new Date(now - (330 - (index % 11) * 25) * DAY);
    await step(e, transition(people.approver, entry.id, "publish", { changeNote: "First publication" }, publishedAt));
    const revision = e.state === "published" ? REVISIONS[publishedIds.length] : undefined;
    if (revision) {
      revision.change(doc);
      await saveDraft(people.editor, entry.id, doc);
      await step(e, transition(people.editor, entry.id, "submit"));
      await step(e, transition(people.approver, entry.id, "publish", { changeNote: revision.note }, new Date(publishedAt.getTime() + 40 * DAY)));
    }
    if (e.state === "archived") {
      await step(
        e,
        transition(people.approver, entry.id, "archive", { comment: "The algorithm is no longer used." }, new Date(publishedAt.getTime() + 60 * DAY)),
      );
    }
    if (e.state === "published") publishedIds.push(entry.id);
  }
  await setReviewReminders(publishedIds, new Date(now));
  return count;
}

/** Two published entries overdue for review and two due within 30 days, so reminders show on dashboards. */
async function setReviewReminders(publishedIds: string[], now: Date) {
  const dates = [new Date(now.getTime() - 20 * DAY), new Date(now.getTime() - 3 * DAY), new Date(now.getTime() + 10 * DAY), new Date(now.getTime() + 25 * DAY)];
  // Spread over organisations: take every third published entry.
  for (const [i, due] of dates.entries()) {
    const id = publishedIds[i * 3 + 2];
    if (id) await db.entry.update({ where: { id }, data: { reviewDueAt: due, lastReviewedAt: addMonths(due, -12) } });
  }
}

async function step(e: DemoEntry, result: ReturnType<typeof transition>) {
  const r = await result;
  if (!r.ok) throw new Error(`Demo entry "${e.name}" could not move to ${e.state}: ${JSON.stringify(r.errors)}`);
}

/**
 * Each organisation's demo editor and approver; organisations without demo accounts are handled
 * by an internal system actor (the admin's id, acting as that organisation's approver).
 */
function staffByOrganisation(orgIds: Map<string, string>, userIds: Map<string, string>): Map<string, Staff> {
  const adminId = userIds.get(DEMO_USERS.find((u) => u.role === "admin")!.email)!;
  const out = new Map<string, Staff>();
  for (const org of DEMO_ORGANISATIONS) {
    const organisationId = orgIds.get(org.slug)!;
    const person = (role: "editor" | "approver"): Actor | undefined => {
      const u = DEMO_USERS.find((x) => x.org === org.slug && x.role === role);
      return u ? { id: userIds.get(u.email)!, role, organisationId } : undefined;
    };
    const system: Actor = { id: adminId, role: "approver", organisationId };
    const approver = person("approver") ?? system;
    out.set(org.slug, { editor: person("editor") ?? approver, approver });
  }
  return out;
}
