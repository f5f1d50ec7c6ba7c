/**
 * What the importer needs to know about the database, loaded once per run instead of per record:
 * entries already imported from this source, organisations, suppliers and public ids in use.
 */
import { randomInt } from "node:crypto";
import { readDocument, readOrSkip } from "~/entries/documents.server";
import type { EntryDraft } from "~/entries/entry-schema";
import { findOrCreateOrganisationByName, findOrCreateOrganisationsByName } from "~/organisations/organisations.server";
import { findOrCreateSupplier } from "~/procurement/suppliers.server";
import { db } from "~/utils/db.server";
import { slugify } from "~/utils/slug";
import type { ImportFormat } from "./formats";
import { NO_LONGER_IN_SOURCE } from "./retire-missing.server";

/** `doc` is the current published document; null when it cannot be read (logged), so the record is refused. */
/**
 * `versionOrganisationName`: the organisation's name as recorded with the current version (null: not recorded).
 * `retiredBySource`: retired only because a full listing no longer held it, so its return brings it back.
 */
export type ImportedEntry = {
  id: string;
  state: string;
  organisationId: string;
  versionOrganisationName: string | null;
  retiredBySource: boolean;
  sourceUrl: string | null;
  versionNumber: number;
  doc: EntryDraft | null;
};
export type OrganisationRef = { id: string; slug: string; name: string; type: string };

const CHUNK = 500;

export async function loadImportLookups(format: ImportFormat, sourceIds: string[]) {
  const existing = new Map<string, ImportedEntry>();
  const unique = [...new Set(sourceIds)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await db.entry.findMany({
      where: { sourceSystem: format, sourceId: { in: unique.slice(i, i + CHUNK) } },
      select: {
        id: true,
        state: true,
        organisationId: true,
        sourceId: true,
        sourceUrl: true,
        currentVersion: { select: { data: true, schemaVersion: true, number: true, organisationName: true, kind: true, changeNote: true } },
      },
    });
    for (const r of rows) {
      const current = r.currentVersion;
      // An entry never published has no document to merge the source's fields into.
      const doc = current ? readOrSkip(() => readDocument(current, { entryId: r.id, version: current.number })) : {};
      existing.set(r.sourceId!, {
        id: r.id,
        state: r.state,
        organisationId: r.organisationId,
        versionOrganisationName: current?.organisationName ?? null,
        retiredBySource: r.state === "archived" && current?.kind === "archived" && current.changeNote === NO_LONGER_IN_SOURCE,
        sourceUrl: r.sourceUrl,
        versionNumber: await lastVersionNumber(r.id, current?.number),
        doc,
      });
    }
  }

  const organisations = new Map<string, OrganisationRef>();
  for (const o of await db.organisation.findMany({ select: { id: true, slug: true, name: true, type: true } })) organisations.set(o.name, o);
  const publicIds = new Set((await db.entry.findMany({ select: { publicId: true } })).map((e) => e.publicId));
  const suppliers = new Map<string, string>();

  return {
    existing,
    organisations,

    /** The organisation with this name, created (type "other") when the register does not know it yet. */
    async organisation(name: string): Promise<OrganisationRef> {
      const known = organisations.get(name);
      if (known) return known;
      const found = await findOrCreateOrganisationByName(name, { scheme: "other", system: format });
      const org = await db.organisation.findUniqueOrThrow({ where: { id: found.id }, select: { id: true, slug: true, name: true, type: true } });
      organisations.set(name, org);
      return org;
    },

    /**
     * Finds or creates, in bulk, the organisations and suppliers these records name, so storing
     * them needs no query or commit of its own for each. Nothing is remembered unless it commits.
     */
    async preload(records: Array<{ organisationName: string; providerName?: string }>) {
      const orgNames = [...new Set(records.map((r) => r.organisationName))].filter((n) => !organisations.has(n));
      const supplierNames = [...new Set(records.flatMap((r) => (r.providerName ? [r.providerName] : [])))].filter((n) => !suppliers.has(n));
      if (!orgNames.length && !supplierNames.length) return;
      const orgs = orgNames.length ? await findOrCreateOrganisationsByName(orgNames, { scheme: "other", system: format }) : [];
      orgNames.forEach((name, i) => organisations.set(name, orgs[i]));
      const sups = supplierNames.length
        ? await db.$transaction(
            (tx) => sequentially(supplierNames, (name) => findOrCreateSupplier({ name, scheme: "other", identifier: slugify(name, 120) }, tx)),
            { timeout: 120_000 },
          )
        : [];
      supplierNames.forEach((name, i) => suppliers.set(name, sups[i].id));
    },

    /** A supplier named only by the source: identified by the slug of its name. */
    async supplier(name: string): Promise<string> {
      const known = suppliers.get(name);
      if (known) return known;
      const s = await findOrCreateSupplier({ name, scheme: "other", identifier: slugify(name, 120) });
      suppliers.set(name, s.id);
      return s.id;
    },

    /** The first preferred id that is free, else a new random 8-digit id; reserved for this run. */
    takePublicId(preferred: string[]): string {
      let id = preferred.find((p) => !publicIds.has(p));
      while (!id || publicIds.has(id)) id = String(randomInt(10_000_000, 100_000_000));
      publicIds.add(id);
      return id;
    },
  };
}

async function sequentially<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (const item of items) out.push(await fn(item));
  return out;
}

// The current version is normally the latest; an entry without one (never published) is checked.
async function lastVersionNumber(entryId: string, current: number | undefined) {
  if (current !== undefined) return current;
  const last = await db.entryVersion.findFirst({ where: { entryId }, orderBy: { number: "desc" }, select: { number: true } });
  return last?.number ?? 0;
}

export type ImportLookups = Awaited<ReturnType<typeof loadImportLookups>>;
