import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { formatDay } from "~/utils/format";
import { VersionDiffTable } from "~/entries/public/version-diff-table";
import { versionHistory } from "~/entries/public-entry.server";
import { t } from "~/i18n/en";
import { ScrollTable } from "~/components/scroll-table";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `Version history: ${data.entry.name} – ${t.site.name}` },
        { name: "description", content: `All published versions of "${data.entry.name}" and what changed between them.` },
      ]
    : [{ title: `${t.errors.notFoundTitle} – ${t.site.name}` }];

const versionParam = (value: string | null) => (value && /^\d{1,6}$/.test(value) ? Number(value) : null);

/** Public: published versions only; `?from=1&to=3` picks the two versions to compare. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  return versionHistory(params.id ?? "", versionParam(url.searchParams.get("from")), versionParam(url.searchParams.get("to")));
}

const KIND_LABELS: Record<string, string> = { published: "Published", archived: "Retired", imported: "Imported" };

export default function VersionHistory() {
  const { entry, versions, from, to, diff } = useLoaderData<typeof loader>();
  const options = versions.map((v) => ({ value: String(v.number), label: `Version ${v.number} (${formatDay(v.publishedAt)})` }));
  return (
    <>
      <p className="muted">
        <a href={`/algorithms/${entry.publicId}`}>{entry.name}</a> · <a href={`/organisations/${entry.organisation.slug}`}>{entry.organisation.name}</a>
      </p>
      <h1>Version history</h1>
      <p className="lead">Every published version of this entry stays on record. Compare any two versions to see what changed.</p>

      <ScrollTable caption={<>{versions.length === 1 ? "1 published version" : `${versions.length} published versions`}, newest first</>}>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Published</th>
            <th scope="col">Kind</th>
            <th scope="col">Organisation</th>
            <th scope="col">Change note</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.number}>
              <th scope="row">{v.number}</th>
              <td>
                <time dateTime={new Date(v.publishedAt).toISOString()}>{formatDay(v.publishedAt)}</time>
              </td>
              <td>{KIND_LABELS[v.kind] ?? v.kind}</td>
              <td>{v.organisationName ?? <span className="muted">Not recorded</span>}</td>
              <td>{v.changeNote || <span className="muted">No note</span>}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>

      <h2 id="compare">Compare two versions</h2>
      {versions.length < 2 ? (
        <p>There is only one published version, so there is nothing to compare yet.</p>
      ) : (
        <>
          <Form method="get" className="compare-form" aria-labelledby="compare" preventScrollReset>
            <div className="field">
              <label className="label" htmlFor="compare-from">
                Older version
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
                Newer version
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
              Compare
            </button>
          </Form>
          <VersionDiffTable diff={diff} from={from} to={to} />
        </>
      )}
    </>
  );
}

export { ErrorBoundary } from "~/root";
