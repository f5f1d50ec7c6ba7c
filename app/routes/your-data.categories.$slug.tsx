import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SystemListingView } from "~/data-use/system-listing";
import { findCategory } from "~/data-use/vocabulary";
import { systemsUsingCategory } from "~/data-use/your-data.server";
import { dataUseText } from "~/i18n/data-use.en";
import { notFound } from "~/utils/http.server";
import { languageOf } from "~/i18n/language.server";

const t = dataUseText.results;

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `Systems that use ${data.category.label.toLowerCase()} data – Public Algorithm Register` },
        { name: "description", content: `${t.summary(data.listing.systemCount, data.listing.organisationCount)} ${data.category.plain}` },
      ]
    : [{ title: "Page not found – Public Algorithm Register" }];

// Public page: no guard; only published versions are read.
export async function loader({ params, request }: LoaderFunctionArgs) {
  const found = findCategory(params.slug);
  if (!found) notFound();
  const { slug, label, plain, special, criminal } = found;
  const language = languageOf(request);
  return { category: { slug, label: label[language], plain: plain[language], special, criminal }, listing: await systemsUsingCategory(found) };
}

export default function CategoryPage() {
  const { category, listing } = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <a href="/your-data">{t.back}</a>
      </p>
      <h1>{category.label}</h1>
      <p className="prose">{category.plain}</p>
      {category.special ? <p className="notice notice--warning">{t.special}</p> : null}
      {category.criminal ? <p className="notice notice--warning">{t.criminal}</p> : null}
      <p className="muted">{t.categoryLead}</p>
      <SystemListingView listing={listing} />
    </>
  );
}

export { ErrorBoundary } from "~/root";
