/** One data set an algorithm uses: its source, how personal it is, and the legal ground for sensitive data. */
import { z } from "zod";
import { DATA_CATEGORIES, DATA_SOURCES, DATA_USES, PERSONAL_DATA_LEVELS, type SensitiveDataCategorySlug } from "~content/vocabularies/data-categories";
import { draftKit, looseKit, slugsOf, submitKit, type Kit } from "./schema-kit";
import { LIMITS } from "./standard";
import { problem } from "~/i18n/problem";

export const SENSITIVE_CATEGORIES = DATA_CATEGORIES.filter((c) => c.special || c.criminal);
const SENSITIVE_SLUGS = SENSITIVE_CATEGORIES.map((c) => c.slug) as [SensitiveDataCategorySlug, ...SensitiveDataCategorySlug[]];

export function isSensitiveCategory(slug: string): slug is SensitiveDataCategorySlug {
  return (SENSITIVE_SLUGS as string[]).includes(slug);
}

function dataDeclarationShape<N extends z.ZodNumber | z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>(k: Kit<N>) {
  return {
    name: k.text(LIMITS.dataName),
    source: z.enum(slugsOf(DATA_SOURCES)).optional(),
    sourceDetail: k.text(LIMITS.sourceDetail),
    personalData: z.enum(slugsOf(PERSONAL_DATA_LEVELS)).optional(),
    categories: k.list(z.enum(slugsOf(DATA_CATEGORIES)), DATA_CATEGORIES.length),
    legalGrounds: z.partialRecord(z.enum(SENSITIVE_SLUGS), k.text(LIMITS.legalGroundText).unwrap()).optional(),
    retention: k.text(LIMITS.retention),
    sharedWith: k.text(LIMITS.sharedWith),
    use: z.enum(slugsOf(DATA_USES)).optional(),
  };
}

export const dataDeclarationLooseSchema = z.object(dataDeclarationShape(looseKit));
export const dataDeclarationDraftSchema = z.object(dataDeclarationShape(draftKit));

export const dataDeclarationSchema = z.object(dataDeclarationShape(submitKit)).superRefine((d, ctx) => {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  if (!d.name) issue(["name"], problem("standard.validation.dataName"));
  if (!d.source) issue(["source"], problem("standard.validation.dataSource"));
  if (!d.personalData) issue(["personalData"], problem("standard.validation.dataPersonal"));
  if (!d.use) issue(["use"], problem("standard.validation.dataUse"));
  const categories = d.categories ?? [];
  if (d.personalData === "none" && categories.length > 0) {
    issue(["categories"], problem("standard.validation.dataNoKinds"));
  }
  for (const slug of categories) {
    const category = DATA_CATEGORIES.find((c) => c.slug === slug);
    if (!category || !isSensitiveCategory(slug)) continue;
    if (!d.legalGrounds?.[slug]?.trim()) {
      const article = category.criminal ? "GDPR art. 10" : "GDPR art. 9";
      issue(["legalGrounds", slug], problem("standard.validation.dataLegalGround", { category: category.label, article }));
    }
  }
});

export type DataDeclaration = z.output<typeof dataDeclarationSchema>;
export type DataDeclarationDraft = z.output<typeof dataDeclarationDraftSchema>;
