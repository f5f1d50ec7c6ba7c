import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { AssessmentSection } from "~/assessments/assessment-section";
import { assessmentsForEntryPage } from "~/assessments/entry-assessments.server";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import AssessmentOverview, { loader as overviewLoader } from "~/routes/assessments.$id._index";
import AssessmentPart, { action as partAction } from "~/routes/assessments.$id.part.$part";
import { completeAssessmentDoc, createAssessmentIn } from "../support/assessment-factories";
import { sessionFor } from "../support/factories";
import { call, dataOf, formRequest, getRequest, statusOf } from "../support/requests";

/** A route component rendered as Remix would on the server, under a root whose loader chose `language`. */
function renderPage(Page: ComponentType, path: string, language: "en" | "nl", loaderData: unknown, actionData?: unknown) {
  const router = createMemoryRouter([{ id: "root", path: "/", children: [{ id: "page", path: path.slice(1), Component: Page }] }], {
    initialEntries: [path],
    hydrationData: { loaderData: { root: { language, csrfToken: "t" }, page: loaderData }, actionData: actionData ? { page: actionData } : undefined },
  });
  return renderToStaticMarkup(createElement(RouterProvider, { router }));
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("an assessment in Dutch", () => {
  it("renders the overview page at /nl/ in Dutch, with the IAMA's own questions and Dutch links", async () => {
    const s = await createAssessmentIn("draft");
    const cookie = await sessionFor(s.editor.id);
    const path = `/nl/assessments/${s.assessmentId}`;
    const loaded = await call(overviewLoader, getRequest(path, cookie), { id: s.assessmentId });
    expect(loaded.thrown).toBeNull();
    const html = renderPage(AssessmentOverview, path, "nl", dataOf(loaded.result));
    const page = text(html);
    expect(page).toContain("Impactbeoordeling:");
    expect(page).toContain("Wat u kunt doen");
    expect(page).toContain("Deel 1: Waarom: aanleiding, doelen en waarden");
    expect(page).toContain("Ter beoordeling indienen");
    // The IAMA's wording of question 1.1 and its topic, and a Dutch right name.
    expect(page).toContain("1.1 Aanleiding en probleemdefinitie");
    expect(page).toContain("Licht uw voorstel voor het gebruik/de inzet van een algoritme toe.");
    expect(page).toContain("Bescherming van persoonsgegevens");
    expect(html).toContain(`href="/nl/assessments/${s.assessmentId}/part/1"`);
    // No English catalogue text.
    const en = textFor("en").assessments;
    for (const english of [en.overviewPage.actionsTitle, en.submit, en.comments, en.answers.mitigations, "Reason and problem", "Protection of personal data"]) {
      expect(page).not.toContain(english);
    }
  });

  it("keeps English at the unprefixed address", async () => {
    const s = await createAssessmentIn("draft");
    const cookie = await sessionFor(s.editor.id);
    const path = `/assessments/${s.assessmentId}`;
    const loaded = await call(overviewLoader, getRequest(path, cookie), { id: s.assessmentId });
    const page = text(renderPage(AssessmentOverview, path, "en", dataOf(loaded.result)));
    expect(page).toContain("What you can do");
    expect(page).toContain("1.1 Reason and problem");
    expect(page).not.toContain("Aanleiding en probleemdefinitie");
  });

  it("refuses a save in Dutch with Dutch messages, keeps what was typed and comes back to the Dutch address", async () => {
    const s = await createAssessmentIn("draft", completeAssessmentDoc({ answers: {}, confidential: {} }));
    const cookie = await sessionFor(s.editor.id);
    const path = `/nl/assessments/${s.assessmentId}/part/extra`;
    const refused = await call(
      partAction,
      await formRequest(
        path,
        { intent: "save", "dpia.summary": "x".repeat(2501), "otherAssessments.0.type": "", "otherAssessments.0.summary": "Getypt" },
        { cookie },
      ),
      { id: s.assessmentId, part: "extra" },
    );
    expect(statusOf(refused.result)).toBe(400);
    const d = dataOf<{ errors: Record<string, string>; doc: ReturnType<typeof completeAssessmentDoc> }>(refused.result);
    expect(showProblem(textFor("nl"), d.errors["dpia.summary"])).toBe("Gebruik 2500 tekens of minder");
    expect(d.doc.otherAssessments[0]?.summary).toBe("Getypt");

    const html = renderPage(AssessmentPart, path, "nl", { id: s.assessmentId, part: "extra", entryName: "X", doc: d.doc }, d);
    const page = text(html);
    expect(page).toContain("Er is een probleem");
    expect(page).toContain("Samenvatting van de DPIA: Gebruik 2500 tekens of minder");
    expect(page).toContain("Andere beoordelingen");
    expect(page).toContain("Getypt");
    expect(page).not.toContain("Use 2500 characters or fewer");
    expect(page).not.toContain("Summary of the DPIA");

    const saved = await call(partAction, await formRequest(path, { intent: "save-next", "dpia.summary": "Kort" }, { cookie }), {
      id: s.assessmentId,
      part: "extra",
    });
    expect((saved.thrown as Response).headers.get("Location")).toBe(`/nl/assessments/${s.assessmentId}/part/extra?saved=1`);
  });

  it("explains in Dutch why an incomplete assessment cannot be submitted", async () => {
    const s = await createAssessmentIn("draft", completeAssessmentDoc({ answers: {}, rights: [], otherAssessments: [] }));
    const cookie = await sessionFor(s.editor.id);
    const path = `/nl/assessments/${s.assessmentId}`;
    const { action } = await import("~/routes/assessments.$id._index");
    const refused = await call(action, await formRequest(path, { intent: "submit" }, { cookie }), { id: s.assessmentId });
    expect(statusOf(refused.result)).toBe(400);
    const errors = dataOf<{ errors: Record<string, string> }>(refused.result).errors;
    const nl = textFor("nl");
    expect(showProblem(nl, errors["answers.1.1"])).toBe("Beantwoord vraag 1.1");
    expect(showProblem(nl, errors.noneExplanation)).toBe("Leg uit waarom er geen andere beoordeling (zoals een DPIA) is gedaan");
    const loaded = await call(overviewLoader, getRequest(path, cookie), { id: s.assessmentId });
    const page = text(renderPage(AssessmentOverview, path, "nl", dataOf(loaded.result), { errors }));
    expect(page).toContain("1.1 Aanleiding en probleemdefinitie: Beantwoord vraag 1.1");
    expect(page).not.toContain("Answer question");
  });

  it("shows a concluded assessment on the Dutch entry page in Dutch", async () => {
    const s = await createAssessmentIn("concluded");
    const assessments = await assessmentsForEntryPage(s.entry.id, "nl");
    const Section = () => createElement(AssessmentSection, { assessments, entryPublicId: "x" });
    const page = text(renderPage(Section, "/nl/algorithms/x", "nl", null));
    expect(page).toContain("Impact Assessment Mensenrechten en Algoritmes (IAMA), beoordeeld op");
    expect(page).toContain("Toereikend, met aanbevelingen");
    expect(page).toContain("Deel 2A: Wat: de data (input): 4 van 4 beantwoord");
    expect(page).toContain("3 grondrechten beoordeeld");
    expect(page).toContain("Gelijke behandeling en verbod op directe en indirecte discriminatie");
    expect(page).toContain("Niet openbaar gemaakt");
    expect(page).not.toContain("Adequate");
    expect(page).not.toContain("Fundamental rights assessed");
  });
});
