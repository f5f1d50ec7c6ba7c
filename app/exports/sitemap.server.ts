/**
 * The addresses search engines should know: fixed pages, published entries, organisations, suppliers.
 * Each page is listed in every language (`/en/…`, `/nl/…`) and at its address without prefix (answered
 * in the visitor's language, so it is the `x-default`), each `<url>` naming all of them as alternates
 * (sitemaps.org, with Google's `xhtml:link rel="alternate" hreflang` annotations).
 */
import { listContentPages } from "~/content/pages.server";
import { LANGUAGES, localePath } from "~/i18n/languages.mjs";
import { listSuppliersWithCounts } from "~/procurement/suppliers.server";
import { db } from "~/utils/db.server";
import { xmlEscape as x } from "./xml";

const FIXED = ["/", "/algorithms", "/organisations", "/statistics", "/downloads", "/your-data", "/about", "/about/decisions"];

export async function sitemapXml(origin: string): Promise<string> {
  const [entries, organisations, suppliers] = await Promise.all([
    db.entry.findMany({
      where: { currentVersionId: { not: null }, state: { not: "archived" } },
      orderBy: { publicId: "asc" },
      select: { publicId: true, publishedAt: true },
    }),
    db.organisation.findMany({ orderBy: { slug: "asc" }, select: { slug: true } }),
    listSuppliersWithCounts(),
  ]);
  const urls: Array<{ loc: string; lastmod?: Date | null }> = [
    ...FIXED.map((p) => ({ loc: p })),
    ...listContentPages("pages").map((p) => ({ loc: `/about/${p.slug}` })),
    ...listContentPages("decisions").map((p) => ({ loc: `/about/decisions/${p.slug}` })),
    ...entries.map((e) => ({ loc: `/algorithms/${e.publicId}`, lastmod: e.publishedAt })),
    ...organisations.map((o) => ({ loc: `/organisations/${o.slug}` })),
    ...suppliers.filter((s) => s.publishedEntries > 0).map((s) => ({ loc: `/suppliers/${s.slug}` })),
  ];
  const body = urls.flatMap((u) => pageInEveryLanguage(origin, u.loc, u.lastmod)).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`;
}

/** One `<url>` per address of the page, each with the same set of alternates (itself included, as Google asks). */
function pageInEveryLanguage(origin: string, path: string, lastmod?: Date | null): string[] {
  const addresses = [
    ...LANGUAGES.map((language) => ({ hreflang: language, loc: origin + localePath(language, path) })),
    { hreflang: "x-default", loc: origin + path },
  ];
  const alternates = addresses.map((a) => `<xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${x(a.loc)}"/>`).join("");
  const modified = lastmod ? `<lastmod>${lastmod.toISOString().slice(0, 10)}</lastmod>` : "";
  return addresses.map((a) => `  <url><loc>${x(a.loc)}</loc>${modified}${alternates}</url>`);
}
