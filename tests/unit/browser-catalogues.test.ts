import { describe, expect, it } from "vitest";
import { catalogueEn } from "~/i18n/catalogue.en";
import { catalogueNl } from "~/i18n/catalogue.nl";
import { loadCatalogue, loadedCatalogue } from "~/i18n/catalogues.browser";
import { loadedCatalogue as serverCatalogue } from "~/i18n/catalogues";

// The browser build's catalogues (swapped in for catalogues.ts by vite.config.ts): nothing until a
// language is asked for, then exactly that language's catalogue; the server's has both at once.
describe("browser catalogues", () => {
  it("hold only the languages loaded, each the same catalogue the server renders with", async () => {
    expect(loadedCatalogue("nl")).toBeUndefined();
    expect(loadedCatalogue("en")).toBeUndefined();
    await loadCatalogue("nl");
    expect(loadedCatalogue("nl")).toBe(catalogueNl);
    expect(loadedCatalogue("en")).toBeUndefined();
    await Promise.all([loadCatalogue("en"), loadCatalogue("en")]);
    expect(loadedCatalogue("en")).toBe(catalogueEn);
    expect(serverCatalogue("en")).toBe(catalogueEn);
    expect(serverCatalogue("nl")).toBe(catalogueNl);
  });
});
