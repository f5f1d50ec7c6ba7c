/** The supplier registration form, validated the same way in the browser and in the action. */
import { z } from "zod";
import { isCountryCode } from "~content/vocabularies/countries";
import { isHttpUrl, withScheme } from "~/entries/schema-kit";
import { LIMITS } from "~/entries/standard";
import { identifierProblem, normaliseIdentifier, SUPPLIER_SCHEME_SLUGS } from "./supplier-ids";

const SUPPLIER_NAME_MAX = LIMITS.provider;

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined);

export const supplierSchema = z
  .object({
    name: z.string().trim().min(1, "Enter the supplier’s name").max(SUPPLIER_NAME_MAX, `Use ${SUPPLIER_NAME_MAX} characters or fewer`),
    scheme: z.enum(SUPPLIER_SCHEME_SLUGS, { error: "Choose the identifier scheme" }),
    identifier: z.string().max(LIMITS.supplierId, `Use ${LIMITS.supplierId} characters or fewer`),
    country: optionalText
      .transform((v) => v?.toUpperCase())
      .refine((v) => v === undefined || isCountryCode(v), "Enter a two-letter country code (ISO 3166-1), for example NL or GB"),
    website: optionalText
      .transform((v) => v && withScheme(v))
      .refine(
        (v) => v === undefined || (v.length <= LIMITS.url && isHttpUrl(v)),
        "Enter a full web address starting with https://, for example https://www.example.com",
      ),
  })
  .superRefine((v, ctx) => {
    const problem = identifierProblem(v.scheme, v.identifier);
    if (problem) ctx.addIssue({ code: "custom", path: ["identifier"], message: problem });
  })
  .transform((v) => ({ ...v, identifier: normaliseIdentifier(v.scheme, v.identifier) }));

export type SupplierInput = z.output<typeof supplierSchema>;
