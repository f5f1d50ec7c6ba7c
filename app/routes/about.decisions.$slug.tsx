import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ContentArticle } from "~/content/content-article";
import { loadContentPage, ORIGINAL_LANGUAGE } from "~/content/pages.server";
import { languageOf } from "~/i18n/language.server";
import { localePath } from "~/i18n/languages.mjs";
import { textFor, useLanguage, useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { notFound } from "~/utils/http.server";

// A decision record opens with its date, not a summary: the description says what the page is.
export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [];
  const t = textFor(data.language);
  return [{ title: `${data.page.title} – ${t.site.name}` }, { name: "description", content: t.content.decisionsCard }];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = languageOf(request);
  const page = loadContentPage(params.slug ?? "", "decisions", language) ?? notFound();
  return { page, language, original: ORIGINAL_LANGUAGE };
}

export default function DecisionPage() {
  const { page, original } = useLoaderData<typeof loader>();
  const t = useT();
  const language = useLanguage();
  const to = useLocalePath();
  const translated = language !== original && page.language === language;
  return (
    <ContentArticle
      page={page}
      before={
        <>
          <p>
            <a href={to("/about/decisions")}>{t.nav.decisions}</a>
          </p>
          {translated ? (
            <p className="muted">
              {t.content.translatedDecision}{" "}
              <a href={localePath(original, `/about/decisions/${page.slug}`)} hrefLang={original}>
                {t.content.original}
              </a>
            </p>
          ) : null}
        </>
      }
    />
  );
}

export { ErrorBoundary } from "~/root";
