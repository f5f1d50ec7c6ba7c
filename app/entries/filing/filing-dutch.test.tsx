/**
 * The filing journey in Dutch: the form with the publication standard's own Dutch labels, a refused
 * submit whose error summary speaks Dutch, redirects that stay under /nl/, and the staff page.
 */
import { describe, expect, it } from "vitest";
import { createDraft } from "~/entries/entries.server";
import { entryToFormDefaults } from "~/entries/entry-form";
import { emptyEntry, type EntryDraft } from "~/entries/entry-schema";
import { filingLabels } from "~/entries/filing/filing-labels";
import { FilingSections } from "~/entries/filing/filing-sections";
import { FIELDS, type FieldKey } from "~/entries/standard";
import { fieldLabel } from "~/entries/standard-text";
import { ErrorSummary } from "~/forms/error-summary";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import { action as staffAction, loader as staffLoader } from "~/routes/entries.$id";
import { action as editAction, loader as editLoader } from "~/routes/entries.$id_.edit";
import { action as newAction } from "~/routes/entries.new";
import { createOrgWithStaff } from "../../../tests/support/entry-factories";
import { sessionFor } from "../../../tests/support/factories";
import { renderInLanguage } from "../../../tests/support/render-in-language";
import { call, dataOf, formRequest, getRequest, statusOf } from "../../../tests/support/requests";

const nl = textFor("nl");
const en = textFor("en");
const locationOf = (thrown: unknown) => (thrown instanceof Response ? thrown.headers.get("Location") : null);

/** The titles of the fields in the Dutch publication standard 1.0 (MinBZK/Algoritmeregister, backend/app/schemas/config/v1_0.json), by key there. */
const STANDARD_TITLES: Record<string, string> = {
  name: "Naam",
  description_short: "Korte omschrijving",
  category: "Thema",
  status: "Status",
  begin_date: "Begindatum",
  end_date: "Einddatum",
  contact_email: "Contactgegevens",
  website: "Link naar publiekspagina",
  publication_category: "Publicatiecategorie",
  url: "Link naar bronregistratie",
  goal: "Doel en impact",
  proportionality: "Afwegingen",
  human_intervention: "Menselijke tussenkomst",
  risks: "Risicobeheer",
  lawful_basis: "Wettelijke basis",
  lawful_basis_grouping: "Verwijzingen wettelijke basis",
  process_index_url: "Link naar verwerkingsregister",
  impacttoetsen_grouping: "Impacttoetsen",
  impacttoetsen: "Toelichting op impacttoetsen",
  source_data: "Gegevens",
  source_data_grouping: "Verwijzingen gegevensbronnen",
  methods_and_models: "Technische werking",
  provider: "Leverancier",
  publiccode: "Link naar broncode",
  lang: "Taal",
  source_id: "Bron-ID",
  tags: "Zoektermen",
  lars: "Algoritme-ID",
};

describe("the publication standard in Dutch", () => {
  it("labels every field the standard has with the standard's own Dutch title", () => {
    const withNl = (Object.keys(FIELDS) as FieldKey[]).filter((key) => FIELDS[key].nl);
    expect(withNl.length).toBe(Object.keys(STANDARD_TITLES).length);
    for (const key of withNl) expect(fieldLabel(nl, key), key).toBe(STANDARD_TITLES[FIELDS[key].nl!]);
  });

  it("gives every field and section a Dutch text of its own", () => {
    const ours = (Object.keys(FIELDS) as FieldKey[]).filter((key) => !FIELDS[key].nl);
    for (const key of ours) expect(fieldLabel(nl, key), key).not.toBe(fieldLabel(en, key));
  });

  it("renders the filing form in Dutch, without the English labels", async () => {
    const draft = emptyEntry();
    const html = await renderInLanguage(<FilingSections defaults={entryToFormDefaults(draft)} live={draft} messages={{}} supplierOptions={[]} />, "nl");
    for (const text of ["Algemene informatie", "Verantwoord gebruik", "Werking", "Naam", "Korte omschrijving", "Doel en impact", "Menselijke tussenkomst"])
      expect(html).toContain(text);
    expect(html).toContain('Doel en impact <span class="optional">(verplicht voor categorie A en B)</span>');
    expect(html).toContain("Ten hoogste 100 tekens.");
    for (const english of [
      "General information",
      "Short description",
      "Purpose and impact",
      "Human involvement",
      "Save draft",
      "You can use Markdown",
      "(optional)",
    ])
      expect(html).not.toContain(english);
  });

  it("gives the risk panel's advice and warnings in Dutch", async () => {
    const live: EntryDraft = {
      ...emptyEntry(),
      algorithmType: "rule_based",
      selfLearning: true,
      euAiAct: { highRisk: true },
      publicationCategory: "B",
      risk: { likelihood: "probable", impact: "high" },
    };
    const html = await renderInLanguage(<FilingSections defaults={entryToFormDefaults(live)} live={live} messages={{}} supplierOptions={[]} />, "nl");
    expect(html).toContain("Het is een AI-systeem met een hoog risico volgens de AI-verordening.");
    expect(html).toContain("U koos B.");
    expect(html).toMatch(/data-testid="risk-level"><strong>(Laag|Gemiddeld|Hoog)<\/strong>/);
    expect(html).toContain("Een regelgebaseerd algoritme leert niet zelf.");
    expect(html).not.toContain("rule-based algorithm");
  });
});

describe("filing an entry at /nl/", () => {
  it("refuses an incomplete submit with Dutch messages in the error summary, and keeps the draft", async () => {
    const { org, editor } = await createOrgWithStaff();
    const entry = await createDraft(editor, org.id, {});
    const cookie = await sessionFor(editor.id);
    const fields = { intent: "submit", name: "Sporthallen reserveren", "lifecycle.beganOn": "maart", "lawfulBasisLinks.0.link": "https://wetten.example/1" };
    const res = await call(editAction, await formRequest(`/nl/entries/${entry.id}/edit`, fields, { cookie }), { id: entry.id });
    expect(statusOf(res.result)).toBe(400);
    const { errors } = dataOf<{ errors: Record<string, string> }>(res.result);
    expect(showProblem(nl, errors.descriptionShort)).toBe("Vul een korte omschrijving in");
    expect(showProblem(nl, errors["lifecycle.beganOn"])).toBe("Vul een maand in als JJJJ-MM, bijvoorbeeld 2024-03");
    expect(showProblem(nl, errors["lawfulBasisLinks.0.title"])).toBe("Vul een titel voor de link in");

    const summary = await renderInLanguage(<ErrorSummary errors={errors} labels={filingLabels(nl)} />, "nl");
    expect(summary).toContain("Er is een probleem");
    expect(summary).toContain("Korte omschrijving: Vul een korte omschrijving in");
    expect(summary).toContain("Begindatum: Vul een maand in als JJJJ-MM, bijvoorbeeld 2024-03");
    expect(summary).toContain("Verwijzingen wettelijke basis, link 1, titel: Vul een titel voor de link in");
    for (const english of ["There is a problem", "Enter a short description", "Short description", "Enter a title"]) expect(summary).not.toContain(english);
  });

  it("comes back to the section saved from, under /nl/, with the confirmation in Dutch", async () => {
    const { org, editor } = await createOrgWithStaff();
    const entry = await createDraft(editor, org.id, {});
    const cookie = await sessionFor(editor.id);
    const saved = await call(editAction, await formRequest(`/nl/entries/${entry.id}/edit`, { section: "procurement", name: "Afval ophalen" }, { cookie }), {
      id: entry.id,
    });
    const location = locationOf(saved.thrown);
    expect(location).toBe(`/nl/entries/${entry.id}/edit?saved=1&section=procurement#section-procurement`);
    const page = await call(editLoader, getRequest(location!, cookie), { id: entry.id });
    const data = dataOf<{ title: string; section: { id: string; message: string } }>(page.result);
    expect(data.section.message).toBe("Concept opgeslagen. U bent terug bij “Inkoop en leveranciers”.");
    expect(data.title).toMatch(/^Registratie bewerken: Afval ophalen/);
  });

  it("asks for the entry to copy in Dutch, and opens a new draft under /nl/", async () => {
    const { org, editor } = await createOrgWithStaff();
    const cookie = await sessionFor(editor.id);
    const refused = await call(newAction, await formRequest("/nl/entries/new", { organisationId: org.id, start: "template", template: "" }, { cookie }));
    expect(statusOf(refused.result)).toBe(400);
    const { errors } = dataOf<{ errors: Record<string, string> }>(refused.result);
    expect(showProblem(nl, errors.template)).toBe("Kies de gepubliceerde registratie die u wilt kopiëren");
    const created = await call(newAction, await formRequest("/nl/entries/new", { organisationId: org.id, start: "empty" }, { cookie }));
    expect(locationOf(created.thrown)).toMatch(/^\/nl\/entries\/[^/]+\/edit$/);
  });

  it("answers a workflow step on the staff page in Dutch", async () => {
    const { org, editor, approver } = await createOrgWithStaff();
    const draft: EntryDraft = { name: "Parkeervergunningen toekennen" };
    const entry = await createDraft(editor, org.id, draft);
    const cookie = await sessionFor(approver.id);
    const page = await call(staffLoader, getRequest(`/nl/entries/${entry.id}`, cookie), { id: entry.id });
    expect(dataOf<{ title: string }>(page.result).title).toBe(`Parkeervergunningen toekennen – ${nl.nav.dashboard} – ${nl.site.name}`);
    const refused = await call(staffAction, await formRequest(`/nl/entries/${entry.id}`, { intent: "publish" }, { cookie }), { id: entry.id });
    expect(statusOf(refused.result)).toBe(400);
    const { errors } = dataOf<{ errors: Record<string, string> }>(refused.result);
    expect(showProblem(nl, errors._form)).toBe("Deze registratie is een concept: publiceren is nu niet mogelijk.");
    expect(showProblem(en, errors._form)).toBe("This entry is a draft: it cannot be published now.");
  });
});
