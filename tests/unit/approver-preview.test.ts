import { describe, expect, it } from "vitest";
import { createDraft, saveDraft, transition } from "~/entries/entries.server";
import type { EntryDraft } from "~/entries/entry-schema";
import { problem } from "~/i18n/problem";
import { action as staffAction, loader as staffLoader } from "~/routes/entries.$id";
import { loader as publicLoader } from "~/routes/algorithms.$id";
import { db } from "~/utils/db.server";
import { createOrgWithStaff, createPublishedEntry, validDocument } from "../support/entry-factories";
import { createUser, sessionFor } from "../support/factories";
import { call, dataOf, formRequest, getRequest, statusOf } from "../support/requests";

type StaffView = Awaited<ReturnType<typeof staffLoader>>;

async function staffView(entryId: string, userId: string) {
  const res = await call(staffLoader, getRequest(`/entries/${entryId}`, await sessionFor(userId)), { id: entryId });
  return dataOf<StaffView>(res.result);
}

async function approve(entryId: string, userId: string, fields: Record<string, string>) {
  return call(staffAction, await formRequest(`/entries/${entryId}`, { intent: "publish", ...fields }, { cookie: await sessionFor(userId) }), { id: entryId });
}

/** A published entry with a submitted change to it. */
async function submittedChange(first: Partial<EntryDraft>, next: Partial<EntryDraft>) {
  const staff = await createOrgWithStaff();
  const { entry } = await createPublishedEntry(first, staff);
  await saveDraft(staff.editor, entry.id, validDocument({ ...first, ...next }));
  const submitted = await transition(staff.editor, entry.id, "submit");
  if (!submitted.ok) throw new Error(JSON.stringify(submitted.errors));
  return { ...staff, entry };
}

describe("approver's review of a submission (entries/:id)", () => {
  it("shows a submitted change as a field-by-field diff against the published version and as the public page will render it", async () => {
    const { entry, approver } = await submittedChange(
      { goal: "Faster decisions on simple permits." },
      { goal: "Faster and fairer decisions on every permit." },
    );
    const view = await staffView(entry.id, approver.id);
    expect(view.actions).toContain("publish");
    expect(view.review?.nextVersion).toBe(2);
    const changes = view.review?.changes;
    expect(changes?.version).toBe(1);
    expect(changes?.diff.changes.map((c) => c.key)).toEqual(["goal"]);
    expect(changes?.diff.changes[0]).toMatchObject({ before: "Faster decisions on simple permits.", after: "Faster and fairer decisions on every permit." });
    expect(view.review?.preview.html.goal).toContain("Faster and fairer decisions on every permit.");
  });

  it("shows no diff for a first submission, and no review for an entry that is not submitted", async () => {
    const { org, editor, approver } = await createOrgWithStaff();
    const entry = await createDraft(editor, org.id, validDocument());
    expect((await staffView(entry.id, approver.id)).review).toBeNull();
    await transition(editor, entry.id, "submit");
    const view = await staffView(entry.id, approver.id);
    expect(view.review?.changes).toBeNull();
    expect(view.review?.nextVersion).toBe(1);
    expect(view.review?.preview.doc.name).toBe(validDocument().name);
  });

  it("previews withheld procurement details and restricted-section entries exactly as publication shows them", async () => {
    const secret = "CONTRACT-REF-4711";
    const cases: Partial<EntryDraft>[] = [
      {
        procurement: {
          inHouse: true,
          suppliers: [],
          contractReference: secret,
          withheld: [{ field: "contractReference", reason: "Commercially sensitive", legalGround: "Open Government Act 5.1" }],
        },
      },
      { euAiAct: { restrictedSection: true }, humanIntervention: `Officers check ${secret}.` },
    ];
    for (const doc of cases) {
      const { org, editor, approver } = await createOrgWithStaff();
      const entry = await createDraft(editor, org.id, validDocument(doc));
      const submitted = await transition(editor, entry.id, "submit");
      expect(submitted).toMatchObject({ ok: true });
      const review = (await staffView(entry.id, approver.id)).review!;
      expect(JSON.stringify(review)).not.toContain(secret);

      const ok = await approve(entry.id, approver.id, { revision: (await staffView(entry.id, approver.id)).revision });
      expect(statusOf(ok.thrown)).toBe(302);
      const publicId = (await db.entry.findUniqueOrThrow({ where: { id: entry.id } })).publicId;
      const page = dataOf<Awaited<ReturnType<typeof publicLoader>>>((await call(publicLoader, getRequest(`/algorithms/${publicId}`), { id: publicId })).result);
      // What the approver saw is what the public now sees.
      expect(review.preview.doc).toEqual(page.doc);
      expect(review.preview.html).toEqual(page.html);
      expect(review.preview.procurement).toEqual(page.procurement);
      expect(review.preview.risk).toEqual(page.risk);
    }
  });

  it("shows the editor their submitted entry read-only, with the same preview", async () => {
    const { entry, editor } = await submittedChange({}, { descriptionShort: "Sorts permit applications so urgent ones come first." });
    const view = await staffView(entry.id, editor.id);
    expect(view.canEdit).toBe(false);
    expect(view.actions).toEqual(["withdraw"]);
    expect(view.review?.preview.doc.descriptionShort).toBe("Sorts permit applications so urgent ones come first.");
    expect(view.review?.changes?.diff.changes.map((c) => c.key)).toEqual(["descriptionShort"]);
    // Reviewers of the oversight body read the submission too, without any action.
    const reviewer = await createUser("reviewer");
    const seen = await staffView(entry.id, reviewer.id);
    expect(seen.actions).toEqual([]);
    expect(seen.review?.preview.doc.descriptionShort).toBe("Sorts permit applications so urgent ones come first.");
  });
});

describe("approving only what was reviewed", () => {
  it("refuses to publish a submission that changed after the approver loaded the page, then publishes once reviewed again", async () => {
    const { entry, editor, approver } = await submittedChange({ name: "Version one" }, { name: "Version two" });
    const seen = await staffView(entry.id, approver.id);

    // Meanwhile the editor withdraws, changes the entry and submits it again.
    await transition(editor, entry.id, "withdraw");
    await saveDraft(editor, entry.id, validDocument({ name: "Version two", goal: "A goal the approver has not seen." }));
    await transition(editor, entry.id, "submit");

    const stale = await approve(entry.id, approver.id, { changeNote: "Renamed", revision: seen.revision });
    expect(statusOf(stale.result)).toBe(400);
    expect(dataOf<{ errors: Record<string, string> }>(stale.result).errors._form).toBe(problem("entries.submissionChanged"));
    expect(await db.entryVersion.count({ where: { entryId: entry.id } })).toBe(1);
    expect((await db.entry.findUniqueOrThrow({ where: { id: entry.id } })).state).toBe("submitted");

    const again = await staffView(entry.id, approver.id);
    expect(again.revision).not.toBe(seen.revision);
    expect(again.review?.changes?.diff.changes.map((c) => c.key)).toEqual(["name", "goal"]);
    const ok = await approve(entry.id, approver.id, { changeNote: "Renamed and a new goal", revision: again.revision });
    expect(statusOf(ok.thrown)).toBe(302);
    expect(await db.entryVersion.count({ where: { entryId: entry.id } })).toBe(2);
  });

  it("refuses a hand-made approval without the reviewed revision", async () => {
    const { org, editor, approver } = await createOrgWithStaff();
    const entry = await createDraft(editor, org.id, validDocument());
    await transition(editor, entry.id, "submit");
    for (const fields of [{}, { revision: "made-up" }] as Record<string, string>[]) {
      const res = await approve(entry.id, approver.id, fields);
      expect(statusOf(res.result)).toBe(400);
      expect(dataOf<{ errors: Record<string, string> }>(res.result).errors._form).toBe(problem("entries.submissionChanged"));
    }
    expect((await db.entry.findUniqueOrThrow({ where: { id: entry.id } })).state).toBe("submitted");
  });

  it("keeps the same revision while nothing changes, so reloading the page does not invalidate it", async () => {
    const { entry, approver } = await submittedChange({}, { goal: "A new goal." });
    const a = await staffView(entry.id, approver.id);
    const b = await staffView(entry.id, approver.id);
    expect(a.revision).toBe(b.revision);
    expect(a.revision).toMatch(/^[\w-]{32}$/);
  });
});
