/** Source: Dutch publication standard 1.0 objects (one object or an array), as exported by registers. */
import type { EntryDraft } from "~/entries/entry-schema";
import { fromNlStandard, NL_ENTRY_KEYS } from "~/entries/nl-standard";
import { slugify } from "~/utils/slug";
import type { ImportSource, RecordResult } from "./import-types";
import { isPlainObject, textOf } from "./text";

const eightDigits = (v: string | undefined) => (v && /^\d{8}$/.test(v) ? [v] : []);

function map(item: unknown): RecordResult {
  const lars = isPlainObject(item) ? textOf(item.lars) : undefined;
  const rawSourceId = isPlainObject(item) ? textOf(item.source_id) : undefined;
  const organisationName = isPlainObject(item) ? textOf(item.organization) : undefined;
  // The register's `lars` is unique across organisations; an organisation's own source_id is not.
  const sourceId = lars ?? (rawSourceId && organisationName ? `${slugify(organisationName, 120)}/${rawSourceId}` : undefined);
  const result = fromNlStandard(item);
  if (result.errors.length) return { ok: false, sourceId, reason: result.errors.join("; ") };

  const fields: Partial<EntryDraft> = {};
  // A re-import replaces exactly the fields the standard carries; of procurement, only whether it was built in-house.
  for (const key of NL_ENTRY_KEYS) if (key !== "procurement") (fields as Record<string, unknown>)[key] = result.doc[key];
  fields.lifecycle = { status: result.doc.lifecycle?.status, beganOn: result.doc.lifecycle?.beganOn, endedOn: result.doc.lifecycle?.endedOn };
  if (result.doc.procurement) fields.procurement = { inHouse: result.doc.procurement.inHouse, suppliers: [] };
  return {
    ok: true,
    record: {
      sourceId,
      sourceUrl: result.url,
      organisationName: result.organisationName ?? organisationName!,
      preferredPublicIds: [...eightDigits(lars), ...eightDigits(rawSourceId)],
      fields,
      defaults: {},
      providerName: result.providerName,
    },
    warnings: result.warnings,
  };
}

export const nlStandardSource: ImportSource = {
  format: "nl-1.0",
  records(json) {
    if (Array.isArray(json)) return { ok: true, items: json };
    if (isPlainObject(json)) return { ok: true, items: [json] };
    return { ok: false, reason: "The file must hold one Dutch standard 1.0 object or an array of them." };
  },
  map,
};
