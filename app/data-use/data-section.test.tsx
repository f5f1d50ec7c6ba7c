import { describe, expect, test } from "vitest";
import type { Language } from "~/i18n/languages.mjs";
import { renderInLanguage } from "../../tests/support/render-in-language";
import { DataSection } from "./data-section";

const render = (doc: Parameters<typeof DataSection>[0]["doc"], language: Language = "en") => renderInLanguage(<DataSection doc={doc} />, language);

describe("DataSection", () => {
  test("an entry without declarations says 'Not stated', never 'None'", async () => {
    for (const html of await Promise.all([render({}), render({ dataDeclarations: [] })])) {
      expect(html).toContain("Not stated");
      expect(html).not.toMatch(/\bNone\b/);
      expect(html).not.toContain("No personal data");
    }
  });

  test("a data set without personal data says 'No personal data'", async () => {
    const html = await render({ dataDeclarations: [{ name: "Road sensors", source: "own-records", personalData: "none", use: "deciding" }] });
    expect(html).toContain("<h3>Road sensors</h3>");
    expect(html).toContain("No personal data");
    expect(html).toContain("Our own records");
    expect(html).not.toContain("Kinds of personal data");
  });

  test("categories link to the other systems using them, with legal grounds; unfilled fields say 'Not stated'", async () => {
    const html = await render({
      dataDeclarations: [
        { name: "Client files", personalData: "identifiable", categories: ["health", "housing"], legalGrounds: { health: "Art. 9(2)(h) GDPR" } },
      ],
      lifeEvents: ["needing-care"],
    });
    expect(html).toContain('href="/en/your-data/categories/health"');
    expect(html).toContain('href="/en/your-data/categories/housing"');
    expect(html).toContain("other systems using this data");
    expect(html).toContain("Legal ground: Art. 9(2)(h) GDPR");
    expect(html).toContain("Identifiable");
    expect(html).toContain("Not stated"); // source, retention, shared with, use
    expect(html).toContain('href="/en/your-data/life-events/needing-care"');
  });

  test("markup in values is shown as text", async () => {
    const html = await render({ dataDeclarations: [{ name: "<script>alert(1)</script>", personalData: "none" }] });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
  });

  test("in Dutch: Dutch headings and links to the Dutch pages", async () => {
    const html = await render(
      {
        dataDeclarations: [{ personalData: "identifiable", categories: ["health"], legalGrounds: { health: "Art. 9(2)(h) AVG" } }],
        lifeEvents: ["needing-care"],
      },
      "nl",
    );
    expect(html).toContain("Gebruikte gegevens");
    expect(html).toContain("<h3>Gegevensbestand 1</h3>");
    expect(html).toContain("Rechtsgrond: Art. 9(2)(h) AVG");
    expect(html).toContain("bijzondere persoonsgegevens");
    expect(html).toContain("Niet vermeld");
    expect(html).toContain('href="/nl/your-data/categories/health"');
    expect(html).not.toContain("Not stated");
  });
});
