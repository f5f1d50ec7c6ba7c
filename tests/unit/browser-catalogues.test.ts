import { describe, expect, it } from "vitest";
import { catalogueEn } from "~/i18n/catalogue.en";
import { catalogueNl } from "~/i18n/catalogue.nl";
import { STAFF_GROUPS } from "~/i18n/catalogue-parts";
import { loadCatalogue, loadedCatalogue } from "~/i18n/catalogues.browser";
import { loadedCatalogue as serverCatalogue } from "~/i18n/catalogues";

// The browser build's catalogues (swapped in for catalogues.ts by vite.config.ts): nothing until a
// language is asked for, then that language's public groups, and its staff-only groups only when
// asked for too (a signed-in person); the server's has both languages, whole, at once. The parts
// come from the `browser-catalogues` plugin (vite.browser-catalogues.ts, also in vitest.config.ts).
describe("browser catalogues", () => {
  it("hold only the languages and parts loaded, each from the catalogue the server renders with", async () => {
    expect(loadedCatalogue("nl")).toBeUndefined();
    expect(loadedCatalogue("en")).toBeUndefined();
    await loadCatalogue("nl");
    const publicNl = loadedCatalogue("nl") as Record<string, unknown>;
    expect(STAFF_GROUPS.filter((group) => group in publicNl)).toEqual([]);
    expect(publicNl.entryPage).toBe(catalogueNl.entryPage);
    expect(loadedCatalogue("en")).toBeUndefined();

    await loadCatalogue("nl", true);
    expect(loadedCatalogue("nl")).not.toBe(publicNl);
    expect(loadedCatalogue("nl")).toEqual(catalogueNl);
    // Asking for the public part again keeps the staff part.
    await loadCatalogue("nl");
    expect(loadedCatalogue("nl")).toEqual(catalogueNl);

    await Promise.all([loadCatalogue("en", true), loadCatalogue("en", true)]);
    expect(loadedCatalogue("en")).toEqual(catalogueEn);
    expect(serverCatalogue("en")).toBe(catalogueEn);
    expect(serverCatalogue("nl")).toBe(catalogueNl);
  });
});
