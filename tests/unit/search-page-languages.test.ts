import { beforeAll, describe, expect, it } from "vitest";
import * as searchRoute from "~/routes/algorithms._index";
import { loader } from "~/routes/algorithms._index";
import { createOrgWithStaff, createPublishedEntry } from "../support/entry-factories";
import { renderRoute } from "../support/render-route";
import { call, getRequest } from "../support/requests";

type Data = Awaited<ReturnType<typeof loader>>;
const search = async (path: string) => (await call(loader, getRequest(path))).result as Data;

beforeAll(async () => {
  const staff = await createOrgWithStaff();
  await createPublishedEntry(
    {
      name: "Controle huurtoeslag",
      language: "nld",
      descriptionShort: "Berekent de toeslag voor huurders.",
      goal: "Juiste bedragen.",
      themes: ["housing"],
    },
    staff,
  );
  // 21 entries with one word: more than a page of results.
  for (let n = 1; n <= 21; n++) {
    await createPublishedEntry(
      { name: `Parkeervergunning wijk ${n}`, language: "nld", descriptionShort: "Beoordeelt aanvragen voor een parkeervergunning." },
      staff,
    );
  }
});

describe("the search page on /nl/", () => {
  it("finds a Dutch entry by the stem of a Dutch word through the loader: toeslagen finds toeslag", async () => {
    const data = await search("/nl/algorithms?q=toeslagen");
    expect(data.entries.map((e) => e.name)).toEqual(["Controle huurtoeslag"]);
  });

  it("names the filters and their values in Dutch", async () => {
    const data = await search("/nl/algorithms?q=toeslagen");
    const theme = data.facets.find((f) => f.key === "theme");
    expect(theme?.label).toBe("Thema");
    expect(theme?.options).toContainEqual(expect.objectContaining({ value: "housing", label: "Wonen" }));
    expect(data.facets.find((f) => f.key === "state")?.options).toContainEqual(expect.objectContaining({ value: "published", label: "Gepubliceerd" }));
    const english = await search("/en/algorithms?q=toeslagen");
    expect(english.facets.find((f) => f.key === "theme")?.options).toContainEqual(expect.objectContaining({ value: "housing", label: "Housing" }));
  });

  it("shows Dutch filter labels, sort options, result count and pagination, with links that stay Dutch", async () => {
    const html = await renderRoute(getRequest("/nl/algorithms?q=parkeervergunning"), searchRoute);
    expect(html).toContain("<h1>Algoritmes</h1>");
    expect(html).toContain("Resultaten filteren");
    expect(html).toContain("Filters toepassen");
    expect(html).toContain("<summary>Organisatie</summary>");
    expect(html).toContain("<summary>Soort algoritme</summary>");
    expect(html).toContain("Sorteren op");
    expect(html).toMatch(/<option value="relevance"[^>]*>Beste overeenkomst<\/option>/);
    expect(html).toContain(">Naam (A tot Z)</option>");
    expect(html).toContain(">Laatst bijgewerkt</option>");
    expect(html).toContain('<h2 id="results-heading">21 algoritmes</h2>');
    expect(html).toContain("Pagina 1 van 2");
    expect(html).toContain('href="/nl/algorithms?q=parkeervergunning&amp;page=2"');
    expect(html).toContain('action="/nl/algorithms#results"');
    expect(html).toMatch(/href="\/nl\/algorithms\/[^"]+"/);
    expect(html).not.toMatch(/Filter results|Best match|Sort by|Next page|algorithms<\/h2>/);
  });

  it("counts one result in the singular", async () => {
    const html = await renderRoute(getRequest("/nl/algorithms?q=toeslagen"), searchRoute);
    expect(html).toContain('<h2 id="results-heading">1 algoritme</h2>');
    const english = await renderRoute(getRequest("/en/algorithms?q=toeslagen"), searchRoute);
    expect(english).toContain('<h2 id="results-heading">1 algorithm</h2>');
    expect(english).toContain("Filter results");
  });

  it("offers the corrected words in Dutch", async () => {
    const html = await renderRoute(getRequest("/nl/algorithms?q=huurtoeslah"), searchRoute);
    expect(html).toContain("Bedoelde u:");
    expect(html).toMatch(/href="\/nl\/algorithms\?q=huurtoeslag"/);
  });

  it("has a Dutch title", () => {
    const meta = searchRoute.meta({ data: { params: { q: "toeslagen", page: 2 } }, matches: [{ id: "root", data: { language: "nl" } }] } as never) as Array<
      Record<string, string>
    >;
    expect(meta[0].title).toBe("‘toeslagen’ – Algoritmes (pagina 2) – Openbaar Algoritmeregister");
  });
});
