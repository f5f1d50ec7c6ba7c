/** The sitemap lists every page in each language with hreflang alternates; the change feed speaks the language its address asks for. */
import { beforeAll, describe, expect, it } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { loader as feedLoader } from "~/routes/feed[.]atom";
import { loader as sitemapLoader } from "~/routes/sitemap[.]xml";
import { readAtom } from "../support/atom";
import { createPublishedEntry } from "../support/entry-factories";
import { getRequest } from "../support/requests";

let publicId: string;

beforeAll(async () => {
  const { entry } = await createPublishedEntry({ name: "Parkeervergunningen toekennen" });
  publicId = (entry as { publicId: string }).publicId;
});

async function fetchText(loader: (args: never) => Promise<Response>, path: string) {
  return (await loader({ request: getRequest(path), params: {}, context: {} } as never)).text();
}

type Url = { loc: string; "xhtml:link": Array<{ "@rel": string; "@hreflang": string; "@href": string }> };

async function sitemapUrls(): Promise<Url[]> {
  const xml = await fetchText(sitemapLoader, "/sitemap.xml");
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["url", "xhtml:link"].includes(name) }).parse(xml);
  expect(parsed.urlset["@xmlns:xhtml"]).toBe("http://www.w3.org/1999/xhtml");
  return parsed.urlset.url;
}

describe("sitemap in both languages", () => {
  it("lists each page at /en/, /nl/ and without prefix, each naming all three as alternates", async () => {
    const urls = await sitemapUrls();
    const byLoc = new Map(urls.map((u) => [u.loc, u]));
    const expected = {
      en: `http://localhost/en/algorithms/${publicId}`,
      nl: `http://localhost/nl/algorithms/${publicId}`,
      "x-default": `http://localhost/algorithms/${publicId}`,
    };
    for (const loc of Object.values(expected)) {
      const url = byLoc.get(loc);
      expect(url, loc).toBeDefined();
      expect(Object.fromEntries(url!["xhtml:link"].map((l) => [l["@hreflang"], l["@href"]]))).toEqual(expected);
      expect(url!["xhtml:link"].every((l) => l["@rel"] === "alternate")).toBe(true);
    }
    // The home page: /en and /nl, and / as the default.
    expect(byLoc.get("http://localhost/nl")?.["xhtml:link"].map((l) => l["@href"])).toEqual([
      "http://localhost/en",
      "http://localhost/nl",
      "http://localhost/",
    ]);
    // Every page comes in all three forms.
    const languages = (loc: string) => (loc.startsWith("http://localhost/en") ? "en" : loc.startsWith("http://localhost/nl") ? "nl" : "x-default");
    const counts = urls.reduce<Record<string, number>>((acc, u) => ({ ...acc, [languages(u.loc)]: (acc[languages(u.loc)] ?? 0) + 1 }), {});
    expect(counts.en).toBe(counts.nl);
    expect(counts.en).toBe(counts["x-default"]);
  });
});

describe("change feed language", () => {
  it("is in Dutch at ?lang=nl, linking to the Dutch pages, as a feed of its own", async () => {
    const feed = readAtom(await fetchText(feedLoader, "/feed.atom?lang=nl"));
    expect(feed).toMatchObject({
      id: "http://localhost/feed.atom?lang=nl",
      self: "http://localhost/feed.atom?lang=nl",
      title: "Openbaar Algoritmeregister: wijzigingen",
      subtitle: "Publicaties, nieuwe versies en buitengebruikstellingen van algoritmes.",
      alternate: "http://localhost/nl/algorithms",
    });
    const entry = feed.entries.find((e) => e.link === `http://localhost/nl/algorithms/${publicId}`);
    expect(entry?.title).toBe("Gepubliceerd: Parkeervergunningen toekennen");
  });

  it("is in English at ?lang=en with English links, and in the default language without (or with an unknown) lang", async () => {
    const english = readAtom(await fetchText(feedLoader, "/feed.atom?lang=en"));
    expect(english).toMatchObject({ title: "Public Algorithm Register: changes", alternate: "http://localhost/en/algorithms" });
    expect(english.entries.map((e) => e.title)).toContain("Published: Parkeervergunningen toekennen");
    for (const path of ["/feed.atom", "/feed.atom?lang=fr"]) {
      const feed = readAtom(await fetchText(feedLoader, path));
      expect(feed).toMatchObject({ id: "http://localhost/feed.atom", title: "Public Algorithm Register: changes", alternate: "http://localhost/algorithms" });
      expect(feed.entries.map((e) => e.link)).toContain(`http://localhost/algorithms/${publicId}`);
    }
  });
});
