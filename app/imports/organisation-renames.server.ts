/**
 * The listings name organisations, they do not identify them. When every entry of an organisation now
 * names one other organisation that the register does not know yet, the organisation was renamed in the
 * source: it is renamed here too (same page, same id) instead of leaving the old name on an empty page.
 * Any other move (a split, or into a known organisation) stays a move of the entries.
 */
import { recordAudit } from "~/audit/audit.server";
import { db } from "~/utils/db.server";
import { slugify } from "~/utils/slug";
import type { ImportFormat } from "./formats";
import type { ImportLookups } from "./import-lookups.server";
import type { MappedRecord } from "./import-types";

export async function renameMovedOrganisations(
  format: ImportFormat,
  records: MappedRecord[],
  lookups: Pick<ImportLookups, "existing" | "organisations">,
): Promise<number> {
  const byId = new Map([...lookups.organisations.values()].map((o) => [o.id, o]));
  // Organisation id -> the names its entries carry in this file, and which of its entries the file holds.
  const named = new Map<string, { names: Set<string>; entries: Set<string> }>();
  for (const record of records) {
    const entry = record.sourceId ? lookups.existing.get(record.sourceId) : undefined;
    if (!entry) continue;
    const seen = named.get(entry.organisationId) ?? { names: new Set<string>(), entries: new Set<string>() };
    seen.names.add(record.organisationName);
    seen.entries.add(entry.id);
    named.set(entry.organisationId, seen);
  }
  let renamed = 0;
  for (const [organisationId, { names, entries }] of named) {
    const organisation = byId.get(organisationId);
    const [newName] = names;
    if (!organisation || names.size !== 1 || newName === organisation.name || lookups.organisations.has(newName)) continue;
    // Only when the file holds all of its entries: otherwise some still belong to the old name.
    if (entries.size !== (await db.entry.count({ where: { organisationId } }))) continue;
    const identifier = slugify(newName, 120);
    const clash = await db.organisation.findFirst({ where: { OR: [{ name: newName }, { identifierScheme: "other", identifier }] }, select: { id: true } });
    if (clash) continue;
    const { identifierScheme } = await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { identifierScheme: true } });
    // An identifier made from the old name (scheme "other") follows the name; an official one stays.
    await db.organisation.update({ where: { id: organisationId }, data: { name: newName, ...(identifierScheme === "other" ? { identifier } : {}) } });
    await recordAudit({
      action: "organisation.renamed_by_import",
      subjectType: "organisation",
      subjectId: organisationId,
      details: { from: organisation.name, to: newName, source: format },
    });
    lookups.organisations.delete(organisation.name);
    const updated = { ...organisation, name: newName };
    lookups.organisations.set(newName, updated);
    renamed++;
  }
  return renamed;
}
