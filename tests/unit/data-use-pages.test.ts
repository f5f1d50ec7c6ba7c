import { parse } from "csv-parse/sync";
import { createElement } from "react";
import { beforeAll, describe, expect, test } from "vitest";
import { dataCategoryStatistics } from "~/data-use/data-statistics.server";
import { SystemListingView } from "~/data-use/system-listing";
import { createDraft, saveDraft, transition } from "~/entries/entries.server";
import type { EntryDraft } from "~/entries/entry-schema";
import { loader as csvLoader } from "~/routes/downloads.data-declarations[.]csv";
import * as statisticsRoute from "~/routes/statistics";
import * as categoryRoute from "~/routes/your-data.categories.$slug";
import { loader as categoryLoader, meta as categoryMeta } from "~/routes/your-data.categories.$slug";
import * as indexRoute from "~/routes/your-data._index";
import { loader as indexLoader } from "~/routes/your-data._index";
import * as lifeEventRoute from "~/routes/your-data.life-events.$slug";
import { loader as lifeEventLoader } from "~/routes/your-data.life-events.$slug";
import { createPublishedEntry, validDocument } from "../support/entry-factories";
import { createOrganisation, createUser } from "../support/factories";
import { renderInLanguage } from "../support/render-in-language";
import { renderRoute } from "../support/render-route";
import { call, getRequest, statusOf } from "../support/requests";

type Staff = Awaited<ReturnType<typeof staffOf>>;
async function staffOf(name: string) {
  const org = await createOrganisation({ name });
  return { org, editor: await createUser("editor", org.id), approver: await createUser("approver", org.id) };
}

type Declaration = NonNullable<EntryDraft["dataDeclarations"]>[number];
const tenancy: Declaration = {
  name: "Tenancy register",
  source: "own-records",
  personalData: "identifiable",
  categories: ["housing", "contact-and-address"],
  use: "deciding",
};
const ids: Record<string, string> = {};

async function publish(key: string, staff: Staff, doc: Partial<EntryDraft>) {
  const { entry } = await createPublishedEntry(doc, staff);
  ids[key] = entry.publicId;
  return entry;
}

beforeAll(async () => {
  const alpha = await staffOf("Gemeente Alpha");
  const beta = await staffOf("Dienst Beta");
  // Matches "moving house" by data (housing) and theme (housing).
  await publish("tenancy", alpha, { name: "Tenancy check", themes: ["housing"], dataDeclarations: [tenancy] });
  // Matches "moving house" only because the organisation tagged it.
  await publish("care", alpha, {
    name: "Care needs triage",
    themes: ["work"],
    lifeEvents: ["moving-house"],
    dataDeclarations: [
      {
        name: "Care files",
        source: "own-records",
        personalData: "identifiable",
        categories: ["health"],
        legalGrounds: { health: "Art. 9(2)(h) GDPR" },
        use: "both",
      },
    ],
  });
  // Uses housing data but in another policy area: listed under the category, not the life event.
  await publish("jobs", beta, {
    name: "Job matching",
    themes: ["work"],
    publicationCategory: "C",
    humanIntervention: undefined,
    appeals: undefined,
    dataDeclarations: [
      { name: 'Addresses, "current" and past\nyears', source: "population-register", personalData: "pseudonymised", categories: ["housing"], use: "training" },
      { name: "Vacancies", source: "open-data", personalData: "none", use: "deciding" },
    ],
  });
  // States no data sets at all.
  await publish("silent", beta, { name: "Silent system", themes: ["housing"] });

  // Never published: must never show.
  await createDraft(
    alpha.editor,
    alpha.org.id,
    validDocument({ name: "Secret draft", themes: ["housing"], lifeEvents: ["moving-house"], dataDeclarations: [tenancy] }),
  );
  // Published, then edited: only the published version counts.
  const edited = await publish("edited", beta, { name: "Edited system", dataDeclarations: [{ ...tenancy, categories: ["vehicle-and-property"] }] });
  await saveDraft(
    beta.editor,
    edited.id,
    validDocument({ name: "Edited system", dataDeclarations: [{ ...tenancy, categories: ["biometric"], legalGrounds: { biometric: "x" } }] }),
  );
  // Retired: no longer listed.
  const retired = await publish("retired", alpha, { name: "Retired system", themes: ["housing"], dataDeclarations: [tenancy] });
  const archived = await transition(alpha.approver, retired.id, "archive", { comment: "No longer used" });
  if (!archived.ok) throw new Error("archive failed");
});

const dataOf = <T>(r: { result: T | null; thrown: unknown }) => {
  if (r.thrown) throw r.thrown;
  return r.result as T;
};

describe("/your-data/categories/:slug", () => {
  test("lists every published system using the category, grouped by organisation with counts", async () => {
    const data = dataOf(await call(categoryLoader, getRequest("/your-data/categories/housing"), { slug: "housing" }));
    expect(data.listing.systemCount).toBe(2);
    expect(data.listing.organisationCount).toBe(2);
    expect(data.listing.groups.map((g) => g.name)).toEqual(["Dienst Beta", "Gemeente Alpha"]);
    expect(data.listing.groups.map((g) => g.systems.map((s) => s.name))).toEqual([["Job matching"], ["Tenancy check"]]);
    const jobs = data.listing.groups[0].systems[0];
    expect(jobs).toMatchObject({
      href: `/algorithms/${ids.jobs}`,
      feedbackHref: `/algorithms/${ids.jobs}/feedback`,
      decides: "Sorts permit applications by urgency so simple cases are handled first.",
      datasets: ['Addresses, "current" and past\nyears'],
    });
    expect(jobs.human).toBeUndefined();
    const tenancyCheck = data.listing.groups[1].systems[0];
    expect(tenancyCheck.human).toBe("A case worker checks every suggestion before a decision.");
    expect(tenancyCheck.appeal).toBe("Object to the decision through the usual objection procedure.");
  });

  test("drafts, unpublished edits and retired entries are never included", async () => {
    const biometric = dataOf(await call(categoryLoader, getRequest("/your-data/categories/biometric"), { slug: "biometric" }));
    expect(biometric.listing.systemCount).toBe(0);
    const vehicle = dataOf(await call(categoryLoader, getRequest("/x"), { slug: "vehicle-and-property" }));
    expect(vehicle.listing.groups.flatMap((g) => g.systems.map((s) => s.name))).toEqual(["Edited system"]);
    const address = dataOf(await call(categoryLoader, getRequest("/x"), { slug: "contact-and-address" }));
    expect(address.listing.groups.flatMap((g) => g.systems.map((s) => s.name))).toEqual(["Tenancy check"]);
  });

  test("renders links to each entry and its feedback form, and 'Not stated' for missing answers", async () => {
    const data = dataOf(await call(categoryLoader, getRequest("/x"), { slug: "housing" }));
    const html = await renderInLanguage(createElement(SystemListingView, { listing: data.listing }));
    expect(html).toContain(`href="/en/algorithms/${ids.jobs}"`);
    expect(html).toContain(`href="/en/algorithms/${ids.jobs}/feedback"`);
    expect(html).toContain("2 published systems in 2 organisations.");
    expect(html).toMatch(/<h2 id="org-[^"]+">Dienst Beta <span class="muted">\(1 system\)<\/span><\/h2>/);
    expect(html).toContain("Not stated");
    expect(html).not.toContain("Secret draft");
  });

  test("an unknown category is a 404, and the page has a title and description", async () => {
    const { thrown } = await call(categoryLoader, getRequest("/your-data/categories/shoe-size"), { slug: "shoe-size" });
    expect(statusOf(thrown)).toBe(404);
    const data = dataOf(await call(categoryLoader, getRequest("/x"), { slug: "health" }));
    const meta = categoryMeta({ data, matches: [] } as never) as Array<Record<string, string>>;
    expect(meta[0].title).toBe("Systems that use health data – Public Algorithm Register");
    expect(meta[1].content).toMatch(/^1 published system in 1 organisation\./);
  });
});

describe("/your-data/life-events/:slug", () => {
  test("lists systems tagged with the event or using its data in its themes, and says why", async () => {
    const data = dataOf(await call(lifeEventLoader, getRequest("/your-data/life-events/moving-house"), { slug: "moving-house" }));
    expect(data.listing.systemCount).toBe(2);
    expect(data.listing.organisationCount).toBe(1);
    const [alpha] = data.listing.groups;
    expect(alpha.name).toBe("Gemeente Alpha");
    expect(alpha.systems.map((s) => [s.name, s.match])).toEqual([
      ["Care needs triage", { tagged: true, categories: [], themes: [] }],
      ["Tenancy check", { tagged: false, categories: ["contact-and-address", "housing"], themes: ["housing"] }],
    ]);
    const html = await renderInLanguage(createElement(SystemListingView, { listing: data.listing }));
    expect(html).toContain("The organisation linked it to this life event.");
    expect(html).toContain("It uses contact details and address, housing in the area of Housing.");
  });

  test("an unknown life event is a 404", async () => {
    const { thrown } = await call(lifeEventLoader, getRequest("/your-data/life-events/winning-the-lottery"), { slug: "winning-the-lottery" });
    expect(statusOf(thrown)).toBe(404);
  });
});

describe("/your-data", () => {
  test("counts systems per category and per life event", async () => {
    const data = dataOf(await call(indexLoader, getRequest("/your-data")));
    const count = (slug: string) => data.categories.find((c) => c.slug === slug)?.count;
    expect([count("housing"), count("health"), count("biometric")]).toEqual([2, 1, 0]);
    expect(data.categories.find((c) => c.slug === "health")?.sensitive).toBe(true);
    expect(data.lifeEvents.find((e) => e.slug === "moving-house")?.count).toBe(2);
  });

  test("the no-JavaScript chooser redirects to the stable page; unknown choices stay on the page", async () => {
    const byCategory = await call(indexLoader, getRequest("/your-data?category=health"));
    expect(statusOf(byCategory.thrown)).toBe(302);
    expect((byCategory.thrown as Response).headers.get("Location")).toBe("/en/your-data/categories/health");
    const byEvent = await call(indexLoader, getRequest("/your-data?lifeEvent=retiring"));
    expect((byEvent.thrown as Response).headers.get("Location")).toBe("/en/your-data/life-events/retiring");
    const unknown = await call(indexLoader, getRequest("/your-data?category=nope"));
    expect(unknown.thrown).toBeNull();
  });
});

describe("the pages in Dutch", () => {
  test("/nl/your-data: Dutch headings, counts and links that stay in Dutch", async () => {
    const html = await renderRoute(getRequest("/nl/your-data"), indexRoute);
    expect(html).toContain("<h1>Hoe uw gegevens worden gebruikt</h1>");
    expect(html).toContain("Per levensgebeurtenis");
    expect(html).toContain("Per soort persoonsgegevens");
    expect(html).toContain("(2 systemen)");
    expect(html).toContain('href="/nl/your-data/categories/housing"');
    expect(html).toContain('action="/nl/your-data"');
    expect(html).not.toContain("How your data is used");
    const chosen = await call(indexLoader, getRequest("/nl/your-data?category=health"));
    expect((chosen.thrown as Response).headers.get("Location")).toBe("/nl/your-data/categories/health");
  });

  test("/nl/your-data/categories/housing and a life event page: Dutch summary, reasons and links", async () => {
    const category = await renderRoute(getRequest("/nl/your-data/categories/housing"), categoryRoute, ":lang/your-data/categories/:slug");
    expect(category).toContain("2 gepubliceerde systemen bij 2 organisaties.");
    expect(category).toContain("Alle soorten gegevens en levensgebeurtenissen");
    expect(category).toContain(`href="/nl/algorithms/${ids.jobs}/feedback"`);
    expect(category).toContain("Niet vermeld");
    expect(category).not.toContain("Not stated");
    const health = dataOf(await call(categoryLoader, getRequest("/nl/x"), { slug: "health" }));
    const meta = categoryMeta({ data: health, matches: [{ id: "root", data: { language: "nl" } }] } as never) as Array<Record<string, string>>;
    expect(meta[1].content).toMatch(/^1 gepubliceerd systeem bij 1 organisatie\./);

    const event = await renderRoute(getRequest("/nl/your-data/life-events/moving-house"), lifeEventRoute, ":lang/your-data/life-events/:slug");
    expect(event).toContain("De organisatie heeft het aan deze levensgebeurtenis gekoppeld.");
    expect(event).toContain("op het terrein van Wonen.");
    expect(event).toContain("Gegevens die hierbij meestal een rol spelen");
  });

  test("/nl/statistics: Dutch headings, bar labels and counts", async () => {
    const html = await renderRoute(getRequest("/nl/statistics"), statisticsRoute);
    expect(html).toContain("<h1>Statistieken</h1>");
    expect(html).toMatch(/Er zijn \d+ algoritmes gepubliceerd in het register\./);
    expect(html).toContain("Per thema");
    expect(html).toContain("Wonen"); // a theme's Dutch name
    expect(html).toContain("Vragen en opmerkingen van het publiek");
    expect(html).toContain("Aantal gesprekken");
    expect(html).toContain("Gepubliceerde systemen per soort persoonsgegevens");
    expect(html).not.toMatch(/By theme|Number of|algorithms are published/);
  });
});

describe("open data CSV", () => {
  test("one row per published entry × data set, parsed back with quoting intact", async () => {
    const { result } = await call(csvLoader, getRequest("/downloads/data-declarations.csv"));
    const res = result as Response;
    expect(res.headers.get("Content-Type")).toMatch(/^text\/csv; charset=utf-8/);
    const text = await res.text();
    expect(text.split("\r\n")[0]).toBe(
      "public_id,entry_url,organisation,dataset_name,source,personal_data,categories,special_categories,legal_grounds,retention,shared_with,use",
    );
    const rows = parse(text, { columns: true }) as Array<Record<string, string>>;
    // tenancy 1 + care 1 + jobs 2 + silent 0 + edited 1 (published version); never the draft or the retired entry
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => r.public_id).sort()).toEqual([ids.tenancy, ids.care, ids.jobs, ids.jobs, ids.edited].sort());
    const jobs = rows.filter((r) => r.public_id === ids.jobs);
    expect(jobs.map((r) => r.dataset_name)).toEqual(['Addresses, "current" and past\nyears', "Vacancies"]);
    expect(jobs[0]).toMatchObject({
      entry_url: `http://localhost/algorithms/${ids.jobs}`,
      organisation: "Dienst Beta",
      personal_data: "pseudonymised",
      categories: "housing",
      use: "training",
    });
    const care = rows.find((r) => r.public_id === ids.care)!;
    expect(care).toMatchObject({ special_categories: "health", legal_grounds: "health: Art. 9(2)(h) GDPR" });
    expect(rows.find((r) => r.public_id === ids.edited)?.categories).toBe("vehicle-and-property");
  });
});

describe("statistics", () => {
  test("systems per category and the number using sensitive data, over published entries only", async () => {
    const stats = await dataCategoryStatistics();
    expect(stats.total).toBe(5);
    expect(stats.specialCount).toBe(1);
    expect(stats.categories[0]).toMatchObject({ slug: "housing", count: 2 }); // most used first
    expect(stats.categories.find((c) => c.slug === "contact-and-address")?.count).toBe(1);
    expect(stats.categories.find((c) => c.slug === "health")).toMatchObject({ count: 1, special: true });
    expect(stats.categories.find((c) => c.slug === "biometric")?.count).toBe(0);
  });
});
