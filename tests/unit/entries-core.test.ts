import { describe, expect, it } from "vitest";
import { createDraft, getPublishedEntry, saveDraft, transition } from "~/entries/entries.server";
import { db } from "~/utils/db.server";
import { createOrgWithStaff, createPublishedEntry, validDocument } from "../support/entry-factories";
import { searchHits } from "../support/search-hits";

describe("entry workflow core", () => {
  it("publishes through draft → submitted → published and indexes the version", async () => {
    const { entry } = await createPublishedEntry({ name: "Predict water levels", tags: ["flood"] });
    const pub = await getPublishedEntry(entry.publicId);
    expect(pub?.doc.name).toBe("Predict water levels");
    expect(pub?.version.number).toBe(1);
    expect(entry.publicId).toMatch(/^\d{8}$/);
    expect(await searchHits("water")).toContain(entry.id);
    expect(await db.entryFacet.count({ where: { entryId: entry.id, facet: "category", value: "B" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entryId: entry.id } })).toBeGreaterThanOrEqual(3);
  });

  it("keeps the public page on the last version while a new draft is edited", async () => {
    const { entry, editor } = await createPublishedEntry({ name: "Version one" });
    await saveDraft(editor, entry.id, validDocument({ name: "Version two draft" }));
    expect((await getPublishedEntry(entry.publicId))?.doc.name).toBe("Version one");
  });

  it("does not let an editor publish or touch another organisation", async () => {
    const a = await createOrgWithStaff();
    const b = await createOrgWithStaff();
    const entry = await createDraft(a.editor, a.org.id, validDocument());
    await transition(a.editor, entry.id, "submit");
    await expect(transition(a.editor, entry.id, "publish")).rejects.toMatchObject({ status: 403 });
    await expect(transition(b.approver, entry.id, "publish")).rejects.toMatchObject({ status: 403 });
    await expect(saveDraft(b.editor, entry.id, validDocument())).rejects.toMatchObject({ status: 403 });
  });

  it("refuses to change a published version", async () => {
    const { entry } = await createPublishedEntry();
    // The trigger aborts the write (the driver reports it as a constraint violation).
    await expect(db.entryVersion.updateMany({ where: { entryId: entry.id }, data: { changeNote: "tampered" } })).rejects.toThrow();
    const raw = await db.entryVersion.findMany({ where: { entryId: entry.id }, select: { changeNote: true } });
    expect(raw[0].changeNote).toBe("First publication");
  });
});

describe("restricted section (EU AI Act art. 49(4))", () => {
  it("publishes only identifying fields of a restricted entry", async () => {
    const { entry } = await createPublishedEntry({
      name: "Rank border checks",
      technicalOperation: "Gradient boosted trees on passenger records",
      publicationCategory: "A",
      euAiAct: { highRisk: true, annexIIIArea: "migration_asylum_border", restrictedSection: true },
    } as never);
    const pub = await getPublishedEntry(entry.publicId);
    expect(pub?.doc.name).toBe("Rank border checks");
    expect(pub?.doc.technicalOperation).toBeUndefined();
    expect(JSON.stringify(pub)).not.toContain("Gradient boosted");
  });
});

describe("restricted section in search and exports", () => {
  it("keeps restricted details out of the full-text index, facets and bulk exports", async () => {
    const { entry } = await createPublishedEntry({
      name: "Score visa applications",
      technicalOperation: "Zyxwvut secret model on passenger records",
      publicationCategory: "A",
      dataDeclarations: [
        { name: "Travel history", source: "another-agency", personalData: "identifiable", categories: ["location-and-movement"], use: "deciding" },
      ],
      euAiAct: { highRisk: true, annexIIIArea: "migration_asylum_border", restrictedSection: true },
    } as never);
    expect(await searchHits("zyxwvut")).toEqual([]);
    expect(await db.entryFacet.count({ where: { entryId: entry.id, facet: "data_category" } })).toBe(0);
    const { currentVersionRows, allVersionRows } = await import("~/exports/export-rows.server");
    for (const rows of [await currentVersionRows(), await allVersionRows()]) {
      const row = rows.find((r) => r.publicId === entry.publicId);
      expect(row).toBeDefined();
      expect(JSON.stringify(row)).not.toContain("Zyxwvut");
    }
  });
});
