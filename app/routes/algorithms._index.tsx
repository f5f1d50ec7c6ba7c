import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { LIFECYCLE_STATUSES, PUBLICATION_CATEGORIES } from "~content/vocabularies/entry-enums";
import { DidYouMean } from "~/components/did-you-mean";
import { discovery as d } from "~/i18n/discovery.en";
import { t } from "~/i18n/en";
import { entrySummaries } from "~/search/entry-summaries.server";
import { facetViews } from "~/search/facet-view.server";
import { SearchFilters } from "~/search/search-filters";
import { parseSearchParams, SORTS, toQueryString } from "~/search/search-params";
import { search } from "~/search/search.server";
import { useLanguage } from "~/i18n/text";
import type { Language, Localized } from "~content/vocabularies/localized";

export async function loader({ request }: LoaderFunctionArgs) {
  const params = parseSearchParams(new URL(request.url).searchParams);
  const result = await search(params);
  const [entries, facets] = await Promise.all([entrySummaries(result.ids), facetViews(result.facets, params.filters)]);
  const link = (page: number) => `/algorithms${toQueryString(params, { page })}`;
  return {
    params: { ...params, page: result.page },
    total: result.total,
    pages: result.pages,
    entries,
    facets,
    prev: result.page > 1 ? link(result.page - 1) : null,
    next: result.page < result.pages ? link(result.page + 1) : null,
    filtered: Object.keys(params.filters).length > 0,
    activeFilters: Object.values(params.filters).reduce((n, values) => n + (values?.length ?? 0), 0),
    clearLink: `/algorithms${toQueryString({ ...params, filters: {}, page: 1 })}`,
    suggestion: result.suggestion ? { q: result.suggestion, href: `/algorithms${toQueryString(params, { q: result.suggestion, page: 1 })}` } : null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const q = data?.params.q;
  const page = data && data.params.page > 1 ? ` (page ${data.params.page})` : "";
  return [{ title: `${q ? `“${q}” – ` : ""}${d.search.title}${page} – ${t.site.name}` }, { name: "description", content: d.search.description }];
};

const label = (list: readonly { slug: string; label: Localized }[], slug: string | null, language: Language) =>
  list.find((x) => x.slug === slug)?.label[language];

export default function Algorithms() {
  const language = useLanguage();
  const data = useLoaderData<typeof loader>();
  const { params } = data;
  return (
    <>
      <h1>{d.search.title}</h1>
      {/* "#results": applying a filter or a sort lands the reader at the results, not at the top of the page. */}
      <Form method="get" action="/algorithms#results" role="search" aria-label="Algorithms" className="search-page">
        <div className="field">
          <label htmlFor="q" className="label">
            {d.search.label}
          </label>
          <div className="hint" id="q-hint">
            {d.search.hint}
          </div>
          <div className="search-bar">
            <input id="q" name="q" type="search" className="input" defaultValue={params.q} aria-describedby="q-hint" maxLength={1000} />
            <button type="submit">{d.search.submit}</button>
          </div>
        </div>
        <a href="#results" className="skip-to-results">
          {d.search.skipToResults}
        </a>
        <div className="layout-sidebar">
          <SearchFilters facets={data.facets} active={data.activeFilters} clearLink={data.filtered ? data.clearLink : null} />
          <section id="results" aria-labelledby="results-heading">
            <div className="results-head">
              <h2 id="results-heading">{d.search.results(data.total)}</h2>
              <div className="sort">
                <label htmlFor="sort" className="label">
                  {d.search.sortBy}
                </label>
                <select id="sort" name="sort" className="select" defaultValue={params.sort}>
                  {SORTS.map((s) => (
                    <option key={s} value={s}>
                      {d.search.sorts[s]}
                    </option>
                  ))}
                </select>
                <button type="submit" className="button--secondary">
                  {d.search.sortSubmit}
                </button>
              </div>
            </div>
            <DidYouMean suggestion={data.suggestion} />
            {data.entries.length === 0 ? <p className="notice">{d.search.noResults}</p> : null}
            <ol className="results" start={(params.page - 1) * params.perPage + 1}>
              {data.entries.map((e) => (
                <li key={e.publicId} className="result">
                  <h3>
                    <Link to={`/algorithms/${e.publicId}`}>{e.name || e.publicId}</Link>
                  </h3>
                  <p className="muted">{e.organisation.name}</p>
                  <p>{e.descriptionShort}</p>
                  <p>
                    {e.category ? <span className="tag">{label(PUBLICATION_CATEGORIES, e.category, language)}</span> : null}
                    {e.lifecycle ? <span className="tag">{label(LIFECYCLE_STATUSES, e.lifecycle, language)}</span> : null}
                    {e.state === "archived" ? <span className="tag tag--warning">{d.search.retired}</span> : null}
                  </p>
                </li>
              ))}
            </ol>
            {data.pages > 1 ? (
              <nav aria-label={d.search.pagination}>
                <ul className="pagination">
                  {data.prev ? (
                    <li>
                      <Link to={data.prev} rel="prev">
                        {d.search.previous}
                      </Link>
                    </li>
                  ) : null}
                  <li>
                    <span aria-current="page">{d.search.pageOf(params.page, data.pages)}</span>
                  </li>
                  {data.next ? (
                    <li>
                      <Link to={data.next} rel="next">
                        {d.search.next}
                      </Link>
                    </li>
                  ) : null}
                </ul>
              </nav>
            ) : null}
          </section>
        </div>
      </Form>
    </>
  );
}

export { ErrorBoundary } from "~/root";
