/** The import form's fields that the browser can check too; the file itself is checked on the server. */
import { z } from "zod";
import { importText } from "~/i18n/imports.en";
import { IMPORT_FORMATS } from "./formats";

export const importFormSchema = z.object({
  format: z.enum(IMPORT_FORMATS.map((f) => f.value) as [string, ...string[]], { error: importText.formatRequired }),
  /** A checkbox: present ("on") when the file is only part of the source register. */
  partial: z.literal("on").optional(),
});

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
