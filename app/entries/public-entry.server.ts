/**
 * The public view of an entry: the latest published version only (never a draft),
 * with its free text rendered as sanitized HTML, and the Dutch standard export.
 */
import { CHARTER_COMMITMENTS } from "~content/vocabularies/entry-enums";
import { assessmentsForEntryPage } from "~/assessments/entry-assessments.server";
import { procurementForEntryPage } from "~/procurement/entry-procurement.server";
import { publicProcurement } from "~/procurement/public-procurement";
import { textOf } from "~/i18n/language.server";
import type { Language } from "~/i18n/languages.mjs";
import { db } from "~/utils/db.server";
import { badRequest, notFound } from "~/utils/http.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { getPublishedEntry, getVersionDocument, listVersions } from "./entries.server";
import type { EntryDraft } from "./entry-schema";
import { toNlStandard } from "./nl-standard";
import { charterApplication, entryRiskLevel } from "./risk";
import { diffDocuments } from "./version-diff";
import { inLanguage, LONG_TEXT_FIELDS } from "./translations";
import { publicOrigin } from "~/config/settings.mjs";

export type MarkdownField = (typeof LONG_TEXT_FIELDS)[number];

export function renderEntryMarkdown(doc: EntryDraft) {
  const html = Object.fromEntries(LONG_TEXT_FIELDS.map((k) => [k, renderMarkdown(doc[k])])) as Record<MarkdownField, string>;
  const charter = Object.fromEntries(CHARTER_COMMITMENTS.map((c) => [c.id, renderMarkdown(doc.charter?.[c.id])])) as Record<
    (typeof CHARTER_COMMITMENTS)[number]["id"],
    string
  >;
  return { ...html, charter };
}

/** Names of the suppliers an entry lists, by supplier id. */
export async function supplierNamesOf(docs: EntryDraft[]): Promise<Record<string, string>> {
  const ids = [...new Set(docs.flatMap((d) => (d.procurement?.suppliers ?? []).map((s) => s.supplierId)).filter((x): x is string => Boolean(x)))];
  if (!ids.length) return {};
  const rows = await db.supplier.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}

/** The document without procurement details the organisation withheld from publication. */
export function publicDocument(doc: EntryDraft): EntryDraft {
  const procurement = publicProcurement(doc.procurement);
  return { ...doc, procurement: (procurement ?? undefined) as EntryDraft["procurement"] };
}

/**
 * What the public entry page shows of a document already reduced by readPublicDocument: the same
 * for a published version and for the approver's preview of a submission, so the preview cannot
 * show more (or less) than publication will.
 */
export async function entryPageBody(entryId: string, doc: EntryDraft, language?: Language) {
  // In the page's language where the organisation translated the texts (see translations.ts).
  const { doc: shown, texts } = language ? inLanguage(publicDocument(doc), language) : { doc: publicDocument(doc), texts: undefined };
  const [procurement, assessments] = await Promise.all([procurementForEntryPage(doc, language ?? "en"), assessmentsForEntryPage(entryId, language ?? "en")]);
  const level = entryRiskLevel(shown);
  return {
    doc: shown,
    texts,
    html: renderEntryMarkdown(shown),
    risk: level ? { level, application: charterApplication(level) } : null,
    procurement,
    assessments,
  };
}

export type EntryPageBody = Awaited<ReturnType<typeof entryPageBody>>;

export async function requirePublishedEntry(publicId: string) {
  if (!/^\d{8}$/.test(publicId)) notFound();
  const entry = await getPublishedEntry(publicId);
  if (!entry) notFound();
  return entry;
}

export const NL_FORMAT = "nl-1.0";

/** `/algorithms/:id.json?format=nl-1.0`: the published version as a Dutch standard 1.0 object. */
export async function nlStandardResponse(publicId: string, request: Request) {
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? NL_FORMAT;
  if (format !== NL_FORMAT) badRequest(textOf(request).entryPage.unknownFormat({ format, expected: NL_FORMAT }));
  const entry = await requirePublishedEntry(publicId);
  const doc = publicDocument(entry.doc);
  const names = await supplierNamesOf([doc]);
  const providerName = (doc.procurement?.suppliers ?? [])
    .map((s) => (s.supplierId ? names[s.supplierId] : undefined))
    .filter(Boolean)
    .join(", ");
  const body = toNlStandard(doc, {
    organisationName: entry.organisation.name,
    publicId: entry.publicId,
    providerName: providerName || undefined,
    url: `${publicOrigin()}/algorithms/${entry.publicId}`,
  });
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Access-Control-Allow-Origin": "*",
      "Content-Disposition": `inline; filename="${entry.publicId}.json"`,
    },
  });
}

/** All published versions and the field-by-field difference between two of them. */
export async function versionHistory(publicId: string, from: number | null, to: number | null, language: Language) {
  const entry = await requirePublishedEntry(publicId);
  const versions = await listVersions(entry.id);
  const numbers = versions.map((v) => v.number);
  const latest = numbers[0];
  const toNumber = to !== null && numbers.includes(to) ? to : latest;
  const fromDefault = numbers.find((n) => n < toNumber) ?? toNumber;
  const fromNumber = from !== null && numbers.includes(from) ? from : fromDefault;
  const [a, b] = await Promise.all([getVersionDocument(entry.id, fromNumber), getVersionDocument(entry.id, toNumber)]);
  const before = publicDocument(a!.doc);
  const after = publicDocument(b!.doc);
  const supplierNames = await supplierNamesOf([before, after]);
  return {
    entry: { publicId: entry.publicId, name: entry.doc.name ?? null, organisation: entry.organisation },
    versions,
    from: fromNumber,
    to: toNumber,
    diff: diffDocuments(before, after, { supplierNames, language, organisations: { before: a!.organisationName, after: b!.organisationName } }),
  };
}
