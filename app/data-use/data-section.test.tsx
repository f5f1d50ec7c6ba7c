import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { DataSection } from "./data-section";

const render = (doc: Parameters<typeof DataSection>[0]["doc"]) => renderToStaticMarkup(<DataSection doc={doc} />);

describe("DataSection", () => {
  test("an entry without declarations says 'Not stated', never 'None'", () => {
    for (const html of [render({}), render({ dataDeclarations: [] })]) {
      expect(html).toContain("Not stated");
      expect(html).not.toMatch(/\bNone\b/);
      expect(html).not.toContain("No personal data");
    }
  });

  test("a data set without personal data says 'No personal data'", () => {
    const html = render({ dataDeclarations: [{ name: "Road sensors", source: "own-records", personalData: "none", use: "deciding" }] });
    expect(html).toContain("<h3>Road sensors</h3>");
    expect(html).toContain("No personal data");
    expect(html).toContain("Our own records");
    expect(html).not.toContain("Kinds of personal data");
  });

  test("categories link to the other systems using them, with legal grounds; unfilled fields say 'Not stated'", () => {
    const html = render({
      dataDeclarations: [
        { name: "Client files", personalData: "identifiable", categories: ["health", "housing"], legalGrounds: { health: "Art. 9(2)(h) GDPR" } },
      ],
      lifeEvents: ["needing-care"],
    });
    expect(html).toContain('href="/your-data/categories/health"');
    expect(html).toContain('href="/your-data/categories/housing"');
    expect(html).toContain("other systems using this data");
    expect(html).toContain("Legal ground: Art. 9(2)(h) GDPR");
    expect(html).toContain("Identifiable");
    expect(html).toContain("Not stated"); // source, retention, shared with, use
    expect(html).toContain('href="/your-data/life-events/needing-care"');
  });

  test("markup in values is shown as text", () => {
    const html = render({ dataDeclarations: [{ name: "<script>alert(1)</script>", personalData: "none" }] });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
  });
});
