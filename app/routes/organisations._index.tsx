import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ORGANISATION_TYPES } from "~/admin/organisation-schema";
import { organisationsWithCounts } from "~/api/api-directory.server";
import { discovery as d } from "~/i18n/discovery.en";
import { t } from "~/i18n/en";
import { ScrollTable } from "~/components/scroll-table";

export async function loader() {
  const rows = await organisationsWithCounts();
  return { organisations: rows.map((o) => ({ slug: o.slug, name: o.name, type: o.type, published: o.published })) };
}

export const meta: MetaFunction = () => [{ title: `${d.organisations.title} – ${t.site.name}` }, { name: "description", content: d.organisations.description }];

const typeLabel = (type: string) => ORGANISATION_TYPES.find((x) => x.value === type)?.label ?? type;

export default function Organisations() {
  const { organisations } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{d.organisations.title}</h1>
      <p className="lead">{d.organisations.description}</p>
      <ScrollTable caption={<>{organisations.length} organisations</>}>
        <thead>
          <tr>
            <th scope="col">Organisation</th>
            <th scope="col">Type</th>
            <th scope="col" className="numeric">
              {d.organisations.entries}
            </th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((o) => (
            <tr key={o.slug}>
              <th scope="row">
                <Link to={`/organisations/${o.slug}`}>{o.name}</Link>
              </th>
              <td>{typeLabel(o.type)}</td>
              <td className="numeric">{o.published}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
}

export { ErrorBoundary } from "~/root";
