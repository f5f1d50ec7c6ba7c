/**
 * The entry document: one JSON object per version, shared by server and client.
 * A draft can always be saved (see `sanitizeDraft`); `entrySubmitSchema` holds
 * the rules an entry must meet before it goes to review.
 */
import { z } from "zod";
import {
  ALGORITHM_TYPES,
  ANNEX_III_AREAS,
  CHARTER_COMMITMENTS,
  LANGUAGES,
  LIFECYCLE_STATUSES,
  PUBLICATION_CATEGORIES,
  type CharterCommitmentId,
} from "~content/vocabularies/entry-enums";
import { LIFE_EVENTS } from "~content/vocabularies/life-events";
import { RISK_IMPACTS, RISK_LIKELIHOODS } from "~content/vocabularies/risk-matrix";
import { THEMES } from "~content/vocabularies/themes";
import { dataDeclarationDraftSchema, dataDeclarationLooseSchema, dataDeclarationSchema } from "./data-declaration-schema";
import { flattenIssues } from "~/forms/errors";
import { formToValues } from "./form-values";
import { defaultProcurement, procurementDraftSchema, procurementLooseSchema, procurementSchema } from "./procurement-schema";
import { draftKit, isHttpUrl, looseKit, parseDroppingInvalid, plainLeaf, slugsOf, stripNulls, submitKit, type Dropped, type Kit, type Num } from "./schema-kit";
import { FIELDS, LIMITS, missingMessage, PLAIN_FIELDS, REQUIRED_FOR_AB, type PlainFieldInput, type PlainFieldKey } from "./standard";
import { translationsLooseSchema } from "./translation-schemas";
import { problem } from "~/i18n/problem";

export { normalizeFormValues } from "./form-values";

const CHARTER_IDS = CHARTER_COMMITMENTS.map((c) => c.id) as [CharterCommitmentId, ...CharterCommitmentId[]];
const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as unknown as [(typeof LANGUAGES)[number]["code"], ...(typeof LANGUAGES)[number]["code"][]];

/* ---------- Contact ---------- */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// Words that mark a role or team mailbox rather than a person.
const TEAM_WORDS = new Set(
  `info team teams contact contacts privacy data algorithm algorithms algoritme algoritmes register registry support help
  helpdesk servicedesk service services office enquiries enquiry inquiries questions vragen admin communications comms
  press media digital ict it security dpo fg secretariaat klantcontact noreply publicaties loket redactie feedback ethics
  policy unit desk hello mail post general web webmaster transparency openness foi oia woo complaints klachten bezwaar
  appeals legal juridisch governance ai analytics insights innovation department ministry council gemeente municipality
  customer customers burgerzaken public publiek citizens ombudsman audit risk compliance bureau group centre center`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Warn when an address looks like a person's (firstname.lastname@, j.smith@,
 * jp.van.dijk@): the contact must outlive job changes. Returns null if not.
 */
export function looksPersonal(email: string): string | null {
  const value = email
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, "");
  if (!EMAIL.test(value)) return null;
  const local = value.split("@")[0];
  const parts = local.split(/[._-]+/).filter(Boolean);
  if (parts.length < 2 || parts.length > 5) return null;
  if (parts.some((p) => TEAM_WORDS.has(p) || /\d/.test(p))) return null;
  if (!parts.every((p) => /^\p{L}+$/u.test(p))) return null;
  return problem("standard.validation.personalContact");
}

const contactSchema = z
  .string({ error: missingMessage("contact") })
  .trim()
  .min(1, missingMessage("contact"))
  .max(LIMITS.contact, problem("forms.validation.tooLong", { max: LIMITS.contact }))
  .superRefine((value, ctx) => {
    const email = value.replace(/^mailto:/i, "");
    if (!EMAIL.test(email) && !isHttpUrl(value)) {
      ctx.addIssue({ code: "custom", message: problem("standard.validation.contactFormat") });
      return;
    }
    if (looksPersonal(email)) {
      ctx.addIssue({ code: "custom", message: problem("standard.validation.contactNotPersonal") });
    }
  });

/* ---------- Shape ---------- */

type PlainShape<N extends Num> = {
  [K in PlainFieldKey]: PlainFieldInput<K> extends "count" ? z.ZodOptional<N> : z.ZodOptional<z.ZodString>;
};

/** One leaf per plain top-level field of the standard, in the standard's order. */
function plainShape<N extends Num>(k: Kit<N>): PlainShape<N> {
  return Object.fromEntries(PLAIN_FIELDS.map((key) => [key, plainLeaf(k, FIELDS[key])])) as PlainShape<N>;
}

function entryShape<N extends Num>(k: Kit<N>) {
  const strict = k.mode === "submit";
  const linksWithTitles = (titleMax: number) => {
    const link = z.object({ title: k.text(titleMax), link: k.url() });
    return strict
      ? k.list(
          link.superRefine((l, ctx) => {
            if (!l.title) ctx.addIssue({ code: "custom", path: ["title"], message: problem("standard.validation.linkTitle") });
            if (!l.link) ctx.addIssue({ code: "custom", path: ["link"], message: problem("standard.validation.linkAddress") });
          }),
          LIMITS.maxLinks,
        )
      : k.list(link, LIMITS.maxLinks);
  };
  const links = linksWithTitles(LIMITS.linkTitle);
  const tag = strict
    ? k
        .text(LIMITS.tags)
        .unwrap()
        .min(1, problem("standard.validation.emptySearchWord"))
        .refine((t) => !t.includes(","), "A search word cannot contain a comma")
    : k.text(LIMITS.tags).unwrap();
  // The standard limits the search words as one comma-separated string, not one by one.
  const tags =
    k.mode === "loose"
      ? k.list(tag, Infinity)
      : z
          .array(tag)
          .refine((list) => list.join(", ").length <= LIMITS.tags, problem("standard.validation.searchWordsTooLong", { max: LIMITS.tags }))
          .optional();
  const text = (key: "lifecycle.beganOn" | "lifecycle.endedOn" | "euAiAct.euDatabaseUrl") => plainLeaf(k, FIELDS[key]) as z.ZodOptional<z.ZodString>;

  return {
    ...plainShape(k),
    themes: k.list(z.enum(slugsOf(THEMES)), LIMITS.maxThemes),
    lifecycle: z
      .object({
        status: z.enum(slugsOf(LIFECYCLE_STATUSES)).optional(),
        beganOn: text("lifecycle.beganOn"),
        endedOn: text("lifecycle.endedOn"),
      })
      .optional(),
    publicationCategory: z.enum(slugsOf(PUBLICATION_CATEGORIES)).optional(),
    lawfulBasisLinks: links,
    dataSourceLinks: linksWithTitles(LIMITS.groupingTitle),
    algorithmType: z.enum(slugsOf(ALGORITHM_TYPES)).optional(),
    selfLearning: z.boolean().optional(),
    charter: z.partialRecord(z.enum(CHARTER_IDS), k.text(LIMITS.charterStatement).unwrap()).optional(),
    risk: z
      .object({
        likelihood: z.enum(slugsOf(RISK_LIKELIHOODS)).optional(),
        impact: z.enum(slugsOf(RISK_IMPACTS)).optional(),
      })
      .optional(),
    euAiAct: z
      .object({
        highRisk: z.boolean().optional(),
        annexIIIArea: z.enum(slugsOf(ANNEX_III_AREAS)).optional(),
        euDatabaseUrl: text("euAiAct.euDatabaseUrl"),
        restrictedSection: z.boolean().optional(),
      })
      .optional(),
    language: z.enum(LANGUAGE_CODES).optional(),
    tags,
    assessmentLinks: linksWithTitles(LIMITS.groupingTitle),
    lifeEvents: k.list(z.enum(slugsOf(LIFE_EVENTS)), LIFE_EVENTS.length),
  };
}

/** Types only, no lengths or formats: what a stored (and so a published) document is guaranteed to be. */
export const entryLooseObject = z.object({
  ...entryShape(looseKit),
  procurement: procurementLooseSchema.optional(),
  dataDeclarations: z.array(dataDeclarationLooseSchema).optional(),
  translations: translationsLooseSchema.optional(),
});

export const entryDraftObject = z.object({
  ...entryShape(draftKit),
  procurement: procurementDraftSchema.optional(),
  dataDeclarations: z.array(dataDeclarationDraftSchema).max(LIMITS.maxDataDeclarations).optional(),
  translations: translationsLooseSchema.optional(),
});

export const ENTRY_KEYS = Object.keys(entryDraftObject.shape) as (keyof EntryDraft)[];

/** Lenient: types and maximum lengths only. JSON nulls count as empty. */
export const entryDraftSchema = z.preprocess(stripNulls, entryDraftObject);

const required = (key: "name" | "descriptionShort") => {
  const max = FIELDS[key].max!;
  const message = missingMessage(key);
  return z.string({ error: message }).trim().min(1, message).max(max, problem("forms.validation.tooLong", { max }));
};

const submitLifecycle = z
  .object({
    status: z.enum(slugsOf(LIFECYCLE_STATUSES), { error: missingMessage("lifecycle.status") }),
    beganOn: plainLeaf(submitKit, FIELDS["lifecycle.beganOn"]) as z.ZodOptional<z.ZodString>,
    endedOn: plainLeaf(submitKit, FIELDS["lifecycle.endedOn"]) as z.ZodOptional<z.ZodString>,
  })
  .refine((l) => !l.beganOn || !l.endedOn || l.endedOn >= l.beganOn, {
    path: ["endedOn"],
    message: problem("standard.validation.endBeforeStart"),
  });

/** Strict: what an entry must meet before it is submitted for review. */
export const entrySubmitSchema = z
  .object({
    ...entryShape(submitKit),
    name: required("name"),
    descriptionShort: required("descriptionShort"),
    lifecycle: z.preprocess((v) => v ?? {}, submitLifecycle),
    publicationCategory: z.enum(slugsOf(PUBLICATION_CATEGORIES), { error: missingMessage("publicationCategory") }),
    contact: contactSchema,
    language: z.enum(LANGUAGE_CODES, { error: missingMessage("language") }),
    procurement: procurementSchema.default(defaultProcurement),
    dataDeclarations: z.array(dataDeclarationSchema).max(LIMITS.maxDataDeclarations).optional(),
    // Checked by the translation form (app/entries/translations.ts); kept here so a submitted document carries it.
    translations: translationsLooseSchema.optional(),
  })
  .superRefine(
    // Runs even when other fields failed, so the editor sees every problem at once.
    (doc, ctx) => {
      if (!doc || typeof doc !== "object") return;
      const d = doc as Partial<Record<string, unknown>>;
      if (d.publicationCategory === "A" || d.publicationCategory === "B") {
        for (const key of REQUIRED_FOR_AB) {
          const v = valueAt(d, key);
          if (typeof v !== "string" || !v.trim()) ctx.addIssue({ code: "custom", path: key.split("."), message: missingMessage(key) });
        }
      }
    },
    { when: () => true },
  );

export type EntryDraft = z.output<typeof entryDraftObject>;
export type EntryDocument = z.output<typeof entrySubmitSchema>;

/* ---------- Drafts ---------- */

/**
 * Keep everything of the right type, however long or badly formatted, so a
 * draft save never fails on content. Values of the wrong type (an unknown
 * theme, an object where text belongs) are removed and listed in `dropped`.
 */
export function sanitizeDraftReport(input: unknown): { draft: EntryDraft; dropped: Dropped[] } {
  const { data, dropped } = parseDroppingInvalid(entryLooseObject, input);
  if (input && typeof input === "object" && !Array.isArray(input)) {
    for (const key of Object.keys(input)) {
      if (!(key in entryLooseObject.shape)) dropped.push({ path: key, message: problem("standard.validation.notAField") });
    }
  }
  return { draft: data as EntryDraft, dropped };
}

export function sanitizeDraft(input: unknown): EntryDraft {
  return sanitizeDraftReport(input).draft;
}

/** Problems worth showing on a draft (too long, too many). Empty when none. */
export function validateDraft(doc: unknown): Record<string, string> {
  const result = entryDraftSchema.safeParse(doc);
  return result.success ? {} : flattenIssues(result.error.issues);
}

export function validateForSubmit(
  doc: unknown,
): { ok: true; errors: Record<string, string>; data: EntryDocument } | { ok: false; errors: Record<string, string>; data?: undefined } {
  const result = entrySubmitSchema.safeParse(stripNulls(doc));
  if (result.success) return { ok: true, errors: {}, data: result.data };
  return { ok: false, errors: flattenIssues(result.error.issues) };
}

/* ---------- Paths ---------- */

/** The value at a dotted path such as `lifecycle.beganOn`. */
export function valueAt(doc: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), doc);
}

/* ---------- New entries and forms ---------- */

export function emptyEntry(language?: EntryDraft["language"]): EntryDraft {
  return {
    themes: [],
    lifecycle: {},
    charter: {},
    risk: {},
    euAiAct: { highRisk: false, restrictedSection: false },
    tags: [],
    lawfulBasisLinks: [],
    dataSourceLinks: [],
    assessmentLinks: [],
    procurement: defaultProcurement(),
    dataDeclarations: [],
    lifeEvents: [],
    ...(language ? { language } : {}),
  };
}

/**
 * Read a plain HTML form post (no JavaScript) into a draft. Input names are
 * dotted paths: `lifecycle.status`, `lawfulBasisLinks.0.title`, `charter.people`;
 * `themes` repeats; checkboxes send "on" (pair them with a hidden "false"
 * input of the same name so unticking is recorded). Other inputs (intent,
 * CSRF token) are ignored.
 */
export function formDataToEntry(formData: FormData | URLSearchParams): EntryDraft {
  return sanitizeDraft(formToValues(formData, ENTRY_KEYS));
}
