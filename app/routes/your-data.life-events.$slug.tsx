import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SystemListingView } from "~/data-use/system-listing";
import { categoryLabel, categoryPath, findLifeEvent, lifeEventLabel, lifeEventPlain } from "~/data-use/vocabulary";
import { systemsForLifeEvent } from "~/data-use/your-data.server";
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
    { title: `${t.dataUse.results.lifeEventTitle({ event: data.event.label })} – ${t.site.name}` },
    { name: "description", content: `${summary} ${data.event.plain}` },
  ];
};

// Public page: no guard; only published versions are read.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const event = findLifeEvent(params.slug);
  if (!event) notFound();
  const language = languageOf(request);
  const categories = event.dataCategories.map((slug) => ({ slug, label: categoryLabel(slug, language) }));
  return {
    event: { slug: event.slug, label: lifeEventLabel(event, language), plain: lifeEventPlain(event, language) },
    categories,
    listing: await systemsForLifeEvent(event, language),
  };
}

export default function LifeEventPage() {
  const { event, categories, listing } = useLoaderData<typeof loader>();
  const t = useT().dataUse.results;
  const to = useLocalePath();
  return (
    <>
      <p>
        <a href={to("/your-data")}>{t.back}</a>
      </p>
      <h1>{event.label}</h1>
      <p className="prose">{event.plain}</p>
      <p className="muted prose">{t.lifeEventLead}</p>
      <p>
        {t.dataInvolved}:{" "}
        {categories.map((c, i) => (
          <span key={c.slug}>
            {i > 0 ? ", " : null}
            <a href={to(categoryPath(c.slug))}>{c.label}</a>
          </span>
        ))}
      </p>
      <SystemListingView listing={listing} />
    </>
  );
}

export { ErrorBoundary } from "~/root";
