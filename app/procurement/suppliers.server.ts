/** Supplier records: registration, look-ups, and which published entries use each supplier. */
import { SUPPLIER_ROLES } from "~content/vocabularies/procurement";
import { readOrSkip, readPublicDocument } from "~/entries/documents.server";
import type { EntryDraft } from "~/entries/entry-schema";
import { db } from "~/utils/db.server";
import { slugify } from "~/utils/slug";
import { publicProcurement } from "./public-procurement";
import { normaliseIdentifier } from "./supplier-ids";
import type { SupplierInput } from "./supplier-schema";
import { inLanguage } from "~/i18n/in-language";
import type { Language } from "~/i18n/languages.mjs";
import { problem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import { IN_HOUSE_FACET } from "~/search/facets";

const SUMMARY = { id: true, slug: true, name: true, scheme: true, identifier: true, country: true, website: true } as const;

export type SupplierSummary = { id: string; slug: string; name: string; scheme: string; identifier: string; country: string | null; website: string | null };

/** Suppliers for the filing form's picker. */
export async function listSupplierOptions() {
  const rows = await db.supplier.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, scheme: true, identifier: true } });
  return rows.map((s) => ({ value: s.id, label: `${s.name} (${s.scheme} ${s.identifier})` }));
}

type Client = Pick<typeof db, "supplier">;

async function uniqueSupplierSlug(name: string, client: Client = db) {
  const base = slugify(name);
  let slug = base;
  for (let n = 2; await client.supplier.findUnique({ where: { slug }, select: { id: true } }); n++) slug = `${base}-${n}`;
  return slug;
}

/** Finds a supplier by registration identifier, creating it when new (used by the seed and imports). */
export async function findOrCreateSupplier(
  input: { name: string; scheme: string; identifier: string; country?: string | null; website?: string | null },
  client: Client = db,
) {
  const identifier = normaliseIdentifier(input.scheme, input.identifier);
  const existing = await client.supplier.findUnique({
    where: { scheme_identifier: { scheme: input.scheme, identifier } },
    select: { id: true, slug: true, name: true },
  });
  if (existing) return existing;
  return client.supplier.create({
    data: { ...input, identifier, country: input.country ?? null, website: input.website ?? null, slug: await uniqueSupplierSlug(input.name, client) },
    select: { id: true, slug: true, name: true },
  });
}

export type SupplierWriteResult =
  { ok: true; id: string; slug: string } | { ok: false; errors: Record<string, string>; duplicate?: { slug: string; name: string } };

async function duplicateOf(input: SupplierInput, exceptId?: string): Promise<SupplierWriteResult | null> {
  const existing = await db.supplier.findUnique({
    where: { scheme_identifier: { scheme: input.scheme, identifier: input.identifier } },
    select: { id: true, slug: true, name: true },
  });
  if (!existing || existing.id === exceptId) return null;
  return {
    ok: false,
    errors: { identifier: problem("procurement.duplicate", { name: existing.name }) },
    duplicate: { slug: existing.slug, name: existing.name },
  };
}

/** Registers a supplier; the same scheme and identifier twice is refused with a pointer to the existing record. */
export async function createSupplier(input: SupplierInput): Promise<SupplierWriteResult> {
  const duplicate = await duplicateOf(input);
  if (duplicate) return duplicate;
  const row = await db.supplier.create({
    data: {
      name: input.name,
      scheme: input.scheme,
      identifier: input.identifier,
      country: input.country ?? null,
      website: input.website ?? null,
      slug: await uniqueSupplierSlug(input.name),
    },
    select: { id: true, slug: true },
  });
  return { ok: true, ...row };
}

/** Corrects a supplier's details; the slug stays, so links keep working. */
export async function updateSupplier(id: string, input: SupplierInput): Promise<SupplierWriteResult> {
  const duplicate = await duplicateOf(input, id);
  if (duplicate) return duplicate;
  const row = await db.supplier.update({
    where: { id },
    data: { name: input.name, scheme: input.scheme, identifier: input.identifier, country: input.country ?? null, website: input.website ?? null },
    select: { id: true, slug: true },
  });
  return { ok: true, ...row };
}

async function getSupplierBySlug(slug: string): Promise<SupplierSummary | null> {
  return db.supplier.findUnique({ where: { slug }, select: SUMMARY });
}

/** Supplier records by id, for entry pages and exports. Unknown ids are left out. */
export async function suppliersById(ids: Iterable<string>): Promise<Record<string, SupplierSummary>> {
  const unique = [...new Set(ids)].filter((id) => id && id !== IN_HOUSE_FACET);
  if (!unique.length) return {};
  const rows = await db.supplier.findMany({ where: { id: { in: unique } }, select: SUMMARY });
  return Object.fromEntries(rows.map((r) => [r.id, r]));
}

/** Display names for values of the `supplier` search facet (supplier ids, or "in-house"). */
export async function supplierLabels(ids: string[], language: Language = "en"): Promise<Record<string, string>> {
  const found = await suppliersById(ids);
  const labels: Record<string, string> = Object.fromEntries(Object.values(found).map((s) => [s.id, s.name]));
  if (ids.includes(IN_HOUSE_FACET)) labels[IN_HOUSE_FACET] = textFor(language).procurement.inHouse;
  return labels;
}

/* ---------- Published use ---------- */

type PublishedUse = { publicId: string; name: string | null; organisation: { slug: string; name: string }; roles: Map<string, string[]> };

/**
 * Published entries naming these suppliers, read from the published version: never a draft,
 * and never an entry whose supplier list is withheld.
 */
async function publishedUses(supplierIds: string[], language: Language): Promise<PublishedUse[]> {
  const rows = await db.entry.findMany({
    where: {
      AND: [{ facets: { some: { facet: "state", value: "published" } } }, { facets: { some: { facet: "supplier", value: { in: supplierIds } } } }],
      currentVersionId: { not: null },
    },
    select: {
      id: true,
      publicId: true,
      organisation: { select: { slug: true, name: true } },
      currentVersion: { select: { number: true, data: true, schemaVersion: true } },
    },
  });
  // An entry whose document cannot be read is left out (and logged).
  return rows.flatMap((row) => {
    const doc = readOrSkip(() => readPublicDocument(row.currentVersion!, { entryId: row.id, version: row.currentVersion!.number }));
    return doc ? [{ publicId: row.publicId, name: doc.name ?? null, organisation: row.organisation, roles: publicSupplierRoles(doc, language) }] : [];
  });
}

/** Supplier id → role labels, from the part of the procurement block the public may see. */
function publicSupplierRoles(doc: EntryDraft, language: Language): Map<string, string[]> {
  const roles = new Map<string, string[]>();
  for (const s of publicProcurement(doc.procurement)?.suppliers ?? []) {
    if (!s.supplierId) continue;
    const role = SUPPLIER_ROLES.find((r) => r.slug === s.role);
    const label = role && inLanguage(role.label, language);
    roles.set(s.supplierId, [...(roles.get(s.supplierId) ?? []), ...(label ? [label] : [])]);
  }
  return roles;
}

/** Every supplier with the number of published entries that name it, sorted by name. */
export async function listSuppliersWithCounts() {
  // The search index holds only what the public may see (withheld supplier lists are not indexed).
  const [suppliers, counts] = await Promise.all([
    db.supplier.findMany({ select: SUMMARY }),
    db.$queryRaw<Array<{ value: string; n: number | bigint }>>`
      SELECT s."value" AS value, COUNT(*) AS n
      FROM "EntryFacet" s
      JOIN "EntryFacet" st ON st."entryId" = s."entryId" AND st."facet" = 'state' AND st."value" = 'published'
      WHERE s."facet" = 'supplier'
      GROUP BY s."value"`,
  ]);
  const byId = new Map(counts.map((c) => [c.value, Number(c.n)]));
  return suppliers.map((s) => ({ ...s, publishedEntries: byId.get(s.id) ?? 0 })).sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
}

/** A supplier and every published entry that uses it, grouped by organisation (both sorted by name), with roles in a language. */
export async function supplierWithPublishedEntries(slug: string, language: Language = "en") {
  const untitled = textFor(language).procurement.untitled;
  const supplier = await getSupplierBySlug(slug);
  if (!supplier) return null;
  const byOrganisation = new Map<string, { slug: string; name: string; entries: Array<{ publicId: string; name: string; roles: string[] }> }>();
  for (const use of await publishedUses([supplier.id], language)) {
    const roles = use.roles.get(supplier.id);
    if (!roles) continue;
    const group = byOrganisation.get(use.organisation.slug) ?? { ...use.organisation, entries: [] };
    group.entries.push({ publicId: use.publicId, name: use.name ?? untitled, roles });
    byOrganisation.set(use.organisation.slug, group);
  }
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, language, { sensitivity: "base" });
  const organisations = [...byOrganisation.values()].sort(byName).map((o) => ({ ...o, entries: o.entries.sort(byName) }));
  return { supplier, organisations, total: organisations.reduce((n, o) => n + o.entries.length, 0) };
}
