import { describe, expect, it } from "vitest";
import { createDraft } from "~/entries/entries.server";
import { action as editAction, loader as editLoader } from "~/routes/entries.$id_.edit";
import { db } from "~/utils/db.server";
import { createOrgWithStaff } from "../support/entry-factories";
import { sessionFor } from "../support/factories";
import { call, dataOf, formRequest, getRequest, statusOf } from "../support/requests";

const locationOf = (thrown: unknown) => (thrown instanceof Response ? thrown.headers.get("Location") : null);

describe("saving the filing form from the end of a section", () => {
  it("saves the whole draft and comes back to that section with its confirmation", async () => {
    const { org, editor } = await createOrgWithStaff();
    const entry = await createDraft(editor, org.id, {});
    const cookie = await sessionFor(editor.id);
    const fields = { section: "procurement", name: "Match invoices", "procurement.inHouse": "false", "procurement.licence": "Proprietary" };
    const saved = await call(editAction, await formRequest(`/entries/${entry.id}/edit`, fields, { cookie }), { id: entry.id });
    expect(statusOf(saved.thrown)).toBe(302);
    const location = locationOf(saved.thrown)!;
    expect(location).toBe(`/entries/${entry.id}/edit?saved=1&section=procurement#section-procurement`);
    const stored = JSON.parse((await db.entry.findUniqueOrThrow({ where: { id: entry.id } })).draft);
    expect(stored).toMatchObject({ name: "Match invoices", procurement: { inHouse: false, licence: "Proprietary" } });

    const page = await call(editLoader, getRequest(location.split("#")[0], cookie), { id: entry.id });
    const d = dataOf<Awaited<ReturnType<typeof editLoader>>>(page.result);
    expect(d.section).toEqual({ id: "procurement", message: "Draft saved. You are back at “Procurement and suppliers”." });
    expect(d.notices["procurement.suppliers"]).toBeTruthy();
  });

  it("goes to the top of the form for the form's own button or a section it does not know", async () => {
    const { org, editor } = await createOrgWithStaff();
    const entry = await createDraft(editor, org.id, {});
    const cookie = await sessionFor(editor.id);
    const extras: Array<Record<string, string>> = [{ intent: "save" }, { section: "javascript:alert(1)" }, { section: "constructor" }];
    for (const extra of extras) {
      const saved = await call(editAction, await formRequest(`/entries/${entry.id}/edit`, { name: "Match invoices", ...extra }, { cookie }), { id: entry.id });
      expect(locationOf(saved.thrown)).toBe(`/entries/${entry.id}/edit?saved=1`);
    }
    const page = await call(editLoader, getRequest(`/entries/${entry.id}/edit?saved=1&section=toString`, cookie), { id: entry.id });
    expect(dataOf<Awaited<ReturnType<typeof editLoader>>>(page.result).section).toBeNull();
  });
});
