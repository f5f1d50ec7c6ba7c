import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { afterEach, describe, expect, it } from "vitest";
import { catalogueEn } from "~/i18n/catalogue.en";
import { catalogueNl } from "~/i18n/catalogue.nl";
import { languageCookieFor, languageOf } from "~/i18n/language.server";
import { LANGUAGES, localePath, pathWithoutLanguage } from "~/i18n/languages.mjs";
import { acceptedLanguage, negotiateLanguage } from "~/i18n/negotiate-language.server.mjs";
import { isPageRoute as isRouteFile, routePath } from "~/i18n/localized-routes";
import { problem, showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import { createTranslator } from "~/i18n/translator";
import { cacheKeyOf } from "../../server/html-cache.mjs";
import { isCacheablePath } from "~/utils/page-cache-rule.mjs";

/** Every message of a catalogue by its dotted path; functions (structure builders) are left out. */
function messages(node: unknown, path = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node === "string") out.set(path, node);
  else if (node && typeof node === "object")
    for (const [key, child] of Object.entries(node)) for (const [p, m] of messages(child, path ? `${path}.${key}` : key)) out.set(p, m);
  return out;
}

/** The names of an ICU message's arguments, plural/select options included. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if ("value" in el && typeof el.value === "string" && el.type !== TYPE.tag) into.add(el.value);
    if ("options" in el) for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    if (el.type === TYPE.tag) argumentsOf(el.children, into);
  }
  return into;
}

describe("the catalogues", () => {
  const en = messages(catalogueEn);
  const nl = messages(catalogueNl);

  it("have the same messages in every language", () => {
    expect([...nl.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of nl) expect(text.trim(), key).not.toBe("");
  });

  it("are valid ICU messages with the same arguments in Dutch as in English", () => {
    const differences: string[] = [];
    for (const [key, english] of en) {
      const dutch = nl.get(key)!;
      const a = [...argumentsOf(parse(english))].sort().join(",");
      const b = [...argumentsOf(parse(dutch))].sort().join(",");
      if (a !== b) differences.push(`${key}: en {${a}} nl {${b}}`);
    }
    expect(differences).toEqual([]);
  });
});

describe("messages", () => {
  it("format plurals and arguments by language (ICU, through FormatJS)", () => {
    const catalogue = { found: "{count, plural, one {# entry} other {# entries}}", hello: "Hello {name}", plain: "Home" } as const;
    const en = createTranslator<typeof catalogue>("en", catalogue);
    const nl = createTranslator<typeof catalogue>("nl", {
      found: "{count, plural, one {# algoritme} other {# algoritmes}}",
      hello: "Hallo {name}",
      plain: "Start",
    });
    expect(en.found({ count: 1 })).toBe("1 entry");
    expect(en.found({ count: 1234 })).toBe("1,234 entries");
    expect(nl.found({ count: 1234 })).toBe("1.234 algoritmes");
    expect(nl.hello({ name: "Lindewaard" })).toBe("Hallo Lindewaard");
    expect(nl.plain).toBe("Start");
  });

  it("show validation references in the page's language and leave plain text alone", () => {
    const message = problem("forms.validation.tooLong", { max: 100 });
    expect(showProblem(textFor("en"), message)).toBe("Use 100 characters or fewer");
    expect(showProblem(textFor("nl"), message)).toBe("Gebruik 100 tekens of minder");
    expect(showProblem(textFor("nl"), "Some library message")).toBe("Some library message");
  });
});

describe("choosing a language", () => {
  afterEach(() => {
    delete process.env.DEFAULT_LANGUAGE;
  });

  it("reads the address's prefix first, then the cookie, then Accept-Language, then the deployment's default", () => {
    expect(negotiateLanguage({ pathname: "/nl/algorithms", cookie: "lang=en", acceptLanguage: "en", fallback: "en" })).toBe("nl");
    expect(negotiateLanguage({ pathname: "/algorithms", cookie: "a=b; lang=nl", acceptLanguage: "en", fallback: "en" })).toBe("nl");
    expect(negotiateLanguage({ pathname: "/algorithms", cookie: "lang=fr", acceptLanguage: "nl-BE,en;q=0.5", fallback: "en" })).toBe("nl");
    expect(negotiateLanguage({ pathname: "/algorithms", acceptLanguage: "de-DE,fr;q=0.8", fallback: "nl" })).toBe("nl");
    expect(negotiateLanguage({ pathname: "/nlx/algorithms", fallback: "en" })).toBe("en");
    expect(acceptedLanguage("fy-NL, nl;q=0.7, en;q=0.6")).toBe("nl");
    expect(acceptedLanguage("*")).toBeNull();
    expect(acceptedLanguage("not a tag!!")).toBeNull();
  });

  it("uses DEFAULT_LANGUAGE for a request that asks for nothing", () => {
    expect(languageOf(new Request("http://localhost/about"))).toBe("en");
    process.env.DEFAULT_LANGUAGE = "nl";
    expect(languageOf(new Request("http://localhost/about"))).toBe("nl");
    expect(languageOf(new Request("http://localhost/en/about"))).toBe("en");
  });

  it("remembers a language chosen by address, once", () => {
    expect(languageCookieFor(new Request("http://localhost/nl/about"))).toMatch(/^lang=nl; Path=\/; Max-Age=31536000; SameSite=Lax$/);
    expect(languageCookieFor(new Request("http://localhost/nl/about", { headers: { Cookie: "lang=nl" } }))).toBeNull();
    expect(languageCookieFor(new Request("http://localhost/about"))).toBeNull();
  });

  it("builds the same address in another language, query and fragment kept", () => {
    expect(localePath("nl", "/algorithms?q=parkeren#results")).toBe("/nl/algorithms?q=parkeren#results");
    expect(localePath("en", "/nl/algorithms/12345678")).toBe("/en/algorithms/12345678");
    expect(localePath("nl", "/")).toBe("/nl");
    expect(pathWithoutLanguage("/en")).toBe("/");
  });
});

describe("pages under a language prefix", () => {
  it("exist for every page route and no data route", () => {
    expect(isRouteFile("algorithms.$id_.history.tsx")).toBe(true);
    expect(isRouteFile("downloads.entries[.]csv.ts")).toBe(false);
    expect(isRouteFile("algorithms.$id[.json].tsx")).toBe(false);
    expect(isRouteFile("api.v1.entries.ts")).toBe(false);
    expect(routePath("algorithms.$id_.feedback_.received")).toBe("algorithms/:id/feedback/received");
    expect(routePath("about.decisions._index")).toBe("about/decisions");
    expect(routePath("_index")).toBeUndefined();
    expect(routePath("$")).toBe("*");
  });

  it("are cached per language, and so are the addresses without a prefix", () => {
    expect(isCacheablePath("/nl/algorithms")).toBe(true);
    expect(isCacheablePath("/en/about/privacy")).toBe(true);
    expect(isCacheablePath("/nl/entries/new")).toBe(false);
    const req = (url: string, headers: Record<string, string>) => ({ url, originalUrl: url, headers: { host: "x", ...headers }, socket: {} });
    const dutch = cacheKeyOf(req("/about", { "accept-language": "nl" }), false);
    const english = cacheKeyOf(req("/about", { "accept-language": "en" }), false);
    const chosen = cacheKeyOf(req("/about", { "accept-language": "en", cookie: "lang=nl" }), false);
    expect(dutch).not.toBe(english);
    expect(chosen).toBe(dutch);
  });

  it("every language has a name in the switch", () => {
    for (const language of LANGUAGES) expect(textFor("en").site.languageNames[language]).toBeTruthy();
  });
});
