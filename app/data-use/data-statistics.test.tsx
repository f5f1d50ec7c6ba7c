import { expect, test } from "vitest";
import { renderInLanguage } from "../../tests/support/render-in-language";
import { DataStatistics } from "./data-statistics";

const stats = {
  total: 4,
  specialCount: 1,
  categories: [
    { slug: "housing", label: "Housing", count: 3, special: false },
    { slug: "health", label: "Health", count: 1, special: true },
    { slug: "genetic", label: "Genetic data", count: 0, special: true },
  ],
};

test("statistics show a captioned table with row headers linking to the category pages, and a labelled chart", async () => {
  const html = await renderInLanguage(<DataStatistics stats={stats} />);
  expect(html).toContain("1 of 4 published systems use special category or criminal offence data.");
  expect(html).toMatch(/<caption id="[^"]+">Published systems per kind of personal data<\/caption>/);
  expect(html).toMatch(/<th scope="row"><a href="\/en\/your-data\/categories\/health">Health<\/a>/);
  expect(html).toContain('role="img"');
  expect(html).toContain('aria-label="Bar chart of the table above: Housing 3, Health 1"');
});

test("statistics in Dutch: Dutch headings and counts, links to the Dutch category pages", async () => {
  const html = await renderInLanguage(<DataStatistics stats={stats} />, "nl");
  expect(html).toContain("Van de 4 gepubliceerde systemen gebruikt er 1 bijzondere of strafrechtelijke persoonsgegevens.");
  expect(html).toMatch(/<caption id="[^"]+">Gepubliceerde systemen per soort persoonsgegevens<\/caption>/);
  expect(html).toContain('href="/nl/your-data/categories/health"');
  expect(html).toContain("Staafdiagram van de tabel hierboven");
  expect(html).not.toContain("Published systems");
});
