/**
 * Source: the Dutch algorithm register's public listing (algoritmes.overheid.nl API):
 * `{ algoritmes: [{ id, title, organisatie, status, doel, juridische_basis, impactassessment, geregistreerd, toegevoegd, url }] }`.
 * A summary, not a full entry: we map what is there and leave the rest empty.
 */
import type { EntryDraft } from "~/entries/entry-schema";
import { LIMITS } from "~/entries/standard";
import type { ImportSource, RecordResult } from "./import-types";
import { dateOf, httpUrlOf, isPlainObject, textOf, truncate } from "./text";

const STATUS: Record<string, NonNullable<EntryDraft["lifecycle"]>["status"]> = {
  in_gebruik: "in_use",
  ontwikkeling: "in_development",
  in_ontwikkeling: "in_development",
  buiten_gebruik: "out_of_use",
};

// The listing only says whether an impact assessment was done ("Onbekend": not stated, so nothing is filled in);
// the entry is in Dutch, so is this sentence.
const ASSESSMENT: Record<string, string> = {
  ja: "Volgens het Algoritmeregister is een impacttoets uitgevoerd.",
  nee: "Volgens het Algoritmeregister is geen impacttoets uitgevoerd.",
};

function map(item: unknown): RecordResult {
  if (!isPlainObject(item)) return { ok: false, reason: "The record is not a JSON object" };
  const sourceId = textOf(item.id);
  if (!sourceId) return { ok: false, reason: "id: the register id is missing, so a later import could not find this entry again" };
  const name = textOf(item.title);
  if (!name) return { ok: false, sourceId, reason: "title: the name of the algorithm is missing" };
  const organisationName = textOf(item.organisatie);
  if (!organisationName) return { ok: false, sourceId, reason: "organisatie: the organisation is missing" };
  const goal = textOf(item.doel);
  const url = httpUrlOf(item.url);
  const status = textOf(item.status);
  const registered = dateOf(item.geregistreerd);
  const added = dateOf(item.toegevoegd);
  const known = [registered, added].filter((d): d is Date => d !== undefined).sort((a, b) => a.getTime() - b.getTime());
  return {
    ok: true,
    record: {
      sourceId,
      sourceUrl: url,
      organisationName: truncate(organisationName, LIMITS.organisation)!,
      preferredPublicIds: /^\d{8}$/.test(sourceId) ? [sourceId] : [],
      fields: {
        name: truncate(name, LIMITS.name),
        descriptionShort: truncate(goal, LIMITS.descriptionShort),
        goal: truncate(goal, LIMITS.longText),
        lawfulBasis: truncate(textOf(item.juridische_basis), LIMITS.longText),
        lifecycle: { status: status ? STATUS[status.toLowerCase()] : undefined },
        assessmentsText: ASSESSMENT[textOf(item.impactassessment)?.toLowerCase() ?? ""],
        // No contact: the listing names none, and its URL is provenance ("view the original"), not a contact.
        language: "nld",
      },
      // The listing states no publication category or EU high-risk: they stay "not stated", never a guess.
      defaults: {},
      // The listing has no short description: the register cuts one from the goal, and says so.
      derivedFields: goal ? ["descriptionShort"] : [],
      // Two dates, not always in order: the earlier is when it was public, the later when it last changed.
      sourceDates: { registeredAt: registered, firstPublishedAt: known[0], lastChangedAt: known[known.length - 1] },
    },
  };
}

export const nlListingSource: ImportSource = {
  format: "nl-listing",
  records(json) {
    if (isPlainObject(json) && Array.isArray(json.algoritmes)) return { ok: true, items: json.algoritmes };
    return { ok: false, reason: 'This is not a Dutch register listing: expected an object with an "algoritmes" array.' };
  },
  map,
};
