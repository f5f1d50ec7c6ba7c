import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { isHttpUrl } from "~/entries/schema-kit";
import { metaText } from "~/i18n/meta-text";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { countryNameIn } from "~/procurement/country-name";
import { supplierWithPublishedEntries } from "~/procurement/suppliers.server";
import { notFound } from "~/utils/http.server";
import { ScrollTable } from "~/components/scroll-table";
import { languageOf } from "~/i18n/language.server";

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaText(args.matches);
  return [{ title: `${args.data?.supplier.name ?? t.procurement.suppliers.title} – ${t.site.name}` }];
};

// Public page: only published versions are read, so drafts and withheld supplier lists never show.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = languageOf(request);
  const page = await supplierWithPublishedEntries(params.slug ?? "", language);
  if (!page) notFound();
  const { supplier } = page;
  return {
    supplier: {
      name: supplier.name,
      scheme: supplier.scheme,
      identifier: supplier.identifier,
      country: supplier.country ? countryNameIn(supplier.country, language) : null,
      // Imported records were not validated by the form: only web addresses become links.
      website: supplier.website && isHttpUrl(supplier.website) ? supplier.website : null,
    },
    organisations: page.organisations,
    total: page.total,
  };
}

export default function SupplierPage() {
  const { supplier, organisations, total } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const t = useT().procurement;
  const to = useLocalePath();
  return (
    <>
      <p>
        <a href={to("/suppliers")}>{t.suppliers.title}</a>
      </p>
      <h1>{supplier.name}</h1>
      {params.get("registered") ? (
        <p className="notice notice--success" role="status">
          {t.supplier.created}
        </p>
      ) : null}
      <h2>{t.supplier.details}</h2>
      <dl className="summary">
        <dt>{t.supplier.identifier}</dt>
        <dd>
          <code>{supplier.scheme}</code> {supplier.identifier}
        </dd>
        {supplier.country ? (
          <>
            <dt>{t.supplier.country}</dt>
            <dd>{supplier.country}</dd>
          </>
        ) : null}
        {supplier.website ? (
          <>
            <dt>{t.supplier.website}</dt>
            <dd>
              <a href={supplier.website} rel="noopener noreferrer">
                {supplier.website}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <h2>{t.supplier.used}</h2>
      <p>{total ? t.supplier.usedCount({ count: total }) : t.supplier.none}</p>
      {organisations.map((org) => (
        <section key={org.slug} aria-labelledby={`org-${org.slug}`}>
          <h3 id={`org-${org.slug}`}>
            <a href={to(`/organisations/${org.slug}`)}>{org.name}</a>
          </h3>
          <ScrollTable caption={t.supplier.caption({ org: org.name })} captionClassName="visually-hidden">
            <thead>
              <tr>
                <th scope="col">{t.supplier.algorithm}</th>
                <th scope="col">{t.supplier.role}</th>
              </tr>
            </thead>
            <tbody>
              {org.entries.map((e) => (
                <tr key={e.publicId}>
                  <th scope="row">
                    <a href={to(`/algorithms/${e.publicId}`)}>{e.name}</a>
                  </th>
                  <td>{e.roles.join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </section>
      ))}
    </>
  );
}

export { ErrorBoundary } from "~/root";
