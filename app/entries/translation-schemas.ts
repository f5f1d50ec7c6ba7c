/**
 * The zod schemas of entry translations: the stored form (part of the entry document) and the
 * translation form. Apart from translations.ts so that the public entry page does not load zod.
 */
import { z } from "zod";
import { LANGUAGES } from "~/i18n/languages.mjs";
import { problem } from "~/i18n/problem";
import { FIELDS } from "./standard";
import { TRANSLATABLE_FIELDS, type TranslatableField } from "./translations";

const maxOf = (field: TranslatableField) => FIELDS[field].max!;

/** In a stored document: strings only, so a draft never loses a translation; lengths are checked by the form. */
export const translationsLooseSchema = z.partialRecord(
  z.enum(LANGUAGES),
  z.object(Object.fromEntries(TRANSLATABLE_FIELDS.map((f) => [f, z.string().optional()]))),
);

const optionalText = (field: TranslatableField) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() ? v.trim() : undefined),
    z
      .string()
      .max(maxOf(field), problem("forms.validation.tooLong", { max: maxOf(field) }))
      .optional(),
  );

/** One translation as posted by the form (and checked by the browser with the same schema). */
export const translationFormSchema = z
  .object({
    language: z.enum(LANGUAGES, { error: problem("translations.form.chooseLanguage") }),
    ...(Object.fromEntries(TRANSLATABLE_FIELDS.map((f) => [f, optionalText(f)])) as Record<TranslatableField, ReturnType<typeof optionalText>>),
  })
  // A translation names the entry and says what it does; leaving every field empty removes it.
  .superRefine(
    (value, ctx) => {
      const any = TRANSLATABLE_FIELDS.some((f) => value[f]);
      if (!any) return;
      if (!value.name) ctx.addIssue({ code: "custom", path: ["name"], message: problem("translations.form.nameRequired") });
      if (!value.descriptionShort) ctx.addIssue({ code: "custom", path: ["descriptionShort"], message: problem("translations.form.descriptionRequired") });
    },
    // Also when a field is too long, so every problem shows at once.
    { when: () => true },
  );

export type TranslationForm = z.output<typeof translationFormSchema>;
