/**
 * Source: the UK Algorithmic Transparency Recording Standard records listing:
 * `{ meta, records: [{ publishing_body, tool_name, title, url, published, description }] }`.
 * A summary, not a full entry: we map what is there and leave the rest empty.
 */
import { LIMITS } from "~/entries/standard";
import type { ImportSource, RecordResult } from "./import-types";
import { dateOf, httpUrlOf, isPlainObject, textOf, truncate } from "./text";

/** Some records name no publishing body; they are kept together under one clearly named organisation. */
export const UNNAMED_UK_BODY = "UK public body (not named in the ATRS listing)";

function map(item: unknown): RecordResult {
  if (!isPlainObject(item)) return { ok: false, reason: "The record is not a JSON object" };
  const url = httpUrlOf(item.url);
  // The record's address on GOV.UK is its only stable identifier.
  const sourceId = url ? new URL(url).pathname.replace(/\/+$/, "").split("/").pop() || url : undefined;
  if (!url || !sourceId) return { ok: false, reason: "url: the record's GOV.UK address is missing, so a later import could not find this entry again" };
  const name = textOf(item.tool_name) ?? textOf(item.title);
  if (!name) return { ok: false, sourceId, reason: "tool_name: the name of the tool is missing" };
  const description = textOf(item.description);
  const descriptionShort = truncate(description, LIMITS.descriptionShort);
  return {
    ok: true,
    record: {
      sourceId,
      sourceUrl: url,
      organisationName: truncate(textOf(item.publishing_body) ?? UNNAMED_UK_BODY, LIMITS.organisation)!,
      preferredPublicIds: [],
      fields: {
        name: truncate(name, LIMITS.name),
        descriptionShort,
        // No contact: the listing names none, and the record's URL is provenance ("view the original"), not a contact.
        language: "eng",
      },
      // The listing states no publication category or EU high-risk: they stay "not stated", never a guess.
      defaults: {},
      // A description longer than the limit is cut by the register, and labelled as such.
      derivedFields: descriptionShort !== description ? ["descriptionShort"] : [],
      // The listing's only date is when the record was first published on GOV.UK.
      sourceDates: { firstPublishedAt: dateOf(item.published) },
    },
  };
}

export const ukAtrsListingSource: ImportSource = {
  format: "uk-atrs-listing",
  records(json) {
    if (isPlainObject(json) && Array.isArray(json.records)) return { ok: true, items: json.records };
    return { ok: false, reason: 'This is not a UK ATRS listing: expected an object with a "records" array.' };
  },
  map,
};
