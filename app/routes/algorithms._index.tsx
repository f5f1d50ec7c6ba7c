import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { LIFECYCLE_STATUSES, PUBLICATION_CATEGORIES } from "~content/vocabularies/entry-enums";
import { DidYouMean } from "~/components/did-you-mean";
import { inLanguage, type VocabularyLabel } from "~/i18n/in-language";
import { languageOf } from "~/i18n/language.server";
import { otherLanguage } from "~/i18n/other-language";
import { metaText } from "~/i18n/meta-text";
import { useLanguage, useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { entrySummaries } from "~/search/entry-summaries.server";
import { facetViews } from "~/search/facet-view.server";
import { SearchFilters } from "~/search/search-filters";
import { parseSearchParams, SORTS, toQueryString } from "~/search/search-params";
import { search } from "~/search/search.server";
import type { Language } from "~content/vocabularies/localized";

export async function loader({ request }: LoaderFunctionArgs) {
  const params = parseSearchParams(new URL(request.url).searchParams);
  // Words are stemmed in the page's language first: "toeslagen" on /nl/algorithms finds "toeslag".
  const language = languageOf(request);
  const result = await search(params, { language });
  const [entries, facets] = await Promise.all([entrySummaries(result.ids, language), facetViews(result.facets, params.filters, language)]);
  // Links without the language prefix: the page adds its own (useLocalePath).
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

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaText(args.matches);
  const d = t.discovery.search;
  const q = args.data?.params.q;
  const title = d.pageTitle({ page: args.data?.params.page ?? 1 });
  return [{ title: `${q ? `${d.quoted({ q })} – ` : ""}${title} – ${t.site.name}` }, { name: "description", content: d.description }];
};

const label = (list: readonly { slug: string; label: VocabularyLabel }[], slug: string | null, language: Language) => {
  const found = list.find((x) => x.slug === slug);
  return found ? inLanguage(found.label, language) : undefined;
};

export default function Algorithms() {
  const language = useLanguage();
  const data = useLoaderData<typeof loader>();
  const { params } = data;
  const d = useT().discovery.search;
  const to = useLocalePath();
  return (
    <>
      <h1>{d.title}</h1>
      {/* "#results": applying a filter or a sort lands the reader at the results, not at the top of the page. */}
      <Form method="get" action={to("/algorithms#results")} role="search" aria-label={d.title} className="search-page">
        <div className="field">
          <label htmlFor="q" className="label">
            {d.label}
          </label>
          <div className="hint" id="q-hint">
            {d.hint}
          </div>
          <div className="search-bar">
            <input id="q" name="q" type="search" className="input" defaultValue={params.q} aria-describedby="q-hint" maxLength={1000} />
            <button type="submit">{d.submit}</button>
          </div>
        </div>
        <a href="#results" className="skip-to-results">
          {d.skipToResults}
        </a>
        <div className="layout-sidebar">
          <SearchFilters facets={data.facets} active={data.activeFilters} clearLink={data.filtered ? to(data.clearLink) : null} />
          <section id="results" aria-labelledby="results-heading">
            <div className="results-head">
              <h2 id="results-heading">{d.results({ count: data.total })}</h2>
              <div className="sort">
                <label htmlFor="sort" className="label">
                  {d.sortBy}
                </label>
                <select id="sort" name="sort" className="select" defaultValue={params.sort}>
                  {SORTS.map((s) => (
                    <option key={s} value={s}>
                      {d.sorts[s]}
                    </option>
                  ))}
                </select>
                <button type="submit" className="button--secondary">
                  {d.sortSubmit}
                </button>
              </div>
            </div>
            <DidYouMean suggestion={data.suggestion && { q: data.suggestion.q, href: to(data.suggestion.href) }} />
            {data.entries.length === 0 ? <p className="notice">{d.noResults}</p> : null}
            <ol className="results" start={(params.page - 1) * params.perPage + 1}>
              {data.entries.map((e) => (
                <li key={e.publicId} className="result">
                  <h3 lang={otherLanguage(e.textLanguages.name, language)}>
                    <Link to={to(`/algorithms/${e.publicId}`)}>{e.name || e.publicId}</Link>
                  </h3>
                  <p className="muted">{e.organisation.name}</p>
                  <p lang={otherLanguage(e.textLanguages.descriptionShort, language)}>{e.descriptionShort}</p>
                  <p>
                    {e.category ? <span className="tag">{label(PUBLICATION_CATEGORIES, e.category, language)}</span> : null}
                    {e.lifecycle ? <span className="tag">{label(LIFECYCLE_STATUSES, e.lifecycle, language)}</span> : null}
                    {e.state === "archived" ? <span className="tag tag--warning">{d.retired}</span> : null}
                  </p>
                </li>
              ))}
            </ol>
            {data.pages > 1 ? (
              <nav aria-label={d.pagination}>
                <ul className="pagination">
                  {data.prev ? (
                    <li>
                      <Link to={to(data.prev)} rel="prev">
                        {d.previous}
                      </Link>
                    </li>
                  ) : null}
                  <li>
                    <span aria-current="page">{d.pageOf({ page: params.page, pages: data.pages })}</span>
                  </li>
                  {data.next ? (
                    <li>
                      <Link to={to(data.next)} rel="next">
                        {d.next}
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
