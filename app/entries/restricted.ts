import type { EntryDraft } from "./entry-schema";

/**
 * EU AI Act art. 49(4): high-risk systems in law enforcement, migration, asylum and border control
 * are registered in a non-public section. Publicly we keep only what identifies the system and how
 * to contact the organisation; everything else stays with the agency and the supervisory authorities.
 */
const PUBLIC_FIELDS_OF_RESTRICTED = [
  "name",
  "descriptionShort",
  "themes",
  "lifecycle",
  "publicationCategory",
  "contact",
  "website",
  "language",
  "euAiAct",
  "appeals",
] as const;

function isRestricted(doc: EntryDraft): boolean {
  return doc.euAiAct?.restrictedSection === true;
}

/** The document as the public may see it: unchanged unless the entry is in the restricted section. */
export function publicView(doc: EntryDraft): EntryDraft {
  if (!isRestricted(doc)) return doc;
  const out: Record<string, unknown> = {};
  for (const key of PUBLIC_FIELDS_OF_RESTRICTED) if (doc[key] !== undefined) out[key] = doc[key];
  // Translations of those public texts only.
  if (doc.translations) {
    out.translations = Object.fromEntries(
      Object.entries(doc.translations).map(([language, fields]) => [
        language,
        Object.fromEntries(Object.entries(fields ?? {}).filter(([field]) => (PUBLIC_FIELDS_OF_RESTRICTED as readonly string[]).includes(field))),
      ]),
    );
  }
  return out as EntryDraft;
}

export const RESTRICTED_NOTICE =
  "This system is registered in the restricted section (EU AI Act, article 49(4)): it is used in law enforcement, migration, asylum or border control. Its details are available to the supervisory authorities, not to the public.";
