import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { requirePermission } from "~/auth/guards.server";
import { metaText } from "~/i18n/meta-text";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";

export const meta: MetaFunction = (args) => {
  const t = metaText(args);
  return [{ title: `${t.nav.admin} – ${t.site.name}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  return null;
}

export default function AdminHome() {
  const t = useT();
  const to = useLocalePath();
  return (
    <>
      <h1>{t.nav.admin}</h1>
      <ul>
        <li>
          <a href={to("/admin/organisations")}>{t.admin.organisations}</a>
        </li>
        <li>
          <a href={to("/admin/users")}>{t.admin.users}</a>
        </li>
        <li>
          <a href={to("/admin/import")}>{t.admin.import}</a>
        </li>
        <li>
          <a href={to("/admin/outbox")}>{t.admin.outbox}</a>
        </li>
      </ul>
    </>
  );
}

export { ErrorBoundary } from "~/root";
