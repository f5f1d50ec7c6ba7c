import { describe, expect, it } from "vitest";
import type { EntryDraft } from "~/entries/entry-schema";
import { saveDraft, createDraft, transition } from "~/entries/entries.server";
import { procurementForEntryPage } from "~/procurement/entry-procurement.server";
import { procurementForExport } from "~/procurement/procurement-export";
import { createSupplier, findOrCreateSupplier, supplierLabels, suppliersById, updateSupplier } from "~/procurement/suppliers.server";
import { supplierSchema } from "~/procurement/supplier-schema";
import { loader as supplierPageLoader } from "~/routes/suppliers.$slug";
import { loader as suppliersLoader } from "~/routes/suppliers._index";
import * as newSupplierRoute from "~/routes/suppliers.new";
import { action as newSupplierAction, loader as newSupplierLoader } from "~/routes/suppliers.new";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import { db } from "~/utils/db.server";
import { createOrgWithStaff, createPublishedEntry, validDocument } from "../support/entry-factories";
import { createOrganisation, createUser, sessionFor } from "../support/factories";
import { renderRoute } from "../support/render-route";
import { call, dataOf, formRequest, getRequest, statusOf } from "../support/requests";

const inEnglish = (message: string | undefined) => message && showProblem(textFor("en"), message);

let n = 0;
async function supplier(name: string) {
  const identifier = String(10_000_000 + ++n * 7919).slice(0, 8);
  const result = await createSupplier(supplierSchema.parse({ name, scheme: "NL-KVK", identifier, country: "NL" }));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { ...result, name, identifier };
}
const bySupplier = (id: string, role = "developer"): Partial<EntryDraft> => ({
  procurement: { inHouse: false, suppliers: [{ supplierId: id, role: role as "developer" }] },
});

describe("supplier registration", () => {
  it("detects a duplicate by scheme and identifier, however it is written", async () => {
    const first = await createSupplier(supplierSchema.parse({ name: "Dup Analytics B.V.", scheme: "NL-KVK", identifier: "55554444" }));
    expect(first.ok).toBe(true);
    const again = await createSupplier(supplierSchema.parse({ name: "Dup Analytics", scheme: "NL-KVK", identifier: "5555 4444" }));
    expect(again).toMatchObject({ ok: false, duplicate: { name: "Dup Analytics B.V." } });
    expect(inEnglish(again.ok ? undefined : again.errors.identifier)).toBe("This supplier is already registered as Dup Analytics B.V.");
    // the same number in another scheme is another supplier
    expect((await createSupplier(supplierSchema.parse({ name: "Dup UK", scheme: "GB-COH", identifier: "55554444" }))).ok).toBe(true);
    expect(await findOrCreateSupplier({ name: "Other name", scheme: "NL-KVK", identifier: "5555 4444" })).toMatchObject({ name: "Dup Analytics B.V." });
  });

  it("updates a supplier but refuses to take another's identifier", async () => {
    const a = await supplier("Update Me");
    const b = await supplier("Taken Identifier");
    const moved = await updateSupplier(a.id, supplierSchema.parse({ name: "Updated Name", scheme: "NL-KVK", identifier: b.identifier }));
    expect(moved).toMatchObject({ ok: false, duplicate: { name: "Taken Identifier" } });
    const renamed = await updateSupplier(a.id, supplierSchema.parse({ name: "Updated Name", scheme: "NL-KVK", identifier: a.identifier }));
    expect(renamed).toEqual({ ok: true, id: a.id, slug: a.slug });
    expect((await suppliersById([a.id]))[a.id].name).toBe("Updated Name");
  });

  it("labels supplier facet values, including in-house", async () => {
    const a = await supplier("Label Co");
    expect(await supplierLabels([a.id, "in-house", "unknown-id"])).toEqual({ [a.id]: "Label Co", "in-house": "Developed in-house" });
  });
});

describe("/suppliers/new", () => {
  it("sends anonymous visitors to sign in and refuses reviewers", async () => {
    const anonymous = await call(newSupplierLoader, getRequest("/suppliers/new"));
    expect(statusOf(anonymous.thrown)).toBe(302);
    const org = await createOrganisation();
    const reviewer = await createUser("reviewer", org.id);
    const refused = await call(
      newSupplierAction,
      await formRequest("/suppliers/new", { name: "X", scheme: "NL-KVK", identifier: "12345678" }, { cookie: await sessionFor(reviewer.id) }),
    );
    expect(statusOf(refused.thrown)).toBe(403);
  });

  it("registers a supplier for an editor and goes back to the entry form", async () => {
    const { editor } = await createOrgWithStaff();
    const cookie = await sessionFor(editor.id);
    const { thrown } = await call(
      newSupplierAction,
      await formRequest(
        "/suppliers/new",
        {
          name: "Form Supplier Ltd",
          scheme: "GB-COH",
          identifier: "sc123457",
          country: "GB",
          website: "https://form.example",
          returnTo: "/entries/abc/edit#section-procurement",
        },
        { cookie },
      ),
    );
    expect(statusOf(thrown)).toBe(302);
    const created = await db.supplier.findUnique({
      where: { scheme_identifier: { scheme: "GB-COH", identifier: "SC123457" } },
      select: { id: true, name: true },
    });
    expect(created?.name).toBe("Form Supplier Ltd");
    // Back to the procurement section, with the new supplier to select and the confirmation key.
    expect((thrown as Response).headers.get("Location")).toBe(`/entries/abc/edit?supplier=${created?.id}&done=supplier_registered#section-procurement`);
    expect(await db.auditLog.count({ where: { action: "supplier.created", actorId: editor.id } })).toBe(1);
  });

  it("never redirects off-site", async () => {
    const { editor } = await createOrgWithStaff();
    const { thrown } = await call(
      newSupplierAction,
      await formRequest(
        "/suppliers/new",
        { name: "Offsite", scheme: "NL-KVK", identifier: "12121212", returnTo: "//evil.example" },
        { cookie: await sessionFor(editor.id) },
      ),
    );
    expect((thrown as Response).headers.get("Location")).toBe("/en/suppliers/offsite?registered=1");
  });

  it("answers 400 with messages and the values typed, and points to a duplicate", async () => {
    const { editor } = await createOrgWithStaff();
    const cookie = await sessionFor(editor.id);
    const bad = await call(
      newSupplierAction,
      await formRequest("/suppliers/new", { name: "Typo B.V.", scheme: "NL-KVK", identifier: "1234", country: "XX", website: "typo example" }, { cookie }),
    );
    expect(statusOf(bad.result)).toBe(400);
    const body = dataOf<{ errors: Record<string, string>; values: Record<string, string> }>(bad.result);
    expect(inEnglish(body.errors.identifier)).toContain("NL-KVK");
    expect(body.errors).toMatchObject({ country: expect.any(String), website: expect.any(String) });
    expect(body.values).toMatchObject({ name: "Typo B.V.", identifier: "1234" });

    const existing = await supplier("Already There");
    const dup = await call(
      newSupplierAction,
      await formRequest("/suppliers/new", { name: "Again", scheme: "NL-KVK", identifier: existing.identifier }, { cookie }),
    );
    expect(statusOf(dup.result)).toBe(400);
    const dupBody = dataOf<{ errors: Record<string, string>; duplicate: { slug: string } }>(dup.result);
    expect(dupBody).toMatchObject({ duplicate: { slug: existing.slug } });
    expect(inEnglish(dupBody.errors.identifier)).toBe("This supplier is already registered as Already There");
  });

  it("in Dutch: the refused form shows Dutch messages, keeps what was typed, and the duplicate link stays Dutch", async () => {
    const { editor } = await createOrgWithStaff();
    const cookie = await sessionFor(editor.id);
    const fields = { name: "Tikfout B.V.", scheme: "NL-KVK", identifier: "1234", country: "XX", website: "tikfout voorbeeld" };
    const html = await renderRoute(await formRequest("/nl/suppliers/new", fields, { cookie }), newSupplierRoute);
    expect(html).toContain("Er is een probleem");
    expect(html).toContain("Een KvK-nummer (NL-KVK) heeft 8 cijfers, bijvoorbeeld 12345678");
    expect(html).toContain("Vul een landcode van twee letters in (ISO 3166-1), bijvoorbeeld NL of GB");
    expect(html).toContain("Vul een volledig webadres in dat begint met https://");
    expect(html).toContain("Leverancier registreren");
    expect(html).toContain('value="Tikfout B.V."');
    expect(html).not.toMatch(/Enter |Register a supplier|There is a problem/);

    const existing = await supplier("Bestaat Al");
    const dup = await renderRoute(
      await formRequest("/nl/suppliers/new", { name: "Opnieuw", scheme: "NL-KVK", identifier: existing.identifier }, { cookie }),
      newSupplierRoute,
    );
    expect(dup).toContain("Deze leverancier is al geregistreerd als Bestaat Al");
    expect(dup).toContain(`href="/nl/suppliers/${existing.slug}"`);
  });
});

describe("public supplier pages", () => {
  it("count and list only published entries, from the published version, grouped by organisation", async () => {
    const s = await supplier("Published Only Systems");
    const staffA = await createOrgWithStaff();
    const staffB = await createOrgWithStaff();
    const a = await createPublishedEntry({ ...validDocument(), name: "Zebra crossing planner", ...bySupplier(s.id, "licensor") }, staffA);
    await createPublishedEntry({ name: "Alpha allocation", ...bySupplier(s.id) }, staffA);
    await createPublishedEntry({ name: "Beta benefits check", ...bySupplier(s.id, "hosting") }, staffB);
    // a draft that was never published
    await createDraft(staffA.editor, staffA.org.id, validDocument({ name: "Secret draft system", ...bySupplier(s.id) }));
    // a submitted, unpublished entry
    const submitted = await createDraft(staffB.editor, staffB.org.id, validDocument({ name: "Submitted not published", ...bySupplier(s.id) }));
    await transition(staffB.editor, submitted.id, "submit");
    // a published entry now being edited: the draft renames it and drops the supplier
    await saveDraft(staffA.editor, a.entry.id, validDocument({ name: "Renamed in draft", procurement: { inHouse: true, suppliers: [] } }));
    // a published entry that withholds its supplier
    await createPublishedEntry(
      {
        name: "Withheld supplier system",
        procurement: {
          inHouse: false,
          suppliers: [{ supplierId: s.id, role: "developer" }],
          withheld: [{ field: "suppliers", reason: "Security", legalGround: "Woo 5.1(2)(d)" }],
        },
      },
      staffB,
    );

    const list = dataOf<{ suppliers: Array<{ slug: string; publishedEntries: number }> }>((await call(suppliersLoader, getRequest("/suppliers"))).result);
    expect(list.suppliers.find((x) => x.slug === s.slug)?.publishedEntries).toBe(3);

    const page = dataOf<{ total: number; organisations: Array<{ name: string; entries: Array<{ name: string; roles: string[]; publicId: string }> }> }>(
      (await call(supplierPageLoader, getRequest(`/suppliers/${s.slug}`), { slug: s.slug })).result,
    );
    expect(page.total).toBe(3);
    const orgA = page.organisations.find((o) => o.name === staffA.org.name)!;
    expect(orgA.entries.map((e) => [e.name, e.roles])).toEqual([
      ["Alpha allocation", ["Developer"]],
      ["Zebra crossing planner", ["Licensor"]],
    ]);
    expect(page.organisations.find((o) => o.name === staffB.org.name)!.entries.map((e) => e.name)).toEqual(["Beta benefits check"]);
    const json = JSON.stringify(page);
    for (const hidden of ["Secret draft system", "Submitted not published", "Renamed in draft", "Withheld supplier system"]) expect(json).not.toContain(hidden);
  });

  it("sorts the list by name and answers 404 for an unknown slug", async () => {
    await supplier("zz Last Supplier");
    await supplier("AA First Supplier");
    const list = dataOf<{ suppliers: Array<{ name: string }> }>((await call(suppliersLoader, getRequest("/suppliers"))).result);
    const names = list.suppliers.map((x) => x.name);
    expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y, "en", { sensitivity: "base" })));
    const missing = await call(supplierPageLoader, getRequest("/suppliers/no-such-supplier"), { slug: "no-such-supplier" });
    expect(statusOf(missing.thrown)).toBe(404);
  });

  it("does not list entries built in-house on any supplier page", async () => {
    const s = await supplier("Never Used");
    await createPublishedEntry({ name: "In-house system" });
    const page = dataOf<{ total: number }>((await call(supplierPageLoader, getRequest(`/suppliers/${s.slug}`), { slug: s.slug })).result);
    expect(page.total).toBe(0);
  });
});

describe("procurement on entry pages and in exports", () => {
  it("resolves supplier records and never includes withheld values", async () => {
    const s = await supplier("Entry Page Supplier");
    const doc = validDocument({
      procurement: {
        inHouse: false,
        suppliers: [{ supplierId: s.id, role: "developer" }],
        procedure: "open",
        contractValue: 31337,
        currency: "EUR",
        licence: "Hidden licence text",
        withheld: [
          { field: "contractValue", reason: "Commercially confidential", legalGround: "Woo art. 5.1(2)(f)" },
          { field: "licence", reason: "Trade secret", legalGround: "Woo art. 5.1(2)(f)" },
        ],
      },
    });
    const view = await procurementForEntryPage(doc);
    expect(view?.suppliers).toEqual([{ name: "Entry Page Supplier", slug: s.slug, scheme: "NL-KVK", identifier: s.identifier, role: "Developer" }]);
    expect(view?.details.find((d) => d.field === "contractValue")).toEqual({
      field: "contractValue",
      label: "Contract value",
      withheld: { reason: "Commercially confidential", legalGround: "Woo art. 5.1(2)(f)" },
    });
    const exported = procurementForExport(doc, await suppliersById([s.id]));
    expect(exported.csv.supplier_names).toBe("Entry Page Supplier");
    for (const out of [view, exported]) {
      expect(JSON.stringify(out)).not.toContain("31337");
      expect(JSON.stringify(out)).not.toContain("Hidden licence text");
    }
  });

  it("does not look up a supplier whose identity is withheld", async () => {
    const s = await supplier("Hidden Identity Supplier");
    const view = await procurementForEntryPage(
      validDocument({
        procurement: {
          inHouse: false,
          suppliers: [{ supplierId: s.id, role: "developer" }],
          withheld: [{ field: "suppliers", reason: "Security", legalGround: "" }],
        },
      }),
    );
    expect(view?.suppliers).toBeNull();
    expect(view?.suppliersWithheld).toEqual({ reason: "Security", legalGround: "" });
    expect(JSON.stringify(view)).not.toContain("Hidden Identity");
    expect(JSON.stringify(view)).not.toContain(s.id);
  });
});
