import { parse } from "csv-parse/sync";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { describe, expect, it } from "vitest";
import { saveDraft, transition } from "~/entries/entries.server";
import { formDataToEntry } from "~/entries/entry-schema";
import { inLanguage, languageTag } from "~/entries/translations";
import { textFor } from "~/i18n/text";
import { showProblem } from "~/i18n/problem";
import { loader as publicLoader, default as AlgorithmPage } from "~/routes/algorithms.$id";
import { loader as historyLoader } from "~/routes/algorithms.$id_.history";
import { loader as apiEntryLoader } from "~/routes/api.v1.entries.$id";
import { loader as csvLoader } from "~/routes/downloads.entries[.]csv";
import { loader as jsonLoader } from "~/routes/downloads.entries[.]json";
import { action as editAction } from "~/routes/entries.$id_.edit";
import { loader as staffLoader } from "~/routes/entries.$id";
import { action as translationAction, loader as translationLoader } from "~/routes/entries.$id_.translation";
import { db } from "~/utils/db.server";
import { createOrgWithStaff, createPublishedEntry, validDocument } from "../support/entry-factories";
import { sessionFor } from "../support/factories";
import { call, dataOf, formRequest, getRequest, statusOf } from "../support/requests";

const DUTCH = {
  name: "Vergunningaanvragen sorteren",
  descriptionShort: "Sorteert vergunningaanvragen op urgentie, zodat eenvoudige aanvragen eerst worden behandeld.",
  goal: "Sneller besluiten over eenvoudige vergunningen.",
};

type Staff = Awaited<ReturnType<typeof createOrgWithStaff>>;

async function postTranslation(entryId: string, staff: Staff, fields: Record<string, string>, path = `/nl/entries/${entryId}/translation`) {
  return call(translationAction, await formRequest(path, fields, { cookie: await sessionFor(staff.editor.id) }), { id: entryId });
}

async function draftOf(entryId: string) {
  const row = await db.entry.findUniqueOrThrow({ where: { id: entryId }, select: { draft: true } });
  return JSON.parse(row.draft) as Record<string, unknown>;
}

/** A published English entry with a Dutch translation filed through the form, submitted and published as version 2. */
async function publishedWithTranslation() {
  const staff = await createOrgWithStaff();
  const { entry } = await createPublishedEntry({}, staff);
  await saveDraft(staff.editor, entry.id, validDocument());
  const posted = await postTranslation(entry.id, staff, { language: "nl", ...DUTCH });
  expect(statusOf(posted.thrown)).toBe(302);
  expect((posted.thrown as Response).headers.get("Location")).toBe(`/nl/entries/${entry.id}/translation?into=nl&done=saved`);
  expect(await transition(staff.editor, entry.id, "submit")).toMatchObject({ ok: true });
  expect(await transition(staff.approver, entry.id, "publish", { changeNote: "Dutch translation" })).toMatchObject({ ok: true });
  return { ...staff, entry };
}

async function publicPage(publicId: string, path: string) {
  const { result, thrown } = await call(publicLoader, getRequest(path), { id: publicId });
  expect(thrown).toBeNull();
  return dataOf<Awaited<ReturnType<typeof publicLoader>>>(result);
}

/** The public page's HTML, rendered by its route component from its real loader. */
async function renderPublicPage(publicId: string, path: string) {
  const routes = [{ id: "entry", path, loader: () => publicPage(publicId, path), Component: AlgorithmPage }];
  const context = await createStaticHandler(routes).query(new Request(`http://localhost${path}`));
  if (context instanceof Response) throw new Error("unexpected redirect");
  return renderToStaticMarkup(createElement(StaticRouterProvider, { router: createStaticRouter(routes, context), context }));
}

describe("the translation form (entries/:id/translation)", () => {
  it("saves the translation with the draft, and the filing form's saves keep it", async () => {
    const staff = await createOrgWithStaff();
    const { entry } = await createPublishedEntry({}, staff);
    const view = await call(translationLoader, getRequest(`/nl/entries/${entry.id}/translation`, await sessionFor(staff.editor.id)), { id: entry.id });
    const page = dataOf<Awaited<ReturnType<typeof translationLoader>>>(view.result);
    expect(page.into).toEqual({ language: "nl", name: "Nederlands" });
    expect(page.original).toEqual({ tag: "en", name: "Engels" });
    expect(page.title).toContain("Vertaling");

    await postTranslation(entry.id, staff, { language: "nl", ...DUTCH });
    expect((await draftOf(entry.id)).translations).toEqual({ nl: DUTCH });
    // Editing a published entry opens a draft; the public page keeps the published version.
    expect((await db.entry.findUniqueOrThrow({ where: { id: entry.id } })).state).toBe("draft");

    const form = new URLSearchParams({ name: "Sort permit applications", descriptionShort: "Sorts them.", language: "eng" });
    const saved = await call(
      editAction,
      await formRequest(`/entries/${entry.id}/edit`, Object.fromEntries(form), { cookie: await sessionFor(staff.editor.id) }),
      {
        id: entry.id,
      },
    );
    expect(statusOf(saved.thrown)).toBe(302);
    const draft = await draftOf(entry.id);
    expect(draft.name).toBe("Sort permit applications");
    expect(draft.translations).toEqual({ nl: DUTCH });
    // The filing form's own reading of a post never touches the translations.
    expect(formDataToEntry(form).translations).toBeUndefined();
  });

  it("refuses a translation without a name or with a text too long, in the page's language, keeping what was typed", async () => {
    const staff = await createOrgWithStaff();
    const { entry } = await createPublishedEntry({}, staff);
    const typed = { language: "nl", descriptionShort: "x".repeat(401), goal: "Sneller besluiten." };
    const refused = await postTranslation(entry.id, staff, typed);
    expect(statusOf(refused.result)).toBe(400);
    const { errors, values } = dataOf<{ errors: Record<string, string>; values: Record<string, string> }>(refused.result);
    const nl = textFor("nl");
    expect(showProblem(nl, errors.name)).toBe("Vul de vertaalde naam in, of laat alle velden leeg");
    expect(showProblem(nl, errors.descriptionShort)).toBe("Gebruik 400 tekens of minder");
    expect(showProblem(textFor("en"), errors.descriptionShort)).toBe("Use 400 characters or fewer");
    expect(values).toMatchObject(typed);
    expect((await draftOf(entry.id)).translations).toBeUndefined();
  });

  it("refuses a translation into the entry's own language, and removes a translation whose fields are all empty", async () => {
    const staff = await createOrgWithStaff();
    const { entry } = await createPublishedEntry({}, staff);
    const same = await postTranslation(entry.id, staff, { language: "en", name: "Sort", descriptionShort: "Sorts." });
    expect(showProblem(textFor("nl"), dataOf<{ errors: Record<string, string> }>(same.result).errors.language)).toBe(
      "De registratie is al in deze taal geschreven: kies een andere taal",
    );
    await postTranslation(entry.id, staff, { language: "nl", ...DUTCH });
    await postTranslation(entry.id, staff, { language: "nl", name: "", descriptionShort: "" });
    expect((await draftOf(entry.id)).translations).toEqual({});
  });

  it("is for the entry's own organisation only", async () => {
    const staff = await createOrgWithStaff();
    const other = await createOrgWithStaff();
    const { entry } = await createPublishedEntry({}, staff);
    const refused = await postTranslation(entry.id, other, { language: "nl", ...DUTCH });
    expect(statusOf(refused.thrown)).toBe(403);
  });
});

describe("a published translation", () => {
  it("is published with the version and shows in the history as rows of its own, labelled with the language", async () => {
    const { entry } = await publishedWithTranslation();
    const version = await db.entryVersion.findFirstOrThrow({ where: { entryId: entry.id, number: 2 } });
    expect(JSON.parse(version.data).translations).toEqual({ nl: DUTCH });
    const { result } = await call(historyLoader, getRequest(`/algorithms/${entry.publicId}/history?from=1&to=2`), { id: entry.publicId });
    const { diff } = dataOf<Awaited<ReturnType<typeof historyLoader>>>(result);
    const rows = diff.changes.filter((c) => c.language === "nl");
    expect(rows.map((c) => [c.key, c.change, c.after])).toEqual([
      ["name", "added", DUTCH.name],
      ["descriptionShort", "added", DUTCH.descriptionShort],
      ["goal", "added", DUTCH.goal],
    ]);
    expect(diff.changes.filter((c) => !c.language)).toEqual([]);
  });

  it("is what a Dutch visitor reads, marked with its language; an English visitor reads the original", async () => {
    const { entry } = await publishedWithTranslation();
    const nl = await publicPage(entry.publicId, `/nl/algorithms/${entry.publicId}`);
    expect(nl.doc.name).toBe(DUTCH.name);
    expect(nl.html.goal).toContain(DUTCH.goal);
    // Not translated: shown in the original.
    expect(nl.html.humanIntervention).toContain("A case worker checks every suggestion");
    expect(nl.texts).toEqual({ original: "en", shown: "translation", fieldLanguages: { name: "nl", descriptionShort: "nl", goal: "nl" } });

    const html = await renderPublicPage(entry.publicId, `/nl/algorithms/${entry.publicId}`);
    expect(html).toContain(`<h1>${DUTCH.name}</h1>`);
    expect(html).toContain("Door de organisatie vertaald uit het Engels.");
    // The untranslated text carries its own language; the translated ones are in the page's.
    expect(html).toMatch(/<div class="prose" lang="en"><p>A case worker checks every suggestion/);
    expect(html).toMatch(/<div class="prose"><p>Sneller besluiten/);

    const en = await publicPage(entry.publicId, `/en/algorithms/${entry.publicId}`);
    expect(en.doc.name).toBe(validDocument().name);
    expect(en.texts?.shown).toBe("same");
    const english = await renderPublicPage(entry.publicId, `/en/algorithms/${entry.publicId}`);
    expect(english).not.toContain('lang="nl"');
    expect(english).not.toContain("This entry is written in");
  });

  it("without a translation, the original is shown with a notice and its lang attribute", async () => {
    const { entry } = await createPublishedEntry({ language: "nld", ...DUTCH });
    const html = await renderPublicPage(entry.publicId, `/en/algorithms/${entry.publicId}`);
    expect(html).toContain(`<h1 lang="nl">${DUTCH.name}</h1>`);
    expect(html).toContain("This entry is written in Dutch.");
    expect(html).toMatch(/<div class="prose" lang="nl"><p>Sneller besluiten/);
    const dutchPage = await renderPublicPage(entry.publicId, `/nl/algorithms/${entry.publicId}`);
    expect(dutchPage).not.toContain('lang="nl"');
    expect(dutchPage).not.toContain("Dit algoritme is beschreven in het");

    const english = await createPublishedEntry({});
    expect(await renderPublicPage(english.entry.publicId, `/nl/algorithms/${english.entry.publicId}`)).toContain("Dit algoritme is beschreven in het Engels.");
  });

  it("is in the API and the JSON and CSV downloads with the language of each text", async () => {
    const { entry } = await publishedWithTranslation();
    const api = await call(apiEntryLoader, getRequest(`/api/v1/entries/${entry.publicId}`), { id: entry.publicId });
    const body = (await (api.result as Response).json()) as Record<string, unknown> & { document: Record<string, unknown> };
    expect(body.language).toBe("en");
    expect(body.translations).toEqual([{ language: "nl", fields: DUTCH }]);
    expect(body.document.name).toBe(validDocument().name);
    expect(body.document).not.toHaveProperty("translations");

    const json = (await ((await call(jsonLoader, getRequest("/downloads/entries.json"))).result as Response).json()) as Array<Record<string, unknown>>;
    expect(json.find((e) => e.id === entry.publicId)).toMatchObject({ language: "en", translations: [{ language: "nl", fields: DUTCH }] });

    const csv = await ((await call(csvLoader, getRequest("/downloads/entries.csv"))).result as Response).text();
    const row = (parse(csv, { columns: true }) as Array<Record<string, string>>).find((r) => r.public_id === entry.publicId)!;
    expect(row).toMatchObject({
      name: validDocument().name,
      language: "eng",
      name_nl: DUTCH.name,
      description_short_nl: DUTCH.descriptionShort,
      goal_nl: DUTCH.goal,
      name_en: "",
    });
  });
});

describe("the approver's review and the restricted section", () => {
  it("shows the approver the submission in their language with its translations, and publishes only the public texts of a restricted entry", async () => {
    const staff = await createOrgWithStaff();
    const { entry } = await createPublishedEntry({}, staff);
    await saveDraft(staff.editor, entry.id, validDocument({ translations: { nl: DUTCH } }));
    expect(await transition(staff.editor, entry.id, "submit")).toMatchObject({ ok: true });
    const res = await call(staffLoader, getRequest(`/nl/entries/${entry.id}`, await sessionFor(staff.approver.id)), { id: entry.id });
    const review = dataOf<Awaited<ReturnType<typeof staffLoader>>>(res.result).review!;
    expect(review.preview.doc.name).toBe(DUTCH.name);
    expect(review.preview.texts?.shown).toBe("translation");
    expect(review.preview.doc.translations).toEqual({ nl: DUTCH });
    expect(review.changes?.diff.changes.filter((c) => c.language === "nl").map((c) => c.key)).toEqual(["name", "descriptionShort", "goal"]);

    const restricted = await createPublishedEntry({
      euAiAct: { highRisk: true, restrictedSection: true },
      translations: { nl: { ...DUTCH, appeals: "Bezwaar maken kan." } },
    });
    const page = await publicPage(restricted.entry.publicId, `/nl/algorithms/${restricted.entry.publicId}`);
    expect(page.doc.name).toBe(DUTCH.name);
    expect(page.doc.translations).toEqual({ nl: { name: DUTCH.name, descriptionShort: DUTCH.descriptionShort, appeals: "Bezwaar maken kan." } });
    expect(JSON.stringify(page)).not.toContain(DUTCH.goal);
  });
});

describe("languages of an entry", () => {
  it("maps the standard's codes to page language tags, and a new entry takes its organisation's language", async () => {
    expect(languageTag("nld")).toBe("nl");
    expect(languageTag("eng")).toBe("en");
    expect(languageTag(undefined)).toBeNull();
    // Not saying what language it is in: shown as it is, without a notice.
    expect(inLanguage({ name: "X" }, "nl").texts.shown).toBe("same");
    const staff = await createOrgWithStaff();
    const { createDraft } = await import("~/entries/entries.server");
    const { emptyEntry } = await import("~/entries/entry-schema");
    const draft = await createDraft(staff.editor, staff.org.id, emptyEntry());
    expect((await draftOf(draft.id)).language).toBe("nld");
  });
});

describe("result lists", () => {
  /** The organisation page's HTML, rendered by its route component from its real loader. */
  async function renderOrganisationPage(slug: string, path: string) {
    const { default: OrganisationPage, loader } = await import("~/routes/organisations.$slug");
    const routes = [
      {
        id: "organisation",
        path,
        loader: async () => dataOf(await loader({ request: getRequest(path), params: { slug }, context: {} })),
        Component: OrganisationPage,
      },
    ];
    const context = await createStaticHandler(routes).query(new Request(`http://localhost${path}`));
    if (context instanceof Response) throw new Error("unexpected redirect");
    return renderToStaticMarkup(createElement(StaticRouterProvider, { router: createStaticRouter(routes, context), context }));
  }

  it("show an entry's name and summary in the page's language where the organisation translated them, else the original with its lang", async () => {
    const { entry, org } = await publishedWithTranslation();
    const { entry: untranslated } = await createPublishedEntry(
      { language: "nld", name: "Meldingen openbare ruimte sorteren", descriptionShort: "Sorteert meldingen." },
      {
        org,
        editor: await db.user.findFirstOrThrow({ where: { organisationId: org.id, role: "editor" } }),
        approver: await db.user.findFirstOrThrow({ where: { organisationId: org.id, role: "approver" } }),
      } as Staff,
    );
    const { entrySummaries } = await import("~/search/entry-summaries.server");

    const [dutch, own] = await entrySummaries([entry.id, untranslated.id], "nl");
    expect(dutch).toMatchObject({
      name: DUTCH.name,
      descriptionShort: DUTCH.descriptionShort,
      language: "en",
      textLanguages: { name: "nl", descriptionShort: "nl" },
    });
    expect(own).toMatchObject({ name: "Meldingen openbare ruimte sorteren", textLanguages: { name: "nl" } });
    const [english, original] = await entrySummaries([entry.id, untranslated.id], "en");
    expect(english).toMatchObject({ name: validDocument().name, textLanguages: { name: "en" } });
    expect(original).toMatchObject({ name: "Meldingen openbare ruimte sorteren", textLanguages: { name: "nl" } });
    // Without a page language (the API), the entry's own texts.
    expect((await entrySummaries([entry.id]))[0]).toMatchObject({ name: validDocument().name, textLanguages: { name: "en" } });

    const nlPage = await renderOrganisationPage(org.slug, `/nl/organisations/${org.slug}`);
    expect(nlPage).toContain(`<h3><a data-discover="true" href="/nl/algorithms/${entry.publicId}">${DUTCH.name}</a></h3>`);
    expect(nlPage).toContain(`<h3><a data-discover="true" href="/nl/algorithms/${untranslated.publicId}">Meldingen openbare ruimte sorteren</a></h3>`);
    const enPage = await renderOrganisationPage(org.slug, `/en/organisations/${org.slug}`);
    expect(enPage).toContain(`<h3><a data-discover="true" href="/en/algorithms/${entry.publicId}">${validDocument().name}</a></h3>`);
    expect(enPage).toContain(
      `<h3 lang="nl"><a data-discover="true" href="/en/algorithms/${untranslated.publicId}">Meldingen openbare ruimte sorteren</a></h3>`,
    );
  });
});

describe("the your-data listings", () => {
  it("show each system's texts in the page's language where translated, and mark the others with their language", async () => {
    const { DATA_CATEGORIES } = await import("~content/vocabularies/data-categories");
    const { systemsUsingCategory } = await import("~/data-use/your-data.server");
    const category = DATA_CATEGORIES.find((c) => c.slug === "contact-and-address")!;
    const declaration = { name: "Zorgdossiers", source: "own-records", personalData: "identifiable", categories: ["contact-and-address"], use: "both" } as const;
    const dutch = { language: "nld", ...DUTCH, humanIntervention: "Een medewerker beoordeelt elke aanvraag.", dataDeclarations: [declaration] };
    const staff = await createOrgWithStaff();
    const { entry: translated } = await createPublishedEntry(
      { ...dutch, translations: { en: { name: "Sort permit applications (translated)", descriptionShort: "Sorts permit applications by urgency." } } },
      staff,
    );
    const { entry: untranslated } = await createPublishedEntry({ ...dutch, name: "Meldingen sorteren" }, staff);

    const systems = (await systemsUsingCategory(category, "en")).groups.find((g) => g.slug === staff.org.slug)!.systems;
    const card = (publicId: string) => systems.find((s) => s.publicId === publicId)!;
    expect(card(translated.publicId)).toMatchObject({ name: "Sort permit applications (translated)", lang: { name: undefined, decides: undefined, human: "nl" } });
    expect(card(untranslated.publicId)).toMatchObject({ name: "Meldingen sorteren", lang: { name: "nl", decides: "nl", human: "nl" } });
    const inDutch = (await systemsUsingCategory(category, "nl")).groups.find((g) => g.slug === staff.org.slug)!.systems;
    expect(inDutch.find((s) => s.publicId === translated.publicId)).toMatchObject({ name: DUTCH.name, lang: { name: undefined, human: undefined } });
  });
});
