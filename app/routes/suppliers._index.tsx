import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getOptionalUser } from "~/auth/guards.server";
import type { Role } from "~/auth/roles";
import { metaText } from "~/i18n/meta-text";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { countryNameIn } from "~/procurement/country-name";
import { SUPPLIER_STAFF_ROLES } from "~/procurement/supplier-access";
import { listSuppliersWithCounts } from "~/procurement/suppliers.server";
import { ScrollTable } from "~/components/scroll-table";
import { languageOf } from "~/i18n/language.server";

export const meta: MetaFunction = (args) => {
  const t = metaText(args.matches);
  return [{ title: `${t.procurement.suppliers.title} – ${t.site.name}` }];
};

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
      country: s.country ? countryNameIn(s.country, language) : null,
      publishedEntries: s.publishedEntries,
    })),
  };
}

export default function Suppliers() {
  const { suppliers, canRegister } = useLoaderData<typeof loader>();
  const t = useT().procurement;
  const to = useLocalePath();
  return (
    <>
      <h1>{t.suppliers.title}</h1>
      <p className="lead">{t.suppliers.intro}</p>
      {canRegister ? (
        <p>
          <a className="button button--secondary" href={to("/suppliers/new")}>
            {t.suppliers.register}
          </a>
        </p>
      ) : null}
      {suppliers.length === 0 ? (
        <p>{t.suppliers.none}</p>
      ) : (
        <ScrollTable caption={t.suppliers.caption({ count: suppliers.length })}>
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
                  <a href={to(`/suppliers/${s.slug}`)}>{s.name}</a>
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
