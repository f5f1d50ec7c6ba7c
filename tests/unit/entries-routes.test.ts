import { join } from "node:path";
import { UNSAFE_flatRoutes as flatRoutes } from "@remix-run/dev";
import { matchRoutes } from "@remix-run/router";
import { describe, expect, it } from "vitest";
import { entriesPanel } from "~/dashboard/entries-panel.server";
import { createDraft, saveDraft, transition } from "~/entries/entries.server";
import { action as editAction, loader as editLoader } from "~/routes/entries.$id_.edit";
import { action as staffAction, loader as staffLoader } from "~/routes/entries.$id";
import { action as newAction } from "~/routes/entries.new";
import { loader as publicLoader } from "~/routes/algorithms.$id";
import { loader as jsonLoader } from "~/routes/algorithms.$id[.json]";
import { loader as historyLoader } from "~/routes/algorithms.$id_.history";
import { getSessionUser } from "~/auth/session.server";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import { db } from "~/utils/db.server";
import { createOrgWithStaff, createPublishedEntry, validDocument } from "../support/entry-factories";
import { createUser, sessionFor } from "../support/factories";
import { ROOT } from "../support/paths";
import { call, dataOf, formRequest, getRequest, statusOf } from "../support/requests";

const locationOf = (thrown: unknown) => (thrown instanceof Response ? thrown.headers.get("Location") : null);

/** Form fields for a document that passes the submit schema. */
const validFields = {
  name: "Sort permit applications",
  descriptionShort: "Sorts permit applications by urgency.",
  "lifecycle.status": "in_use",
  publicationCategory: "C",
  contact: "algorithms@municipality.example",
  language: "eng",
};

describe("filing form (entries/:id/edit)", () => {
  it("saves a draft with invalid input and gives it back, with the problems as notices", async () => {
    const { org, editor } = await createOrgWithStaff();
    const entry = await createDraft(editor, org.id, {});
    const cookie = await sessionFor(editor.id);
    const fields = {
      intent: "save",
      name: "Half-finished",
      decisionsPerYear: "about a thousand",
      contact: "jan.jansen@municipality.example",
      "lawfulBasisLinks.0.title": "Housing Act",
      "lawfulBasisLinks.0.link": "not a url",
    };
    const saved = await call(editAction, await formRequest(`/entries/${entry.id}/edit`, fields, { cookie }), { id: entry.id });
    expect(statusOf(saved.thrown)).toBe(302);
    expect(locationOf(saved.thrown)).toBe(`/entries/${entry.id}/edit?saved=1`);

    const page = await call(editLoader, getRequest(`/entries/${entry.id}/edit?saved=1`, cookie), { id: entry.id });
    const d = dataOf<Awaited<ReturnType<typeof editLoader>>>(page.result);
    expect(d.defaults.name).toBe("Half-finished");
    expect(d.defaults.decisionsPerYear).toBe("about a thousand");
    expect(d.defaults.lawfulBasisLinks).toEqual([{ title: "Housing Act", link: "not a url" }]);
    expect(showProblem(textFor("en"), d.notices.decisionsPerYear)).toMatch(/number/);
    expect(showProblem(textFor("en"), d.notices["lawfulBasisLinks.0.link"])).toMatch(/https/);
    expect(showProblem(textFor("en"), d.notices.contact)).toMatch(/team email/);
    expect(d.notices.descriptionShort).toBeTruthy();
  });

  it("answers 400 with field errors and the values when submitting an incomplete entry, and keeps the draft", async () => {
    const { org, editor } = await createOrgWithStaff();
    const entry = await createDraft(editor, org.id, {});
    const cookie = await sessionFor(editor.id);
    const res = await call(
      editAction,
      await formRequest(`/entries/${entry.id}/edit`, { intent: "submit", name: "Only a name", "lifecycle.beganOn": "March" }, { cookie }),
      { id: entry.id },
    );
    expect(statusOf(res.result)).toBe(400);
    const body = dataOf<{ errors: Record<string, string>; values: { name: string; lifecycle: { beganOn: string } } }>(res.result);
    expect(showProblem(textFor("en"), body.errors.descriptionShort)).toBe("Enter a short description");
    expect(showProblem(textFor("en"), body.errors["lifecycle.beganOn"])).toMatch(/YYYY-MM/);
    expect(body.values.name).toBe("Only a name");
    expect(body.values.lifecycle.beganOn).toBe("March");
    const row = await db.entry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(row.state).toBe("draft");
    expect(JSON.parse(row.draft).name).toBe("Only a name");
  });

  it("submits a complete entry for approval", async () => {
    const { org, editor } = await createOrgWithStaff();
    const entry = await createDraft(editor, org.id, {});
    const cookie = await sessionFor(editor.id);
    const res = await call(
      editAction,
      await formRequest(
        `/entries/${entry.id}/edit`,
        { ...validFields, intent: "submit", themes: ["housing", "law"], selfLearning: ["false", "true"] },
        { cookie },
      ),
      { id: entry.id },
    );
    expect(locationOf(res.thrown)).toBe(`/entries/${entry.id}?done=submit`);
    const row = await db.entry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(row.state).toBe("submitted");
    expect(JSON.parse(row.draft)).toMatchObject({ themes: ["housing", "law"], selfLearning: true });
  });

  it("refuses an editor of another organisation (403) on the form and its action", async () => {
    const a = await createOrgWithStaff();
    const b = await createOrgWithStaff();
    const entry = await createDraft(a.editor, a.org.id, validDocument());
    const cookie = await sessionFor(b.editor.id);
    expect(statusOf((await call(editLoader, getRequest(`/entries/${entry.id}/edit`, cookie), { id: entry.id })).thrown)).toBe(403);
    expect(statusOf((await call(staffLoader, getRequest(`/entries/${entry.id}`, cookie), { id: entry.id })).thrown)).toBe(403);
    const post = await call(editAction, await formRequest(`/entries/${entry.id}/edit`, { intent: "save", name: "Hijacked" }, { cookie }), { id: entry.id });
    expect(statusOf(post.thrown)).toBe(403);
    expect(JSON.parse((await db.entry.findUniqueOrThrow({ where: { id: entry.id } })).draft).name).toBe(validDocument().name);
  });

  it("lets a reviewer read a draft but not edit it", async () => {
    const { org, editor } = await createOrgWithStaff();
    const reviewer = await createUser("reviewer");
    const entry = await createDraft(editor, org.id, validDocument());
    const cookie = await sessionFor(reviewer.id);
    const view = await call(staffLoader, getRequest(`/entries/${entry.id}`, cookie), { id: entry.id });
    expect(dataOf<{ canEdit: boolean; actions: string[] }>(view.result)).toMatchObject({ canEdit: false, actions: [] });
    expect(statusOf((await call(editLoader, getRequest(`/entries/${entry.id}/edit`, cookie), { id: entry.id })).thrown)).toBe(403);
  });
});

describe("workflow actions (entries/:id)", () => {
  it("does not let an editor publish through the action, even with a hand-made post", async () => {
    const { org, editor } = await createOrgWithStaff();
    const entry = await createDraft(editor, org.id, validDocument());
    await transition(editor, entry.id, "submit");
    const cookie = await sessionFor(editor.id);
    const view = dataOf<{ actions: string[] }>((await call(staffLoader, getRequest(`/entries/${entry.id}`, cookie), { id: entry.id })).result);
    expect(view.actions).toEqual(["withdraw"]);
    const res = await call(staffAction, await formRequest(`/entries/${entry.id}`, { intent: "publish" }, { cookie }), { id: entry.id });
    expect(statusOf(res.thrown)).toBe(403);
    expect((await db.entry.findUniqueOrThrow({ where: { id: entry.id } })).state).toBe("submitted");
  });

  it("requires a comment to request changes, then records it in the audit trail", async () => {
    const { org, editor, approver } = await createOrgWithStaff();
    const entry = await createDraft(editor, org.id, validDocument());
    await transition(editor, entry.id, "submit");
    const cookie = await sessionFor(approver.id);
    const missing = await call(staffAction, await formRequest(`/entries/${entry.id}`, { intent: "request_changes", comment: " " }, { cookie }), {
      id: entry.id,
    });
    expect(statusOf(missing.result)).toBe(400);
    expect(showProblem(textFor("en"), dataOf<{ errors: Record<string, string> }>(missing.result).errors.comment)).toBe("Explain what needs to change");
    const ok = await call(staffAction, await formRequest(`/entries/${entry.id}`, { intent: "request_changes", comment: "Add the legal basis" }, { cookie }), {
      id: entry.id,
    });
    expect(locationOf(ok.thrown)).toBe(`/entries/${entry.id}?done=request_changes`);
    const view = dataOf<{ trail: Array<{ action: string; comment: string | null; actor: string }> }>(
      (await call(staffLoader, getRequest(`/entries/${entry.id}`, cookie), { id: entry.id })).result,
    );
    expect(view.trail.at(-1)).toMatchObject({ action: "entry.request_changes", comment: "Add the legal basis", actor: approver.name });
  });

  it("lets the approver publish with a change note", async () => {
    const { org, editor, approver } = await createOrgWithStaff();
    const entry = await createDraft(editor, org.id, validDocument());
    await transition(editor, entry.id, "submit");
    const cookie = await sessionFor(approver.id);
    const tooLong = await call(staffAction, await formRequest(`/entries/${entry.id}`, { intent: "publish", changeNote: "x".repeat(501) }, { cookie }), {
      id: entry.id,
    });
    expect(statusOf(tooLong.result)).toBe(400);
    // The problem is reported on the change note, the field the publish form has.
    expect(dataOf<{ intent: string; errors: Record<string, string> }>(tooLong.result)).toMatchObject({
      intent: "publish",
      errors: { changeNote: expect.any(String) },
    });
    const { revision } = dataOf<{ revision: string }>((await call(staffLoader, getRequest(`/entries/${entry.id}`, cookie), { id: entry.id })).result);
    const res = await call(staffAction, await formRequest(`/entries/${entry.id}`, { intent: "publish", changeNote: "First version", revision }, { cookie }), {
      id: entry.id,
    });
    expect(locationOf(res.thrown)).toBe(`/entries/${entry.id}?done=publish`);
    expect((await db.entryVersion.findFirstOrThrow({ where: { entryId: entry.id } })).changeNote).toBe("First version");
  });
  it("does not offer the editor's 'Withdraw submission' to the approver", async () => {
    const { org, editor, approver } = await createOrgWithStaff();
    const entry = await createDraft(editor, org.id, validDocument());
    await transition(editor, entry.id, "submit");
    const view = dataOf<{ actions: string[] }>(
      (await call(staffLoader, getRequest(`/entries/${entry.id}`, await sessionFor(approver.id)), { id: entry.id })).result,
    );
    expect(view.actions).toEqual(["request_changes", "publish"]);
  });

  it("requires a change note for every version after the first", async () => {
    const staff = await createOrgWithStaff();
    const { entry } = await createPublishedEntry({ name: "Version one" }, staff);
    await saveDraft(staff.editor, entry.id, validDocument({ name: "Version two" }));
    await transition(staff.editor, entry.id, "submit");
    const cookie = await sessionFor(staff.approver.id);
    const { revision } = dataOf<{ revision: string }>((await call(staffLoader, getRequest(`/entries/${entry.id}`, cookie), { id: entry.id })).result);
    const missing = await call(staffAction, await formRequest(`/entries/${entry.id}`, { intent: "publish", changeNote: "  ", revision }, { cookie }), {
      id: entry.id,
    });
    expect(statusOf(missing.result)).toBe(400);
    expect(showProblem(textFor("en"), dataOf<{ errors: Record<string, string> }>(missing.result).errors.changeNote)).toMatch(/Describe what changed/);
    expect(await db.entryVersion.count({ where: { entryId: entry.id } })).toBe(1);
    const ok = await call(staffAction, await formRequest(`/entries/${entry.id}`, { intent: "publish", changeNote: "Renamed", revision }, { cookie }), {
      id: entry.id,
    });
    expect(locationOf(ok.thrown)).toBe(`/entries/${entry.id}?done=publish`);
  });
});

describe("new entry from a template", () => {
  it("copies a published entry without its suppliers, contact or tags, for the user's own organisation", async () => {
    const source = await createPublishedEntry({ name: "Predict water levels", tags: ["flood"], goal: "Warn in time." });
    const mine = await createOrgWithStaff();
    const cookie = await sessionFor(mine.editor.id);
    const res = await call(
      newAction,
      await formRequest("/entries/new", { organisationId: mine.org.id, start: "template", template: source.entry.publicId }, { cookie }),
    );
    const location = locationOf(res.thrown)!;
    expect(location).toMatch(/^\/entries\/.+\/edit$/);
    const created = await db.entry.findUniqueOrThrow({ where: { id: location.split("/")[2] } });
    expect(created).toMatchObject({ organisationId: mine.org.id, copiedFromId: source.entry.id, name: "Predict water levels (copy)" });
    const doc = JSON.parse(created.draft);
    expect(doc.goal).toBe("Warn in time.");
    expect(doc.contact).toBeUndefined();
    expect(doc.tags ?? []).toEqual([]);

    const other = await call(newAction, await formRequest("/entries/new", { organisationId: source.org.id, start: "empty" }, { cookie }));
    expect(statusOf(other.thrown)).toBe(403);
  });
});

describe("public pages", () => {
  it("never shows a draft: 404 before publication, version 1 while a second draft is edited", async () => {
    const { org, editor, approver } = await createOrgWithStaff();
    const entry = await createDraft(editor, org.id, validDocument({ name: "Secret draft" }));
    expect(statusOf((await call(publicLoader, getRequest(`/algorithms/${entry.publicId}`), { id: entry.publicId })).thrown)).toBe(404);
    await transition(editor, entry.id, "submit");
    expect(statusOf((await call(publicLoader, getRequest(`/algorithms/${entry.publicId}`), { id: entry.publicId })).thrown)).toBe(404);
    await transition(approver, entry.id, "publish");
    await saveDraft(editor, entry.id, validDocument({ name: "Unapproved rename" }));
    const page = dataOf<Awaited<ReturnType<typeof publicLoader>>>(
      (await call(publicLoader, getRequest(`/algorithms/${entry.publicId}`), { id: entry.publicId })).result,
    );
    expect(page.doc.name).toBe("Secret draft");
    expect(page.version.number).toBe(1);
    expect(JSON.stringify(page)).not.toContain("Unapproved rename");
  });

  it("renders markdown sanitized and shows review overdue", async () => {
    const { entry } = await createPublishedEntry({ goal: "**Faster** decisions <script>alert(1)</script>" });
    await db.entry.update({ where: { id: entry.id }, data: { reviewDueAt: new Date(Date.now() - 86_400_000) } });
    const page = dataOf<Awaited<ReturnType<typeof publicLoader>>>(
      (await call(publicLoader, getRequest(`/algorithms/${entry.publicId}`), { id: entry.publicId })).result,
    );
    expect(page.html.goal).toContain("<strong>Faster</strong>");
    expect(page.html.goal).not.toContain("<script");
    expect(page.reviewOverdue).toBe(true);
  });

  it("exports the published version as Dutch standard 1.0 JSON with exactly the standard's keys", async () => {
    const supplier = await db.supplier.create({ data: { slug: "acme", name: "Acme Analytics BV", scheme: "NL-KVK", identifier: "12345678" } });
    const { entry, org } = await createPublishedEntry({ procurement: { inHouse: false, suppliers: [{ supplierId: supplier.id, role: "developer" }] } });
    const res = await call(jsonLoader, getRequest(`/algorithms/${entry.publicId}.json?format=nl-1.0`), { id: entry.publicId });
    const response = res.result as unknown as Response;
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(
      [
        "name",
        "description_short",
        "organization",
        "category",
        "status",
        "begin_date",
        "end_date",
        "contact_email",
        "website",
        "publication_category",
        "url",
        "goal",
        "proportionality",
        "human_intervention",
        "risks",
        "lawful_basis",
        "lawful_basis_grouping",
        "process_index_url",
        "impacttoetsen_grouping",
        "impacttoetsen",
        "source_data",
        "source_data_grouping",
        "methods_and_models",
        "provider",
        "publiccode",
        "lang",
        "standard_version",
        "source_id",
        "tags",
        "lars",
      ].sort(),
    );
    expect(body).toMatchObject({ organization: org.name, provider: "Acme Analytics BV", source_id: entry.publicId, standard_version: "1.0" });
    const unknown = await call(jsonLoader, getRequest(`/algorithms/${entry.publicId}.json?format=csv`), { id: entry.publicId });
    expect(statusOf(unknown.thrown)).toBe(400);
  });

  it("sends /algorithms/:id.json to one route module, the resource route, by the app's own route files", () => {
    const manifest = flatRoutes(join(ROOT, "app"));
    const routes = Object.values(manifest)
      .filter((r) => r.parentId === "root")
      .map((r) => ({ id: r.id, path: r.path, index: r.index }));
    expect(matchRoutes(routes, "/algorithms/12345678.json")?.map((m) => m.route.id)).toEqual(["routes/algorithms.$id[.json]"]);
    expect(matchRoutes(routes, "/algorithms/12345678")?.map((m) => m.route.id)).toEqual(["routes/algorithms.$id"]);
  });

  it("does not export an unpublished entry", async () => {
    const { org, editor } = await createOrgWithStaff();
    const entry = await createDraft(editor, org.id, validDocument());
    expect(statusOf((await call(jsonLoader, getRequest(`/algorithms/${entry.publicId}.json`), { id: entry.publicId })).thrown)).toBe(404);
  });

  it("lists versions and diffs any two, by default the previous against the latest", async () => {
    const staff = await createOrgWithStaff();
    const { entry } = await createPublishedEntry({ name: "Version one", goal: "Faster permits." }, staff);
    for (const [name, goal] of [
      ["Version two", "Faster permits."],
      ["Version three", "Faster and fairer permits."],
    ]) {
      await saveDraft(staff.editor, entry.id, validDocument({ name, goal }));
      await transition(staff.editor, entry.id, "submit");
      await transition(staff.approver, entry.id, "publish", { changeNote: `Now ${name}` });
    }
    const byDefault = dataOf<Awaited<ReturnType<typeof historyLoader>>>(
      (await call(historyLoader, getRequest(`/algorithms/${entry.publicId}/history`), { id: entry.publicId })).result,
    );
    expect(byDefault.versions.map((v) => [v.number, v.changeNote])).toEqual([
      [3, "Now Version three"],
      [2, "Now Version two"],
      [1, "First publication"],
    ]);
    expect([byDefault.from, byDefault.to]).toEqual([2, 3]);
    expect(byDefault.diff.changes.map((c) => c.key)).toEqual(["name", "goal"]);

    const picked = dataOf<Awaited<ReturnType<typeof historyLoader>>>(
      (await call(historyLoader, getRequest(`/algorithms/${entry.publicId}/history?from=1&to=2`), { id: entry.publicId })).result,
    );
    expect(picked.diff.changes.map((c) => [c.key, c.before, c.after])).toEqual([["name", "Version one", "Version two"]]);
  });
});

describe("dashboard entries panel", () => {
  it("groups the organisation's entries and lists reviews overdue, due soon and waiting for approval", async () => {
    const staff = await createOrgWithStaff();
    const overdue = await createPublishedEntry({ name: "Overdue one" }, staff);
    const soon = await createPublishedEntry({ name: "Due soon" }, staff);
    await db.entry.update({ where: { id: overdue.entry.id }, data: { reviewDueAt: new Date(Date.now() - 86_400_000) } });
    await db.entry.update({ where: { id: soon.entry.id }, data: { reviewDueAt: new Date(Date.now() + 10 * 86_400_000) } });
    const waiting = await createDraft(staff.editor, staff.org.id, validDocument({ name: "Waiting" }));
    await transition(staff.editor, waiting.id, "submit");
    const approver = (await getSessionUser(new Request("http://localhost", { headers: { Cookie: await sessionFor(staff.approver.id) } })))!;
    const panel = (await entriesPanel(approver))!;
    expect(panel.overdue.map((e) => e.name)).toEqual(["Overdue one"]);
    expect(panel.dueSoon.map((e) => e.name)).toEqual(["Due soon"]);
    expect(panel.awaitingApproval?.map((e) => e.name)).toEqual(["Waiting"]);
    expect(panel.groups.map((g) => [g.state, g.entries.length])).toEqual([
      ["submitted", 1],
      ["published", 2],
    ]);

    const editor = (await getSessionUser(new Request("http://localhost", { headers: { Cookie: await sessionFor(staff.editor.id) } })))!;
    expect((await entriesPanel(editor))!.awaitingApproval).toBeNull();
    const reviewer = await createUser("reviewer");
    expect(await entriesPanel((await getSessionUser(new Request("http://localhost", { headers: { Cookie: await sessionFor(reviewer.id) } })))!)).toBeNull();
  });
});
