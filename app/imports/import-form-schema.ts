/** The import form. The browser checks that a format and a file are chosen; what the file holds is checked on the server. */
import { z } from "zod";
import { formToObject } from "~/forms/read-form";
import { problem } from "~/i18n/problem";
import { IMPORT_FORMATS } from "./formats";

export const importFormSchema = z.object({
  format: z.enum(IMPORT_FORMATS.map((f) => f.value) as [string, ...string[]], { error: problem("imports.formatRequired") }),
  file: z.custom<File>((v) => v instanceof File && v.size > 0, { error: problem("imports.fileRequired") }),
  /** A checkbox: present ("on") when the file is only part of the source register. */
  partial: z.literal("on").optional(),
});

/** The post as the schema reads it: the text fields and the uploaded file. */
export const readImportForm = (form: FormData) => ({ ...formToObject(form), file: form.get("file") });

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
