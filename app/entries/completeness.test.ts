import { describe, expect, test } from "vitest";
import { sectionOfPath, sectionProgress } from "./completeness";
import { entryToFormDefaults } from "./entry-form";
import { emptyEntry, formDataToEntry, type EntryDraft } from "./entry-schema";
import { SECTIONS } from "./standard";

/** What a browser posts for the filing form's inputs as they are first shown: dotted names, booleans as "true"/"false". */
function postedForm(values: unknown, prefix = "", out = new URLSearchParams()): URLSearchParams {
  if (Array.isArray(values)) values.forEach((v, i) => (typeof v === "object" ? postedForm(v, `${prefix}.${i}`, out) : out.append(prefix, String(v))));
  else if (values && typeof values === "object") for (const [k, v] of Object.entries(values)) postedForm(v, prefix ? `${prefix}.${k}` : k, out);
  else out.append(prefix, String(values));
  return out;
}

const states = (doc: EntryDraft) => Object.fromEntries(Object.entries(sectionProgress(doc)).map(([id, p]) => [id, p.state]));
const allNotStarted = Object.fromEntries(SECTIONS.map((s) => [s.id, "not_started"]));

const general: EntryDraft = {
  name: "Sort permit applications",
  descriptionShort: "Sorts permit applications by urgency.",
  lifecycle: { status: "in_use" },
  publicationCategory: "C",
  contact: "algorithms@municipality.example",
  language: "eng",
};

describe("section progress", () => {
  test("an empty draft is not started anywhere, although the form pre-selects 'developed in-house' and unticked boxes", () => {
    const posted = formDataToEntry(postedForm(entryToFormDefaults(emptyEntry())));
    expect(posted.procurement?.inHouse).toBe(true);
    expect(posted.selfLearning).toBe(false);
    expect(posted.euAiAct?.highRisk).toBe(false);
    expect(states(emptyEntry())).toEqual(allNotStarted);
    expect(states(posted)).toEqual(allNotStarted);
    // A new draft carries its organisation's language (createDraft): not an answer either.
    expect(states({ ...emptyEntry(), language: "nld" })).toEqual(allNotStarted);
    expect(Object.values(sectionProgress(posted)).every((p) => p.answered === 0)).toBe(true);
  });

  test("a section with an answer and a problem is not complete", () => {
    const progress = sectionProgress({ ...emptyEntry(), name: "Only a name" });
    expect(progress.general.state).toBe("problems");
    expect(progress.general.problems).toBe(5); // description, status, category, contact, language
    expect(progress.general.answered).toBe(1);
    expect(sectionProgress({ ...general, contact: "not an address" }).general.state).toBe("problems");
  });

  test("a section is complete when something was answered and the submit rules find nothing wrong there", () => {
    const progress = sectionProgress({ ...emptyEntry(), ...general });
    // The language is filled in by the register (the organisation's), so it is not counted as answered.
    expect(progress.general).toMatchObject({ state: "complete", answered: 5, problems: 0 });
    expect(progress.general.total).toBeGreaterThan(6);
    expect(progress.charter.state).toBe("not_started");
    expect(sectionProgress({ ...general, charter: { people: "We asked the people it affects." } }).charter.state).toBe("complete");
  });

  test("ticking a box the form leaves unticked is an answer", () => {
    expect(sectionProgress({ ...emptyEntry(), selfLearning: true }).how_it_works.state).toBe("complete");
    expect(sectionProgress({ ...emptyEntry(), euAiAct: { highRisk: true } }).risk.state).toBe("complete");
  });

  test("procurement: choosing a supplier is an answer; in-house is answered by what is said about the source code", () => {
    expect(sectionProgress({ procurement: { inHouse: false, suppliers: [] } }).procurement).toMatchObject({ state: "problems", problems: 1 });
    expect(sectionProgress({ procurement: { inHouse: false, suppliers: [{ supplierId: "s1", role: "developer" }] } }).procurement.state).toBe("complete");
    expect(sectionProgress({ procurement: { inHouse: true, suppliers: [] } }).procurement).toMatchObject({ state: "not_started", total: 3 });
    expect(sectionProgress({ procurement: { inHouse: true, suppliers: [], sourceAvailability: "Published under EUPL-1.2." } }).procurement.state).toBe(
      "complete",
    );
  });

  test("problems are counted in the section whose inputs show them", () => {
    expect(sectionOfPath("procurement.suppliers.0.role")).toBe("procurement");
    expect(sectionOfPath("procurement.currency")).toBe("procurement");
    expect(sectionOfPath("tags.2")).toBe("general");
    expect(sectionOfPath("lawfulBasisLinks.0.link")).toBe("responsible_use");
    expect(sectionOfPath("charter.people")).toBe("charter");
    expect(sectionOfPath("dataDeclarations.0.name")).toBe("data");
    expect(sectionOfPath("lifeEvents")).toBe("data");
    expect(sectionOfPath("lifecycle")).toBe("general");
    expect(sectionOfPath("_form")).toBeUndefined();
  });
});
