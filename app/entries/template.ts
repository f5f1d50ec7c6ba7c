/**
 * A supplier-neutral starting point copied from a published entry: the
 * description of the algorithm stays, everything that belongs to the other
 * organisation (its contact, search words, suppliers and contract, web pages,
 * dates, ids in other registers and EU database registration) is left out.
 */
import type { EntryDraft } from "./entry-schema";
import { LIMITS } from "./standard";

const SUFFIX = " (copy)";

export function templateFrom(doc: EntryDraft): EntryDraft {
  const copy = structuredClone(doc);
  delete copy.contact;
  delete copy.website;
  delete copy.processingRegisterUrl;
  delete copy.reviewDueOn;
  delete copy.deployerContact;
  delete copy.sourceId;
  delete copy.sourceRegisterUrl;
  delete copy.dutchRegisterId;
  delete copy.submitterContact;
  // A translation belongs to the other organisation's texts, which the copy is about to change.
  delete copy.translations;
  copy.tags = [];
  copy.lifecycle = copy.lifecycle?.status && copy.lifecycle.status !== "out_of_use" ? { status: "in_development" } : {};
  copy.procurement = { inHouse: doc.procurement?.inHouse ?? true, suppliers: [] };
  if (copy.euAiAct) delete copy.euAiAct.euDatabaseUrl;
  copy.name = `${(doc.name ?? "Untitled entry").slice(0, LIMITS.name - SUFFIX.length)}${SUFFIX}`;
  return copy;
}
