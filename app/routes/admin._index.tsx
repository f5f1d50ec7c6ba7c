import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { requirePermission } from "~/auth/guards.server";
import { t } from "~/i18n/en";

export const meta: MetaFunction = () => [{ title: `${t.nav.admin} – ${t.site.name}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  return null;
}

export default function AdminHome() {
  return (
    <>
      <h1>{t.nav.admin}</h1>
      <ul>
        <li>
          <a href="/admin/organisations">Organisations</a>
        </li>
        <li>
          <a href="/admin/users">Users</a>
        </li>
        <li>
          <a href="/admin/import">Import entries</a>
        </li>
        <li>
          <a href="/admin/outbox">Outgoing mail</a>
        </li>
      </ul>
    </>
  );
}

export { ErrorBoundary } from "~/root";
