/**
 * What the staff page of a submitted entry shows before anyone decides on it: the submission as
 * its public page will render it, and, for an entry already published, the field-by-field
 * difference between the public version and the submission (the history page's diff).
 */
import type { Language } from "~/i18n/languages.mjs";
import { db } from "~/utils/db.server";
import { readOrSkip, readPublicDocument, storedDraft } from "./documents.server";
import { entryPageBody, publicDocument, supplierNamesOf } from "./public-entry.server";
import { diffDocuments } from "./version-diff";

type SubmittedEntry = {
  id: string;
  state: string;
  draft: string;
  draftSchemaVersion: number | null;
  currentVersionId: string | null;
  organisation: { name: string };
};

/** Null unless the entry is submitted and its draft can be read (an unreadable one has its own notice). */
export async function submissionReview(entry: SubmittedEntry, language: Language) {
  if (entry.state !== "submitted") return null;
  const submitted = readOrSkip(() => readPublicDocument(storedDraft(entry), { entryId: entry.id }));
  if (!submitted) return null;
  const [preview, published] = await Promise.all([entryPageBody(entry.id, submitted, language), publishedVersion(entry)]);
  const publishedDoc = published?.doc;
  const changes = published && publishedDoc ? await changesFrom({ ...published, doc: publishedDoc }, submitted, entry.organisation.name, language) : null;
  return { preview, nextVersion: (published?.number ?? 0) + 1, changes };
}

export type SubmissionReview = NonNullable<Awaited<ReturnType<typeof submissionReview>>>;

async function publishedVersion(entry: SubmittedEntry) {
  if (!entry.currentVersionId) return null;
  const v = await db.entryVersion.findUniqueOrThrow({
    where: { id: entry.currentVersionId },
    select: { number: true, data: true, schemaVersion: true, organisationName: true },
  });
  return { number: v.number, organisationName: v.organisationName, doc: readOrSkip(() => readPublicDocument(v, { entryId: entry.id, version: v.number })) };
}

type Doc = ReturnType<typeof readPublicDocument>;

async function changesFrom(published: { number: number; organisationName: string | null; doc: Doc }, submitted: Doc, org: string, language: Language) {
  const before = publicDocument(published.doc);
  const after = publicDocument(submitted);
  const supplierNames = await supplierNamesOf([before, after]);
  return {
    version: published.number,
    diff: diffDocuments(before, after, { supplierNames, language, organisations: { before: published.organisationName, after: org } }),
  };
}
