import { parse } from "csv-parse/sync";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { neutraliseCsvCell } from "~/exports/csv-injection";
import { loader as declarationsCsvLoader } from "~/routes/downloads.data-declarations[.]csv";
import { loader as entriesCsvLoader } from "~/routes/downloads.entries[.]csv";
import Downloads, { loader as downloadsLoader } from "~/routes/downloads._index";
import { createOrgWithStaff, createPublishedEntry } from "../support/entry-factories";
import { call, getRequest } from "../support/requests";

// A cell a spreadsheet would run as a formula, one per character OWASP names.
const FORMULAS = ['=HYPERLINK("http://evil.example","click")', "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+2", "\r=1+2"];
let publicIds: string[] = [];

async function csvRows(loader: (args: never) => Promise<Response>, path: string) {
  const { result, thrown } = await call(loader, getRequest(path));
  return parse(await ((result ?? thrown) as Response).text(), { columns: true, relax_quotes: true }) as Array<Record<string, string>>;
}

beforeAll(async () => {
  const staff = await createOrgWithStaff();
  publicIds = [];
  for (const formula of FORMULAS) {
    const { entry } = await createPublishedEntry(
      {
        name: `Formula ${publicIds.length}`,
        descriptionShort: formula,
        dataDeclarations: [{ name: formula, source: "own-records", personalData: "none", use: "deciding" }],
      },
      staff,
    );
    publicIds.push(entry.publicId);
  }
});

describe("CSV injection", () => {
  it("puts an apostrophe before a cell that starts with =, +, -, @, tab or carriage return, and leaves others alone", () => {
    for (const formula of FORMULAS) expect(neutraliseCsvCell(formula)).toBe(`'${formula}`);
    for (const plain of ["", "Gemeente Delft", "2026-08-08", "a=b", "e-mail@example.org", " =1", "'quoted"]) expect(neutraliseCsvCell(plain)).toBe(plain);
  });

  it("neutralises every such cell of the entries CSV", async () => {
    const rows = await csvRows(entriesCsvLoader, "/downloads/entries.csv");
    for (const [i, formula] of FORMULAS.entries()) {
      const row = rows.find((r) => r.public_id === publicIds[i])!;
      expect(row.description_short).toBe(`'${formula}`);
      expect(row.name).toBe(`Formula ${i}`);
    }
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("neutralises every such cell of the data declarations CSV", async () => {
    const rows = await csvRows(declarationsCsvLoader, "/downloads/data-declarations.csv");
    for (const [i, formula] of FORMULAS.entries()) expect(rows.find((r) => r.public_id === publicIds[i])!.dataset_name).toBe(`'${formula}`);
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("is explained on the downloads page", async () => {
    const routes = [
      {
        id: "downloads",
        path: "/downloads",
        loader: ({ request }: { request: Request }) => downloadsLoader({ request, params: {}, context: {} }),
        Component: Downloads,
      },
    ];
    const context = await createStaticHandler(routes).query(new Request("http://localhost/downloads"));
    if (context instanceof Response) throw new Error("unexpected redirect");
    const html = renderToStaticMarkup(createElement(StaticRouterProvider, { router: createStaticRouter(routes, context), context }));
    expect(html).toContain("starts with =, +, -, @, a tab or a carriage return begins with an apostrophe");
  });
});
