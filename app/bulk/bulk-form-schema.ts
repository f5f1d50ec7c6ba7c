/** The upload form. The browser checks that an organisation and a file are chosen; what the file holds is checked on the server. */
import { z } from "zod";
import { formToObject } from "~/forms/read-form";
import { problem } from "~/i18n/problem";

export const bulkFormSchema = z.object({
  organisationId: z.string({ error: problem("bulk.organisationRequired") }).min(1, problem("bulk.organisationRequired")),
  file: z.custom<File>((v) => v instanceof File && v.size > 0, { error: problem("bulk.fileRequired") }),
});

/** The post as the schema reads it: the text fields and the uploaded file. */
export const readBulkForm = (form: FormData) => ({ ...formToObject(form), file: form.get("file") });

/** The largest spreadsheet and the most rows one upload may hold. */
export const MAX_BULK_BYTES = 5 * 1024 * 1024;
export const MAX_BULK_ROWS = 500;
