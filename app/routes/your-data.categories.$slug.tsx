import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SystemListingView } from "~/data-use/system-listing";
import { categoryLabel, categoryPlain, findCategory } from "~/data-use/vocabulary";
import { systemsUsingCategory } from "~/data-use/your-data.server";
import { metaText } from "~/i18n/meta-text";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { notFound } from "~/utils/http.server";
import { languageOf } from "~/i18n/language.server";

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaText(args.matches);
  const { data } = args;
  if (!data) return [{ title: `${t.errors.notFoundTitle} – ${t.site.name}` }];
  const summary = t.dataUse.results.summary({ systems: data.listing.systemCount, orgs: data.listing.organisationCount });
  return [
    { title: `${t.dataUse.results.categoryTitle({ category: data.category.label.toLowerCase() })} – ${t.site.name}` },
    { name: "description", content: `${summary} ${data.category.plain}` },
  ];
};

// Public page: no guard; only published versions are read.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const found = findCategory(params.slug);
  if (!found) notFound();
  const language = languageOf(request);
  const { slug, special, criminal } = found;
  const category = { slug, label: categoryLabel(slug, language), plain: categoryPlain(found, language), special, criminal };
  return { category, listing: await systemsUsingCategory(found, language) };
}

export default function CategoryPage() {
  const { category, listing } = useLoaderData<typeof loader>();
  const t = useT().dataUse.results;
  const to = useLocalePath();
  return (
    <>
      <p>
        <a href={to("/your-data")}>{t.back}</a>
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
