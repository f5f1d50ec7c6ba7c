import { beforeAll, describe, expect, it } from "vitest";
import { createSupplier, supplierLabels } from "~/procurement/suppliers.server";
import { supplierSchema } from "~/procurement/supplier-schema";
import * as downloadsRoute from "~/routes/downloads._index";
import * as organisationRoute from "~/routes/organisations.$slug";
import * as organisationsRoute from "~/routes/organisations._index";
import * as supplierRoute from "~/routes/suppliers.$slug";
import * as suppliersRoute from "~/routes/suppliers._index";
import { createOrgWithStaff, createPublishedEntry } from "../support/entry-factories";
import { renderRoute } from "../support/render-route";
import { call, getRequest } from "../support/requests";

let orgSlug = "";
let supplierSlug = "";

beforeAll(async () => {
  const staff = await createOrgWithStaff();
  orgSlug = staff.org.slug;
  const created = await createSupplier(supplierSchema.parse({ name: "Wegwijs B.V.", scheme: "NL-KVK", identifier: "76543210", country: "NL" }));
  if (!created.ok) throw new Error("supplier not created");
  supplierSlug = created.slug;
  await createPublishedEntry({ name: "Wegwijzer", procurement: { inHouse: false, suppliers: [{ supplierId: created.id, role: "developer" }] } }, staff);
});

describe("organisation pages in Dutch", () => {
  it("/nl/organisations: Dutch headings, caption and links", async () => {
    const html = await renderRoute(getRequest("/nl/organisations"), organisationsRoute);
    expect(html).toContain("<h1>Organisaties</h1>");
    expect(html).toMatch(/\d+ organisaties?</);
    expect(html).toContain(">Gepubliceerde algoritmes<");
    expect(html).toContain(`href="/nl/organisations/${orgSlug}"`);
    expect(html).not.toContain("Published algorithms");
  });

  it("/nl/organisations/:slug: Dutch sections, feedback figures and links", async () => {
    const html = await renderRoute(getRequest(`/nl/organisations/${orgSlug}`), organisationRoute, ":lang/organisations/:slug");
    expect(html).toContain("Gepubliceerde algoritmes (1)");
    expect(html).toContain("Deze algoritmes doorzoeken en filteren");
    expect(html).toContain(`href="/nl/algorithms?organisation=${orgSlug}"`);
    expect(html).toContain("Ontvangen vragen en opmerkingen");
    expect(html).toContain("Nog niet bekend");
    expect(html).not.toMatch(/Questions and comments|Not known yet|Identifier/);
  });
});

describe("supplier pages in Dutch", () => {
  it("/nl/suppliers: Dutch headings and country names", async () => {
    const html = await renderRoute(getRequest("/nl/suppliers"), suppliersRoute);
    expect(html).toContain("<h1>Leveranciers</h1>");
    expect(html).toMatch(/\d+ leveranciers?/);
    expect(html).toContain("Nederland");
    expect(html).toContain(`href="/nl/suppliers/${supplierSlug}"`);
    const english = await renderRoute(getRequest("/en/suppliers"), suppliersRoute);
    expect(english).toContain("Netherlands");
  });

  it("/nl/suppliers/:slug: the count of algorithms in Dutch", async () => {
    const html = await renderRoute(getRequest(`/nl/suppliers/${supplierSlug}`), supplierRoute, ":lang/suppliers/:slug");
    expect(html).toContain("1 gepubliceerd algoritme gebruikt deze leverancier.");
    expect(html).toContain("Algoritmes van deze leverancier");
    expect(html).not.toContain("published algorithm uses");
  });

  it("names the in-house filter value in the page's language", async () => {
    expect(await supplierLabels(["in-house"], "nl")).toEqual({ "in-house": "Intern ontwikkeld" });
  });
});

describe("open data page in Dutch", () => {
  it("/nl/downloads: Dutch file descriptions and a data set description that says its language", async () => {
    const html = await renderRoute(getRequest("/nl/downloads"), downloadsRoute);
    expect(html).toContain("Alle actuele publicaties (CSV)");
    expect(html).toContain("Wijzigingen volgen");
    expect(html).toContain('href="/downloads/entries.csv"');
    expect(html).toContain('href="/nl/algorithms"');
    const { result } = await call(downloadsRoute.loader, getRequest("/nl/downloads"));
    const { dataset } = result as Awaited<ReturnType<typeof downloadsRoute.loader>>;
    expect(dataset.inLanguage).toBe("nl");
    expect(dataset.name).toBe("Openbaar Algoritmeregister");
  });
});
