import { z } from "zod";
import { problem } from "~/i18n/problem";

/** The labels here are English, for the discovery pages; a page in a language reads `t.admin.organisation.types`. */
export const ORGANISATION_TYPES = [
  { value: "ministry", label: "Ministry or department" },
  { value: "agency", label: "Executive agency" },
  { value: "municipality", label: "Municipality" },
  { value: "province", label: "Province or region" },
  { value: "water_authority", label: "Water authority" },
  { value: "other", label: "Other public body" },
] as const;

export const IDENTIFIER_SCHEMES = [
  { value: "TOOI", label: "TOOI URI (Dutch government organisations)" },
  { value: "NL-KVK", label: "NL-KVK (Dutch Chamber of Commerce number)" },
  { value: "GB-GOV", label: "GB-GOV (UK government organisation)" },
  { value: "NZ-GOVT", label: "NZ government agency" },
  { value: "other", label: "Other scheme" },
] as const;

/** Countries whose public holidays the feedback deadlines know (ISO 3166-1 alpha-2, as date-holidays names them). */
export const ORGANISATION_COUNTRIES = [
  { value: "NL", label: "Netherlands" },
  { value: "GB", label: "United Kingdom" },
  { value: "NZ", label: "New Zealand" },
] as const;
export const DEFAULT_COUNTRY = "NL";

export const organisationSchema = z
  .object({
    name: z.string().trim().min(1, problem("admin.organisation.validation.nameMissing")).max(100, problem("admin.organisation.validation.nameTooLong")),
    type: z.enum(ORGANISATION_TYPES.map((t) => t.value) as [string, ...string[]], { message: problem("admin.organisation.validation.typeMissing") }),
    identifierScheme: z.enum(IDENTIFIER_SCHEMES.map((s) => s.value) as [string, ...string[]], {
      message: problem("admin.organisation.validation.schemeMissing"),
    }),
    identifier: z.string().trim().min(1, problem("admin.organisation.validation.identifierMissing")).max(300),
    country: z
      .enum(ORGANISATION_COUNTRIES.map((c) => c.value) as [string, ...string[]], { message: problem("admin.organisation.validation.countryMissing") })
      .default(DEFAULT_COUNTRY),
    website: z.union([z.literal(""), z.string().trim().url(problem("admin.organisation.validation.website"))]).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.identifierScheme === "TOOI" && !/^https:\/\/identifier\.overheid\.nl\/tooi\/id\/[a-z_]+\/[a-z0-9_]+$/i.test(v.identifier)) {
      ctx.addIssue({ code: "custom", path: ["identifier"], message: problem("admin.organisation.validation.tooi") });
    }
    if (v.identifierScheme === "NL-KVK" && !/^\d{8}$/.test(v.identifier)) {
      ctx.addIssue({ code: "custom", path: ["identifier"], message: problem("admin.organisation.validation.kvk") });
    }
  });

export type OrganisationInput = z.infer<typeof organisationSchema>;
