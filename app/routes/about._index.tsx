import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { listContentPages } from "~/content/pages.server";
import { t } from "~/i18n/en";

export const meta: MetaFunction = () => [
  { title: `${t.nav.about} – ${t.site.name}` },
  { name: "description", content: "About the register: the charter, how to file, privacy and accessibility." },
];

export async function loader() {
  return { pages: listContentPages("pages") };
}

export default function About() {
  const { pages } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t.nav.about}</h1>
      <ul className="cards">
        {pages.map((p) => (
          <li className="card" key={p.slug}>
            <h2>
              <a href={`/about/${p.slug}`}>{p.title}</a>
            </h2>
            <p>{p.description}</p>
          </li>
        ))}
        <li className="card">
          <h2>
            <a href="/about/decisions">{t.nav.decisions}</a>
          </h2>
          <p>The choices behind this software, written down as decision records.</p>
        </li>
      </ul>
    </>
  );
}

export { ErrorBoundary } from "~/root";
