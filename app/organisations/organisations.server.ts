import type { OrganisationInput } from "~/admin/organisation-schema";
import { problem } from "~/i18n/problem";
import { db } from "~/utils/db.server";
import { slugify } from "~/utils/slug";

export async function listOrganisations() {
  return db.organisation.findMany({
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, type: true, identifierScheme: true, identifier: true, country: true },
  });
}

async function uniqueOrganisationSlug(name: string) {
  const base = slugify(name);
  let slug = base;
  for (let n = 2; await db.organisation.findUnique({ where: { slug }, select: { id: true } }); n++) slug = `${base}-${n}`;
  return slug;
}

export type CreateOrganisationResult = { ok: true; id: string; slug: string } | { ok: false; errors: Record<string, string> };

export async function createOrganisation(input: OrganisationInput): Promise<CreateOrganisationResult> {
  const existing = await db.organisation.findUnique({
    where: { identifierScheme_identifier: { identifierScheme: input.identifierScheme, identifier: input.identifier } },
    select: { name: true },
  });
  if (existing) return { ok: false, errors: { identifier: problem("admin.organisation.validation.identifierTaken", { name: existing.name }) } };
  const slug = await uniqueOrganisationSlug(input.name);
  const org = await db.organisation.create({
    data: { ...input, website: input.website || null, slug },
    select: { id: true, slug: true },
  });
  return { ok: true, ...org };
}

/** Find an organisation by name, creating it when an import names one we do not know yet. */
export async function findOrCreateOrganisationByName(name: string, source: { scheme: string; system: string }) {
  const identifier = slugify(name, 120);
  const found = await db.organisation.findFirst({
    where: { OR: [{ name }, { identifierScheme: source.scheme, identifier }] },
    select: { id: true, slug: true, name: true },
  });
  if (found) return found;
  const slug = await uniqueOrganisationSlug(name);
  return db.organisation.create({
    data: { name, slug, type: "other", identifierScheme: source.scheme, identifier, sourceSystem: source.system },
    select: { id: true, slug: true, name: true },
  });
}

/**
 * The same for many names at once (a bulk import): one read of all organisations, then the new ones
 * created in one statement. Returns the organisations in the order of `names`.
 */
export async function findOrCreateOrganisationsByName(names: string[], source: { scheme: string; system: string }) {
  const all = await db.organisation.findMany({ select: { id: true, slug: true, name: true, type: true, identifierScheme: true, identifier: true } });
  const byName = new Map(all.map((o) => [o.name, o]));
  const byIdentifier = new Map(all.filter((o) => o.identifierScheme === source.scheme).map((o) => [o.identifier, o]));
  const slugs = new Set(all.map((o) => o.slug));
  const toCreate: Array<{ name: string; slug: string; type: string; identifierScheme: string; identifier: string; sourceSystem: string }> = [];
  const pending = new Set<string>();
  for (const name of names) {
    const identifier = slugify(name, 120);
    if (byName.has(name) || byIdentifier.has(identifier) || pending.has(identifier)) continue;
    const base = slugify(name);
    let slug = base;
    for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
    slugs.add(slug);
    pending.add(identifier);
    toCreate.push({ name, slug, type: "other", identifierScheme: source.scheme, identifier, sourceSystem: source.system });
  }
  const created = toCreate.length
    ? await db.organisation.createManyAndReturn({
        data: toCreate,
        select: { id: true, slug: true, name: true, type: true, identifierScheme: true, identifier: true },
      })
    : [];
  for (const o of created) {
    byName.set(o.name, o);
    byIdentifier.set(o.identifier, o);
  }
  return names.map((name) => {
    const o = byName.get(name) ?? byIdentifier.get(slugify(name, 120))!;
    return { id: o.id, slug: o.slug, name: o.name, type: o.type };
  });
}
