import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ROLE_LABELS, type Role } from "~/auth/roles";
import { t } from "~/i18n/en";

export const meta: MetaFunction = () => [{ title: `${t.nav.dashboard} – ${t.site.name}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return {
    user: { name: user.name, role: user.role as Role, organisation: user.organisation },
  };
}

export default function Dashboard() {
  const { user } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t.nav.dashboard}</h1>
      <p>
        Signed in as <strong>{user.name}</strong> — {ROLE_LABELS[user.role]}
        {user.organisation ? <>, <a href={`/organisations/${user.organisation.slug}`}>{user.organisation.name}</a></> : null}.
      </p>
      {user.role === "admin" ? <p><a href="/admin">Go to administration</a></p> : null}
    </>
  );
}

export { ErrorBoundary } from "~/root";
