/** Organisations and suppliers for the JSON API, with counts of what they publish. */
import { listSuppliersWithCounts } from "~/procurement/suppliers.server";
import { db } from "~/utils/db.server";
import { publicOrigin } from "~/config/settings.mjs";

export type OrganisationRow = {
  id: string;
  slug: string;
  name: string;
  type: string;
  identifierScheme: string;
  identifier: string;
  website: string | null;
  published: number;
};

/** Every organisation with its number of published (not retired) entries, by name. */
export async function organisationsWithCounts(): Promise<OrganisationRow[]> {
  const [orgs, counts] = await Promise.all([
    db.organisation.findMany({
      orderBy: { name: "asc" },
      select: { id: true, slug: true, name: true, type: true, identifierScheme: true, identifier: true, website: true },
    }),
    db.entry.groupBy({ by: ["organisationId"], where: { currentVersionId: { not: null }, state: { not: "archived" } }, _count: { _all: true } }),
  ]);
  const byOrg = new Map(counts.map((c) => [c.organisationId, c._count._all]));
  return orgs.map((o) => ({ ...o, published: byOrg.get(o.id) ?? 0 }));
}

export function apiOrganisation(origin: string, o: OrganisationRow) {
  return {
    slug: o.slug,
    name: o.name,
    type: o.type,
    identifier_scheme: o.identifierScheme,
    identifier: o.identifier,
    website: o.website,
    published_entries: o.published,
    url: `${origin}/organisations/${o.slug}`,
    entries_url: `${origin}/api/v1/entries?organisation=${encodeURIComponent(o.slug)}`,
  };
}

/** Suppliers named by at least one published entry (a supplier only in drafts stays private). */
export async function publicSuppliers(origin: string) {
  const rows = await listSuppliersWithCounts();
  return rows
    .filter((s) => s.publishedEntries > 0)
    .map((s) => ({
      id: s.id,
      slug: s.slug,
      name: s.name,
      scheme: s.scheme,
      identifier: s.identifier,
      country: s.country,
      website: s.website,
      published_entries: s.publishedEntries,
      url: `${origin}/suppliers/${s.slug}`,
      entries_url: `${origin}/api/v1/entries?supplier=${encodeURIComponent(s.id)}`,
    }));
}

/** One page of a list, with the usual `meta` and `links`. */
export function paginate<T>(request: Request, items: T[], page: number, perPage: number) {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const current = Math.min(page, pages);
  const { pathname, search } = new URL(request.url);
  const link = (p: number) => {
    const u = new URL(`${pathname}${search}`, publicOrigin());
    u.searchParams.set("page", String(p));
    u.searchParams.set("per_page", String(perPage));
    return u.toString();
  };
  return {
    data: items.slice((current - 1) * perPage, current * perPage),
    meta: { total: items.length, page: current, per_page: perPage, pages },
    links: {
      self: link(current),
      first: link(1),
      last: link(pages),
      prev: current > 1 ? link(current - 1) : null,
      next: current < pages ? link(current + 1) : null,
    },
  };
}
