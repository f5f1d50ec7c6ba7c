/** The entry resources of the JSON API, built only from published versions. */
import { declarationsForApi } from "~/data-use/declarations-export";
import { assessmentsForEntryPage } from "~/assessments/entry-assessments.server";
import { readPublicDocument } from "~/entries/documents.server";
import { getPublishedEntry } from "~/entries/entries.server";
import type { EntryDraft } from "~/entries/entry-schema";
import { entryRiskLevel } from "~/entries/risk";
import { procurementForExport, supplierIdsOf } from "~/procurement/procurement-export";
import { suppliersById } from "~/procurement/suppliers.server";
import type { EntrySummary } from "~/search/entry-summaries.server";
import { db } from "~/utils/db.server";
import { languagesForJson, withoutTranslations } from "~/exports/translations-export";

const entryUrl = (origin: string, publicId: string) => `${origin}/algorithms/${publicId}`;
const entryApiUrl = (origin: string, publicId: string) => `${origin}/api/v1/entries/${publicId}`;

export function apiSummary(origin: string, e: EntrySummary) {
  return {
    id: e.publicId,
    url: entryUrl(origin, e.publicId),
    api_url: entryApiUrl(origin, e.publicId),
    name: e.name,
    description_short: e.descriptionShort,
    organisation: { slug: e.organisation.slug, name: e.organisation.name },
    publication_category: e.category,
    lifecycle_status: e.lifecycle,
    themes: e.themes,
    register_status: e.state,
    version: e.version,
    updated_at: e.updatedAt,
  };
}

/** The public document without the blocks the API gives their own shape, and those blocks. */
async function apiBlocks(doc: EntryDraft) {
  const { procurement: _p, dataDeclarations: _d, ...rest } = doc;
  const suppliers = await suppliersById(supplierIdsOf(doc));
  return {
    ...languagesForJson(doc),
    document: withoutTranslations(rest),
    procurement: procurementForExport(doc, suppliers).json,
    data_declarations: declarationsForApi(doc),
  };
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export async function apiEntry(origin: string, publicId: string) {
  const entry = await getPublishedEntry(publicId);
  if (!entry) return null;
  const [blocks, assessments] = await Promise.all([apiBlocks(entry.doc), assessmentsForEntryPage(entry.id)]);
  return {
    id: entry.publicId,
    url: entryUrl(origin, entry.publicId),
    name: entry.doc.name ?? "",
    register_status: entry.state === "archived" ? "archived" : "published",
    version: { number: entry.version.number, published_at: entry.version.publishedAt.toISOString(), change_note: entry.version.changeNote },
    first_published_at: iso(entry.firstPublishedAt),
    last_changed_at: iso(entry.publishedAt),
    last_reviewed_at: iso(entry.lastReviewedAt),
    review_due_at: iso(entry.reviewDueAt),
    archived_at: iso(entry.archivedAt),
    organisation: {
      slug: entry.organisation.slug,
      name: entry.organisation.name,
      type: entry.organisation.type,
      identifier_scheme: entry.organisation.identifierScheme,
      identifier: entry.organisation.identifier,
    },
    risk_level: entryRiskLevel(entry.doc) ?? null,
    // null: the organisation or its source did not state it (never a guess).
    publication_category: entry.doc.publicationCategory ?? null,
    eu_high_risk: entry.doc.euAiAct?.highRisk ?? null,
    impact_assessment: entry.doc.assessmentsText ?? null,
    derived_fields: entry.derivedFields,
    source: entry.sourceSystem ? { system: entry.sourceSystem, id: entry.sourceId, url: entry.sourceUrl, registered_at: iso(entry.sourceRegisteredAt) } : null,
    ...blocks,
    assessments,
    links: {
      self: entryApiUrl(origin, entry.publicId),
      versions: `${entryApiUrl(origin, entry.publicId)}/versions`,
      feedback: `${entryApiUrl(origin, entry.publicId)}/feedback`,
      html: entryUrl(origin, entry.publicId),
    },
  };
}

export async function apiVersions(origin: string, publicId: string) {
  const entry = await db.entry.findUnique({ where: { publicId }, select: { id: true, publicId: true, currentVersionId: true } });
  if (!entry?.currentVersionId) return null;
  const versions = await db.entryVersion.findMany({
    where: { entryId: entry.id },
    orderBy: { number: "desc" },
    select: { number: true, publishedAt: true, changeNote: true, kind: true, data: true, schemaVersion: true, organisationName: true },
  });
  const data = await Promise.all(
    versions.map(async (v) => ({
      number: v.number,
      kind: v.kind,
      published_at: v.publishedAt.toISOString(),
      change_note: v.changeNote,
      organisation_name: v.organisationName,
      diff_url: v.number > 1 ? `${entryUrl(origin, publicId)}/history?from=${v.number - 1}&to=${v.number}` : null,
      ...(await apiBlocks(readPublicDocument(v, { entryId: entry.id, version: v.number }))),
    })),
  );
  return { id: publicId, url: entryUrl(origin, publicId), data };
}
