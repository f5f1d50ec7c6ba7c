import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { listContentPages } from "~/content/pages.server";
import { t } from "~/i18n/en";

export const meta: MetaFunction = () => [{ title: `${t.nav.decisions} – ${t.site.name}` }];

export async function loader() {
  return { decisions: listContentPages("decisions") };
}

export default function Decisions() {
  const { decisions } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t.nav.decisions}</h1>
      <p>A register about transparency publishes its own choices. Each record says what we decided, why, and what follows from it.</p>
      <ul>
        {decisions.map((d) => (
          <li key={d.slug}>
            <a href={`/about/decisions/${d.slug}`}>{d.title}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

export { ErrorBoundary } from "~/root";
