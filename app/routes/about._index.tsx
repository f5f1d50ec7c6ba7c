import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { listContentPages } from "~/content/pages.server";
import { languageOf } from "~/i18n/language.server";
import { textFor, useLanguage, useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = textFor(data?.language ?? "en");
  return [{ title: `${t.nav.about} – ${t.site.name}` }, { name: "description", content: t.content.aboutDescription }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const language = languageOf(request);
  return { pages: listContentPages("pages", language), language };
}

export default function About() {
  const { pages } = useLoaderData<typeof loader>();
  const t = useT();
  const language = useLanguage();
  const to = useLocalePath();
  return (
    <>
      <h1>{t.nav.about}</h1>
      <ul className="cards">
        {pages.map((p) => (
          // A page without a translation yet is listed with its English title and summary, marked as English.
          <li className="card" key={p.slug} lang={p.language !== language ? p.language : undefined}>
            <h2>
              <a href={to(`/about/${p.slug}`)}>{p.title}</a>
            </h2>
            <p>{p.description}</p>
          </li>
        ))}
        <li className="card">
          <h2>
            <a href={to("/about/decisions")}>{t.nav.decisions}</a>
          </h2>
          <p>{t.content.decisionsCard}</p>
        </li>
      </ul>
    </>
  );
}

export { ErrorBoundary } from "~/root";
