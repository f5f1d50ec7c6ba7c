import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ContentArticle } from "~/content/content-article";
import { loadContentPage } from "~/content/pages.server";
import { languageOf } from "~/i18n/language.server";
import { textFor } from "~/i18n/text";
import { notFound } from "~/utils/http.server";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${data.page.title} – ${textFor(data.language).site.name}` }, { name: "description", content: data.page.description }] : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = languageOf(request);
  const page = loadContentPage(params.slug ?? "", "pages", language) ?? notFound();
  return { page, language };
}

export default function AboutPage() {
  const { page } = useLoaderData<typeof loader>();
  return <ContentArticle page={page} />;
}

export { ErrorBoundary } from "~/root";
