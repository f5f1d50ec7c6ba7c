import type { MetaFunction } from "@remix-run/node";
import { isLanguage } from "~/i18n/languages.mjs";
import { textFor } from "~/i18n/text";

/** The title of the assessment pages, in the page's language (the root loader's choice). */
export const assessmentMeta: MetaFunction = ({ matches }) => {
  const chosen = (matches.find((m) => m.id === "root")?.data as { language?: unknown } | undefined)?.language;
  const t = textFor(isLanguage(chosen) ? chosen : "en");
  return [{ title: `${t.assessments.title} – ${t.site.name}` }];
};
