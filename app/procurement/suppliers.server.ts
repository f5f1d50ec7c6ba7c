import { db } from "~/utils/db.server";
import { slugify } from "~/utils/slug";

/** Suppliers for the filing form's picker. */
export async function listSupplierOptions() {
  const rows = await db.supplier.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, scheme: true, identifier: true } });
  return rows.map((s) => ({ value: s.id, label: `${s.name} (${s.scheme} ${s.identifier})` }));
}

/** Finds a supplier by registration identifier, creating it when new (used by the seed and imports). */
export async function findOrCreateSupplier(input: { name: string; scheme: string; identifier: string; country?: string | null; website?: string | null }) {
  const existing = await db.supplier.findUnique({ where: { scheme_identifier: { scheme: input.scheme, identifier: input.identifier } }, select: { id: true, slug: true, name: true } });
  if (existing) return existing;
  const base = slugify(input.name);
  let slug = base;
  for (let n = 2; await db.supplier.findUnique({ where: { slug }, select: { id: true } }); n++) slug = `${base}-${n}`;
  return db.supplier.create({ data: { ...input, country: input.country ?? null, website: input.website ?? null, slug }, select: { id: true, slug: true, name: true } });
}
