import { beforeAll, describe, expect, it, vi } from "vitest";
import type { MetaArgs } from "@remix-run/node";
import { getPublishedEntry, saveDraft, transition } from "~/entries/entries.server";
import { entryPageBody } from "~/entries/public-entry.server";
import { textFor } from "~/i18n/text";
import { entryPageText } from "~/i18n/entry-page.en";
import { entryPageNl } from "~/i18n/entry-page.nl";
import * as entryPage from "~/routes/algorithms.$id";
import * as historyPage from "~/routes/algorithms.$id_.history";
import * as jsonPage from "~/routes/algorithms.$id[.json]";
import { db } from "~/utils/db.server";
import { createPublishedEntry, validDocument } from "../support/entry-factories";
import { renderPage } from "../support/render-page";
import { BASE } from "../support/requests";

const FIRST = new Date("2025-12-02T10:00:00Z");
const SECOND = new Date("2026-03-01T10:00:00Z");

let publicId: string;
let entryId: string;

beforeAll(async () => {
  const overrides = {
    name: "Toeslagen sorteren",
    decisionsPerYear: 12345,
    selfLearning: false,
    procurement: { inHouse: true, suppliers: [], contractValue: 120000, currency: "EUR", contractStart: "2024-01-01", contractEnd: "2026-12-31" },
  };
  // Versions cannot be changed once published, so they are published on the days the test expects.
  vi.useFakeTimers({ toFake: ["Date"], now: FIRST });
  const s = await createPublishedEntry(overrides);
  vi.setSystemTime(SECOND);
  await saveDraft(s.editor, s.entry.id, validDocument({ ...overrides, goal: "Snellere besluiten." }));
  await transition(s.editor, s.entry.id, "submit");
  const published = await transition(s.approver, s.entry.id, "publish", { changeNote: "Doel aangescherpt" });
  if (!published.ok) throw new Error("publish failed");
  vi.useRealTimers();
  await db.entry.update({ where: { id: s.entry.id }, data: { lastReviewedAt: FIRST, reviewDueAt: new Date("2025-12-03T00:00:00Z") } });
  publicId = s.entry.publicId;
  entryId = s.entry.id;
});

/** Every text of the English page catalogue that the Dutch one words differently, as it would stand in the page. */
function englishOnly(en: unknown, nl: unknown, out: string[] = []): string[] {
  if (typeof en === "string") {
    if (en !== nl && !en.includes("{")) out.push(en);
  } else if (en && typeof en === "object") {
    for (const key of Object.keys(en)) englishOnly((en as Record<string, unknown>)[key], (nl as Record<string, unknown>)[key], out);
  }
  return out;
}

// The standard's own words (section titles, field labels) come from its catalogue, through field-label.ts.
const STANDARD_WORDS = new Set<string>(Object.values(textFor("en").standard.sections).map((s) => s.title));

function expectNoEnglishPageText(html: string) {
  const found = englishOnly(entryPageText, entryPageNl, [])
    .filter((text) => !STANDARD_WORDS.has(text))
    .filter((text) => (text.split(" ").length >= 4 ? html.includes(text) : html.includes(`>${text}<`)));
  expect(found).toEqual([]);
}

const page = (path: string, headers: Record<string, string> = {}) => new Request(`${BASE}${path}`, { headers });

describe("the public entry page in Dutch and English", () => {
  it("renders /nl/algorithms/:id in Dutch, with Dutch dates and numbers", async () => {
    const html = await renderPage(page(`/nl/algorithms/${publicId}`), "nl/algorithms/:id", entryPage);
    for (const dutch of [
      '<h2 id="general">Algemene informatie</h2>',
      "Verantwoord gebruik",
      "Registratienummer",
      "Versie 2, gepubliceerd op 1 maart 2026",
      "Voor het eerst gepubliceerd",
      "<dd>2 december 2025</dd>",
      "Controle te laat.",
      "Deze registratie had uiterlijk 3 december 2025 gecontroleerd moeten zijn.",
      "<dd>12.345</dd>",
      "<dd>maart 2024</dd>",
      "<dd>Nee</dd>",
      "Op deze pagina",
      "Vragen over dit algoritme",
      "Neem contact op met",
    ]) {
      expect(html).toContain(dutch);
    }
    expect(html).toContain(`href="/nl/algorithms/${publicId}/history">Versiegeschiedenis</a>`);
    expect(html).not.toContain("2 December 2025");
    expectNoEnglishPageText(html);
  });

  it("answers an address without prefix in the browser's language, and in English by default", async () => {
    const dutch = await renderPage(page(`/algorithms/${publicId}`, { "Accept-Language": "nl-NL,nl;q=0.9" }), "algorithms/:id", entryPage);
    expect(dutch).toContain("Versie 2, gepubliceerd op 1 maart 2026");

    const english = await renderPage(page(`/algorithms/${publicId}`), "algorithms/:id", entryPage);
    for (const text of [
      '<h2 id="general">General</h2>',
      "Version 2, published 1 March 2026",
      "<dd>2 December 2025</dd>",
      "<dd>12,345</dd>",
      "Review overdue.",
    ]) {
      expect(english).toContain(text);
    }
    expect(english).toContain(`href="/en/algorithms/${publicId}/history"`);
    expect(english).not.toContain("Algemene informatie");
  });

  it("formats the contract's value and dates in the page's language", async () => {
    const { doc } = (await getPublishedEntry(publicId))!;
    const details = async (language: "en" | "nl") =>
      Object.fromEntries(((await entryPageBody(entryId, doc, language)).procurement?.details ?? []).map((d) => [d.field, d.value]));
    expect(await details("nl")).toMatchObject({ contractValue: "€\u00a0120.000,00", contractStart: "1 januari 2024", contractEnd: "31 december 2026" });
    expect(await details("en")).toMatchObject({ contractValue: "€120,000.00", contractStart: "1 January 2024", contractEnd: "31 December 2026" });
  });

  it("refuses an unknown download format in the language the client accepts", async () => {
    const refusal = async (headers: Record<string, string>) => {
      try {
        await jsonPage.loader({ request: page(`/algorithms/${publicId}.json?format=csv`, headers), params: { id: publicId }, context: {} });
      } catch (thrown) {
        if (thrown instanceof Response) return [thrown.status, await thrown.text()];
        throw thrown;
      }
      return null;
    };
    expect(await refusal({ "Accept-Language": "nl" })).toEqual([400, "Onbekend formaat “csv”. Gebruik format=nl-1.0."]);
    expect(await refusal({})).toEqual([400, "Unknown format “csv”. Use format=nl-1.0."]);
  });

  it("gives the page title in the page's language, also when the entry does not exist", () => {
    const root = (language: string) => [{ id: "root", data: { language } }] as unknown as MetaArgs["matches"];
    const notFound = entryPage.meta({ data: undefined, matches: root("nl") } as unknown as Parameters<typeof entryPage.meta>[0]);
    expect(notFound).toEqual([{ title: "Pagina niet gevonden – Openbaar Algoritmeregister" }]);
  });
});

describe("the version history in Dutch", () => {
  it("lists the versions and compares two of them in Dutch", async () => {
    const html = await renderPage(page(`/nl/algorithms/${publicId}/history`), "nl/algorithms/:id/history", historyPage);
    for (const dutch of [
      "<h1>Versiegeschiedenis</h1>",
      "2 gepubliceerde versies, nieuwste eerst",
      '<th scope="col">Toelichting op de wijziging</th>',
      ">1 maart 2026</time>",
      "<td>Gepubliceerd</td>",
      "Versie 1 (2 december 2025)",
      "Twee versies vergelijken",
      "<strong>1 veld gewijzigd</strong> tussen versie 1 en versie 2.",
      "Wijzigingen van versie 1 naar versie 2, per veld",
      "Oud (versie 1)",
      "Nieuw (versie 2)",
      "Gewijzigd",
      "[toegevoegd: ",
    ]) {
      expect(html).toContain(dutch);
    }
    expect(html).toContain(`href="/nl/algorithms/${publicId}">Toeslagen sorteren</a>`);
    expectNoEnglishPageText(html);
  });

  it("says so in Dutch when the same version is chosen twice", async () => {
    const html = await renderPage(page(`/nl/algorithms/${publicId}/history?from=2&to=2`), "nl/algorithms/:id/history", historyPage);
    expect(html).toContain("U hebt twee keer dezelfde versie gekozen.");
  });

  it("keeps the English history for an English request", async () => {
    const html = await renderPage(page(`/en/algorithms/${publicId}/history`), "en/algorithms/:id/history", historyPage);
    for (const text of [
      "2 published versions, newest first",
      "Version 1 (2 December 2025)",
      "<strong>1 field changed</strong> between version 1 and version 2.",
      "Before (version 1)",
    ]) {
      expect(html).toContain(text);
    }
  });

  it("gives the history's title and description in Dutch", () => {
    const matches = [{ id: "root", data: { language: "nl" } }] as unknown as MetaArgs["matches"];
    const meta = historyPage.meta({ data: { entry: { name: "Toeslagen sorteren" } }, matches } as unknown as Parameters<typeof historyPage.meta>[0]);
    expect(meta).toEqual([
      { title: "Versiegeschiedenis: Toeslagen sorteren – Openbaar Algoritmeregister" },
      { name: "description", content: "Alle gepubliceerde versies van “Toeslagen sorteren” en wat er tussen die versies veranderde." },
    ]);
  });
});
