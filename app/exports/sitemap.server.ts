/** The addresses search engines should know: fixed pages, published entries, organisations, suppliers. */
import { listContentPages } from "~/content/pages.server";
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
  const body = urls
    .map((u) => `  <url><loc>${x(origin + u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.toISOString().slice(0, 10)}</lastmod>` : ""}</url>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}
