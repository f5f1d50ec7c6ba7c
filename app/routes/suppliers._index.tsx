import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { countryName } from "~content/vocabularies/countries";
import { getOptionalUser } from "~/auth/guards.server";
import type { Role } from "~/auth/roles";
import { t as site } from "~/i18n/en";
import { t } from "~/i18n/procurement.en";
import { SUPPLIER_STAFF_ROLES } from "~/procurement/supplier-access";
import { listSuppliersWithCounts } from "~/procurement/suppliers.server";
import { ScrollTable } from "~/components/scroll-table";
import { languageOf } from "~/i18n/language.server";

export const meta: MetaFunction = () => [{ title: `${t.suppliers.title} – ${site.site.name}` }];

// Public page: supplier records are public; counts only include published entries.
export async function loader({ request }: LoaderFunctionArgs) {
  const [suppliers, user] = await Promise.all([listSuppliersWithCounts(), getOptionalUser(request)]);
  const language = languageOf(request);
  return {
    canRegister: Boolean(user && SUPPLIER_STAFF_ROLES.includes(user.role as Role)),
    suppliers: suppliers.map((s) => ({
      slug: s.slug,
      name: s.name,
      scheme: s.scheme,
      identifier: s.identifier,
      country: s.country ? countryName(s.country, language) : null,
      publishedEntries: s.publishedEntries,
    })),
  };
}

export default function Suppliers() {
  const { suppliers, canRegister } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t.suppliers.title}</h1>
      <p className="lead">{t.suppliers.intro}</p>
      {canRegister ? (
        <p>
          <a className="button button--secondary" href="/suppliers/new">
            {t.suppliers.register}
          </a>
        </p>
      ) : null}
      {suppliers.length === 0 ? (
        <p>{t.suppliers.none}</p>
      ) : (
        <ScrollTable caption={t.suppliers.caption(suppliers.length)}>
          <thead>
            <tr>
              <th scope="col">{t.suppliers.name}</th>
              <th scope="col">{t.suppliers.identifier}</th>
              <th scope="col">{t.suppliers.country}</th>
              <th scope="col" className="numeric">
                {t.suppliers.count}
              </th>
            </tr>
          </thead>
          <tbody>
            {suppliers.map((s) => (
              <tr key={s.slug}>
                <th scope="row">
                  <a href={`/suppliers/${s.slug}`}>{s.name}</a>
                </th>
                <td>
                  <code>{s.scheme}</code> {s.identifier}
                </td>
                <td>{s.country ?? ""}</td>
                <td className="numeric">{s.publishedEntries}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </>
  );
}

export { ErrorBoundary } from "~/root";
