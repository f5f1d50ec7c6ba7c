/** The supplier registration form, validated the same way in the browser and in the action. */
import { z } from "zod";
import { isCountryCode } from "~content/vocabularies/countries";
import { isHttpUrl, withScheme } from "~/entries/schema-kit";
import { LIMITS } from "~/entries/standard";
import { problem } from "~/i18n/problem";
import { identifierProblem, normaliseIdentifier, SUPPLIER_SCHEME_SLUGS } from "./supplier-ids";

const SUPPLIER_NAME_MAX = LIMITS.provider;

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined);

export const supplierSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, problem("procurement.validation.nameRequired"))
      .max(SUPPLIER_NAME_MAX, problem("procurement.validation.tooLong", { max: SUPPLIER_NAME_MAX })),
    scheme: z.enum(SUPPLIER_SCHEME_SLUGS, { error: problem("procurement.validation.schemeRequired") }),
    identifier: z.string().max(LIMITS.supplierId, problem("procurement.validation.tooLong", { max: LIMITS.supplierId })),
    country: optionalText.transform((v) => v?.toUpperCase()).refine((v) => v === undefined || isCountryCode(v), problem("procurement.validation.country")),
    website: optionalText
      .transform((v) => v && withScheme(v))
      .refine((v) => v === undefined || (v.length <= LIMITS.url && isHttpUrl(v)), problem("procurement.validation.website")),
  })
  .superRefine((v, ctx) => {
    const issue = identifierProblem(v.scheme, v.identifier);
    if (issue) ctx.addIssue({ code: "custom", path: ["identifier"], message: issue });
  })
  .transform((v) => ({ ...v, identifier: normaliseIdentifier(v.scheme, v.identifier) }));

export type SupplierInput = z.output<typeof supplierSchema>;
