import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { DataStatistics } from "./data-statistics";

test("statistics show a captioned table with row headers linking to the category pages, and a labelled chart", () => {
  const html = renderToStaticMarkup(
    <DataStatistics
      stats={{
        total: 4,
        specialCount: 1,
        categories: [
          { slug: "housing", label: "Housing", count: 3, special: false },
          { slug: "health", label: "Health", count: 1, special: true },
          { slug: "genetic", label: "Genetic data", count: 0, special: true },
        ],
      }}
    />,
  );
  expect(html).toContain("1 of 4 published systems use special category or criminal offence data.");
  expect(html).toMatch(/<caption id="[^"]+">Published systems per kind of personal data<\/caption>/);
  expect(html).toMatch(/<th scope="row"><a href="\/your-data\/categories\/health">Health<\/a>/);
  expect(html).toContain('role="img"');
  expect(html).toContain('aria-label="Bar chart of the table above: Housing 3, Health 1"');
});
