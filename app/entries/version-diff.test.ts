import { describe, expect, it } from "vitest";
import type { EntryDraft } from "./entry-schema";
import { diffDocuments, flattenDocument } from "./version-diff";

const base: EntryDraft = {
  name: "Sort permit applications",
  descriptionShort: "Sorts applications by urgency so simple cases go first.",
  themes: ["housing"],
  publicationCategory: "B",
  lawfulBasisLinks: [{ title: "Housing Act", link: "https://wetten.example/housing" }],
  selfLearning: false,
};

describe("flattenDocument", () => {
  it("labels fields from the standard and shows vocabulary labels, not slugs", () => {
    const flat = flattenDocument(
      { ...base, procurement: { inHouse: false, suppliers: [{ supplierId: "s1", role: "developer" }] } },
      { supplierNames: { s1: "Acme BV" } },
    );
    const byKey = Object.fromEntries(flat.map((f) => [f.key, f]));
    expect(byKey.themes).toMatchObject({ label: "Themes", value: "Housing" });
    expect(byKey.publicationCategory.value).toBe("B – Impactful algorithm");
    expect(byKey.lawfulBasisLinks.value).toBe("Housing Act – https://wetten.example/housing");
    expect(byKey.selfLearning.value).toBe("No");
    expect(byKey["procurement.suppliers"].value).toBe("Acme BV (Developer)");
    expect(byKey["procurement.inHouse"].value).toBe("No");
  });
});

describe("diffDocuments", () => {
  it("reports nothing for identical documents", () => {
    const diff = diffDocuments(base, structuredClone(base));
    expect(diff.changedCount).toBe(0);
    expect(diff.unchangedCount).toBeGreaterThan(3);
  });

  it("reports added, removed and changed fields in form order with labels and sections", () => {
    const after: EntryDraft = {
      ...base,
      name: "Sort building permit applications",
      descriptionShort: undefined,
      goal: "Faster decisions.",
    };
    const diff = diffDocuments(base, after);
    expect(diff.changes.map((c) => [c.key, c.change])).toEqual([
      ["name", "changed"],
      ["descriptionShort", "removed"],
      ["goal", "added"],
    ]);
    expect(diff.changes[2]).toMatchObject({ label: "Purpose and impact", sectionTitle: "Responsible use", before: "", after: "Faster decisions." });
    expect(diff.changedCount).toBe(3);
  });

  it("splits changed text into word segments that rebuild both versions", () => {
    const diff = diffDocuments(base, { ...base, name: "Sort building permit applications" });
    const [name] = diff.changes;
    expect(name.segments).toContainEqual({ kind: "added", text: "building " });
    const rebuild = (drop: "added" | "removed") =>
      name.segments
        .filter((s) => s.kind !== drop)
        .map((s) => s.text)
        .join("");
    expect(rebuild("added")).toBe(name.before);
    expect(rebuild("removed")).toBe(name.after);
  });

  it("compares lists of links line by line", () => {
    const after = { ...base, lawfulBasisLinks: [...base.lawfulBasisLinks!, { title: "Privacy Act", link: "https://wetten.example/privacy" }] };
    const [change] = diffDocuments(base, after).changes;
    expect(change.key).toBe("lawfulBasisLinks");
    expect(change.after.split("\n")).toEqual(["Housing Act – https://wetten.example/housing", "Privacy Act – https://wetten.example/privacy"]);
    expect(change.segments.filter((s) => s.kind === "removed")).toEqual([]);
  });

  it("treats a changed charter statement as a change of that commitment", () => {
    const diff = diffDocuments({ ...base, charter: { partnership: "Worked with iwi." } }, { ...base, charter: { partnership: "Worked with iwi and hapū." } });
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({ key: "charter.partnership", label: "Partnership", section: "charter" });
  });
});

describe("diffDocuments: the organisation of each version", () => {
  it("shows a move to another organisation first, with the old and the new name", () => {
    const diff = diffDocuments(base, base, { organisations: { before: "Gemeente Oud", after: "Gemeente Nieuw" } });
    expect(diff.changedCount).toBe(1);
    expect(diff.changes[0]).toMatchObject({ key: "organisation", label: "Organisation", change: "changed", before: "Gemeente Oud", after: "Gemeente Nieuw" });
  });

  it("is silent when the organisation is the same or was not recorded for a version", () => {
    expect(diffDocuments(base, base, { organisations: { before: "Gemeente Oud", after: "Gemeente Oud" } }).changedCount).toBe(0);
    expect(diffDocuments(base, base, { organisations: { before: null, after: "Gemeente Nieuw" } }).changedCount).toBe(0);
  });
});

describe("diffDocuments in Dutch", () => {
  it("writes yes/no, themes and data declarations in the language asked for", () => {
    const after: EntryDraft = {
      ...base,
      selfLearning: true,
      themes: ["housing", "economy"],
      dataDeclarations: [{ name: "Aanvragen", retention: "7 jaar", sharedWith: "Belastingdienst" }],
    } as EntryDraft;
    const byKey = Object.fromEntries(diffDocuments(base, after, { language: "nl" }).changes.map((c) => [c.key, c]));
    expect([byKey.selfLearning.before, byKey.selfLearning.after]).toEqual(["Nee", "Ja"]);
    expect(byKey.themes.after).toBe("Wonen, Economie");
    expect(byKey.dataDeclarations.after).toBe("Aanvragen; bewaard: 7 jaar; gedeeld met: Belastingdienst");
    expect(diffDocuments(base, after).changes.find((c) => c.key === "selfLearning")?.after).toBe("Yes");
  });
});
