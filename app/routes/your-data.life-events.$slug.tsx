import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SystemListingView } from "~/data-use/system-listing";
import { categoryPath, findCategory, findLifeEvent } from "~/data-use/vocabulary";
import { systemsForLifeEvent } from "~/data-use/your-data.server";
import { dataUseText } from "~/i18n/data-use.en";
import { notFound } from "~/utils/http.server";
import { languageOf } from "~/i18n/language.server";

const t = dataUseText.results;

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `${data.event.label}: how your data is used – Public Algorithm Register` },
        { name: "description", content: `${t.summary(data.listing.systemCount, data.listing.organisationCount)} ${data.event.plain}` },
      ]
    : [{ title: "Page not found – Public Algorithm Register" }];

// Public page: no guard; only published versions are read.
export async function loader({ params, request }: LoaderFunctionArgs) {
  const event = findLifeEvent(params.slug);
  if (!event) notFound();
  const language = languageOf(request);
  const categories = event.dataCategories.map((slug) => ({ slug, label: findCategory(slug)?.label[language] ?? slug }));
  return { event: { slug: event.slug, label: event.label[language], plain: event.plain[language] }, categories, listing: await systemsForLifeEvent(event) };
}

export default function LifeEventPage() {
  const { event, categories, listing } = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <a href="/your-data">{t.back}</a>
      </p>
      <h1>{event.label}</h1>
      <p className="prose">{event.plain}</p>
      <p className="muted prose">{t.lifeEventLead}</p>
      <p>
        {t.dataInvolved}:{" "}
        {categories.map((c, i) => (
          <span key={c.slug}>
            {i > 0 ? ", " : null}
            <a href={categoryPath(c.slug)}>{c.label}</a>
          </span>
        ))}
      </p>
      <SystemListingView listing={listing} />
    </>
  );
}

export { ErrorBoundary } from "~/root";
