import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { formatDay } from "~/utils/format";
import { VersionDiffTable } from "~/entries/public/version-diff-table";
import { versionHistory } from "~/entries/public-entry.server";
import { languageOf } from "~/i18n/language.server";
import { metaText } from "~/i18n/meta-text";
import { useLanguage, useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { ScrollTable } from "~/components/scroll-table";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaText(matches);
  if (!data) return [{ title: `${t.errors.notFoundTitle} – ${t.site.name}` }];
  const name = data.entry.name ?? t.entryPage.untitled;
  return [
    { title: `${t.entryPage.historyPage.metaTitle({ name })} – ${t.site.name}` },
    { name: "description", content: t.entryPage.historyPage.metaDescription({ name }) },
  ];
};

const versionParam = (value: string | null) => (value && /^\d{1,6}$/.test(value) ? Number(value) : null);

/** Public: published versions only; `?from=1&to=3` picks the two versions to compare. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  return versionHistory(params.id ?? "", versionParam(url.searchParams.get("from")), versionParam(url.searchParams.get("to")), languageOf(request));
}

export default function VersionHistory() {
  const { entry, versions, from, to, diff } = useLoaderData<typeof loader>();
  const t = useT();
  const th = t.entryPage.historyPage;
  const kinds: Record<string, string> = th.kinds;
  const language = useLanguage();
  const localePath = useLocalePath();
  const options = versions.map((v) => ({ value: String(v.number), label: th.versionOption({ number: v.number, date: formatDay(v.publishedAt, language) }) }));
  return (
    <>
      <p className="muted">
        <a href={localePath(`/algorithms/${entry.publicId}`)}>{entry.name ?? t.entryPage.untitled}</a> ·{" "}
        <a href={localePath(`/organisations/${entry.organisation.slug}`)}>{entry.organisation.name}</a>
      </p>
      <h1>{th.title}</h1>
      <p className="lead">{th.lead}</p>

      <ScrollTable caption={th.caption({ count: versions.length })}>
        <thead>
          <tr>
            <th scope="col">{th.columns.version}</th>
            <th scope="col">{th.columns.published}</th>
            <th scope="col">{th.columns.kind}</th>
            <th scope="col">{th.columns.organisation}</th>
            <th scope="col">{th.columns.changeNote}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.number}>
              <th scope="row">{v.number}</th>
              <td>
                <time dateTime={new Date(v.publishedAt).toISOString()}>{formatDay(v.publishedAt, language)}</time>
              </td>
              <td>{kinds[v.kind] ?? v.kind}</td>
              <td>{v.organisationName ?? <span className="muted">{th.notRecorded}</span>}</td>
              <td>{v.changeNote || <span className="muted">{th.noNote}</span>}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>

      <h2 id="compare">{th.compareTitle}</h2>
      {versions.length < 2 ? (
        <p>{th.onlyOneVersion}</p>
      ) : (
        <>
          <Form method="get" className="compare-form" aria-labelledby="compare" preventScrollReset>
            <div className="field">
              <label className="label" htmlFor="compare-from">
                {th.olderVersion}
              </label>
              <select id="compare-from" name="from" className="select" defaultValue={String(from)} key={`from-${from}`}>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="label" htmlFor="compare-to">
                {th.newerVersion}
              </label>
              <select id="compare-to" name="to" className="select" defaultValue={String(to)} key={`to-${to}`}>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button button--secondary">
              {th.compare}
            </button>
          </Form>
          <VersionDiffTable diff={diff} from={from} to={to} />
        </>
      )}
    </>
  );
}

export { ErrorBoundary } from "~/root";
