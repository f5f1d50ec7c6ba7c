/**
 * The filing API's rules without HTTP (tests/unit/filing-api.test.ts goes through the routes with real
 * tokens): idempotent filing by source id, If-Match, the organisation boundary, and the workflow's own
 * problems as pointers. Real database, real domain functions.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { actorFor, type FilingClient } from "~/api/filing-actor.server";
import { fileDraft, ownEntry, takeStep, updateDraft, versionToken } from "~/api/filing.server";
import { FilingProblem, pointerOf } from "~/api/filing-problem";
import { createDraft, transition } from "~/entries/entries.server";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import { db } from "~/utils/db.server";
import { createOrgWithStaff, validDocument } from "../support/entry-factories";

let orgA: Awaited<ReturnType<typeof createOrgWithStaff>>;
let orgB: Awaited<ReturnType<typeof createOrgWithStaff>>;
let writer: FilingClient;
let publisher: FilingClient;
let other: FilingClient;

beforeAll(async () => {
  orgA = await createOrgWithStaff();
  orgB = await createOrgWithStaff();
  writer = {
    clientId: "client-writer",
    clientName: "Inventory sync",
    organisationId: orgA.org.id,
    scopes: ["entries:read", "entries:write", "entries:submit"],
  };
  publisher = { ...writer, clientId: "client-publisher", scopes: [...writer.scopes, "entries:publish"] };
  other = { ...writer, clientId: "client-other", organisationId: orgB.org.id };
});

async function problemOf(work: Promise<unknown>): Promise<FilingProblem> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FilingProblem);
  return error as FilingProblem;
}

describe("filing by source id", () => {
  it("creates once and updates the same draft when the same source id is filed again", async () => {
    const first = await fileDraft(writer, { ...validDocument({ name: "Parking permits" }), source_id: "INV-1" });
    expect(first.created).toBe(true);
    const again = await fileDraft(writer, { ...validDocument({ name: "Parking permits v2" }), source_id: "INV-1" });
    expect(again).toEqual({ created: false, publicId: first.publicId });
    const rows = await db.entry.findMany({ where: { organisationId: orgA.org.id, sourceId: "INV-1" }, select: { name: true, sourceSystem: true } });
    expect(rows).toEqual([{ name: "Parking permits v2", sourceSystem: `own:${orgA.org.id}` }]);
  });

  it("keeps source ids apart per organisation", async () => {
    const a = await fileDraft(writer, { ...validDocument(), source_id: "SHARED-7" });
    const b = await fileDraft(other, { ...validDocument(), source_id: "SHARED-7" });
    expect(b.created).toBe(true);
    expect(b.publicId).not.toBe(a.publicId);
  });

  it("stores nothing and names every wrong value by its pointer", async () => {
    const before = await db.entry.count();
    const problem = await problemOf(fileDraft(writer, { name: "x".repeat(600), themes: ["no-such-theme"], colour: "red", source_id: "" }));
    expect(problem.status).toBe(422);
    const t = textFor("en");
    const shown = Object.fromEntries(Object.entries(problem.errors).map(([field, message]) => [pointerOf(field), showProblem(t, message)]));
    expect(shown).toMatchObject({
      "/name": "Use 100 characters or fewer",
      "/colour": "Not a field of an entry",
      "/source_id": "A source id is text of 1 to 200 characters",
    });
    expect(Object.keys(shown)).toContain("/themes/0");
    expect(await db.entry.count()).toBe(before);
  });
});

describe("If-Match", () => {
  it("refuses a stale version token and saves with the current one", async () => {
    const { publicId } = await fileDraft(writer, validDocument({ name: "Waste collection routes" }));
    const token = versionToken(await ownEntry(writer, publicId));
    await updateDraft(writer, publicId, validDocument({ name: "Waste collection routes (2)" }), `"${token}"`);
    const stale = await problemOf(updateDraft(writer, publicId, validDocument({ name: "Lost update" }), `"${token}"`));
    expect(stale.status).toBe(412);
    expect((await ownEntry(writer, publicId)).name).toBe("Waste collection routes (2)");
    expect((await problemOf(updateDraft(writer, publicId, validDocument(), null))).status).toBe(428);
  });
});

describe("the organisation boundary", () => {
  it("answers not found for another organisation's entry, whatever the step", async () => {
    const theirs = await createDraft(orgB.editor, orgB.org.id, validDocument());
    for (const work of [
      ownEntry(writer, theirs.publicId),
      updateDraft(writer, theirs.publicId, validDocument(), "*"),
      takeStep(publisher, theirs.publicId, "submit", {}),
    ]) {
      expect((await problemOf(work)).status).toBe(404);
    }
    expect((await db.entry.findUniqueOrThrow({ where: { id: theirs.id } })).state).toBe("draft");
  });
});

describe("the workflow through the API", () => {
  it("reports what the standard still asks for, then submits, publishes and records the client", async () => {
    const { publicId } = await fileDraft(writer, { name: "Benefit fraud signals" });
    const refused = await problemOf(takeStep(writer, publicId, "submit", {}));
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.errors).map(pointerOf)).toContain("/descriptionShort");
    await updateDraft(writer, publicId, validDocument({ name: "Benefit fraud signals" }), "*");
    expect(await takeStep(writer, publicId, "submit", {})).toMatchObject({ ok: true, state: "submitted" });
    expect((await problemOf(takeStep(writer, publicId, "submit", {}))).status).toBe(409);
    expect(await takeStep(publisher, publicId, "publish", {})).toMatchObject({ ok: true, state: "published", versionNumber: 1 });
    const version = await db.entryVersion.findFirstOrThrow({ where: { entry: { publicId } } });
    expect(version.publishedById).toBeNull();
  });

  it("acts as an editor without entries:publish and as an approver with it", async () => {
    expect(actorFor(writer).role).toBe("editor");
    expect(actorFor(publisher).role).toBe("approver");
    const { publicId } = await fileDraft(writer, validDocument());
    await takeStep(writer, publicId, "submit", {});
    const entry = await ownEntry(writer, publicId);
    await expect(transition(actorFor(writer), entry.id, "publish")).rejects.toMatchObject({ status: 403 });
  });
});
