import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { organisationsWithCounts } from "~/api/api-directory.server";
import { ScrollTable } from "~/components/scroll-table";
import { metaText } from "~/i18n/meta-text";
import { useLanguage, useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { organisationTypeLabel } from "~/organisations/organisation-type";

export async function loader() {
  const rows = await organisationsWithCounts();
  return { organisations: rows.map((o) => ({ slug: o.slug, name: o.name, type: o.type, published: o.published })) };
}

export const meta: MetaFunction = (args) => {
  const t = metaText(args.matches);
  return [{ title: `${t.discovery.organisations.title} – ${t.site.name}` }, { name: "description", content: t.discovery.organisations.description }];
};

export default function Organisations() {
  const { organisations } = useLoaderData<typeof loader>();
  const d = useT().discovery.organisations;
  const language = useLanguage();
  const to = useLocalePath();
  return (
    <>
      <h1>{d.title}</h1>
      <p className="lead">{d.description}</p>
      <ScrollTable caption={d.caption({ count: organisations.length })}>
        <thead>
          <tr>
            <th scope="col">{d.organisation}</th>
            <th scope="col">{d.type}</th>
            <th scope="col" className="numeric">
              {d.entries}
            </th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((o) => (
            <tr key={o.slug}>
              <th scope="row">
                <Link to={to(`/organisations/${o.slug}`)}>{o.name}</Link>
              </th>
              <td>{organisationTypeLabel(o.type, language)}</td>
              <td className="numeric">{o.published}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
}

export { ErrorBoundary } from "~/root";
