import { describe, expect, it } from "vitest";
import { seedDemo } from "~/demo/seed.server";
import { parseDocument, reviewStatus } from "~/entries/entries.server";
import { validateForSubmit } from "~/entries/entry-schema";
import { db } from "~/utils/db.server";

describe("demo seed of entries", () => {
  it("files at least 25 entries through the workflow, in every state, with histories and review reminders", { timeout: 120_000 }, async () => {
    const started = Date.now();
    await seedDemo({ log: () => {} });
    console.log(`demo seed took ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const entries = await db.entry.findMany({ select: { id: true, state: true, reviewDueAt: true, organisationId: true, currentVersion: { select: { data: true } }, _count: { select: { versions: true } } } });
    expect(entries.length).toBeGreaterThanOrEqual(25);
    expect(new Set(entries.map((e) => e.state))).toEqual(new Set(["draft", "submitted", "changes_requested", "published", "archived"]));
    // Organisations without demo accounts have entries too.
    expect(new Set(entries.map((e) => e.organisationId)).size).toBe(await db.organisation.count());

    const published = entries.filter((e) => e.state === "published");
    expect(published.filter((e) => e._count.versions === 2).length).toBeGreaterThanOrEqual(3);
    for (const e of published) expect(validateForSubmit(parseDocument(e.currentVersion?.data)).errors).toEqual({});
    const reminders = published.map((e) => reviewStatus(e.reviewDueAt));
    expect(reminders.filter((r) => r === "overdue")).toHaveLength(2);
    expect(reminders.filter((r) => r === "due_soon")).toHaveLength(2);

    expect(await db.auditLog.count({ where: { action: "entry.request_changes" } })).toBeGreaterThanOrEqual(1);
    expect(await db.entryVersion.count({ where: { kind: "archived" } })).toBeGreaterThanOrEqual(1);
    const revised = await db.entryVersion.findFirst({ where: { number: 2, kind: "published" }, select: { changeNote: true } });
    expect(revised?.changeNote).not.toBe("");
  });
});
