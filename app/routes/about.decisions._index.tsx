import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { listContentPages } from "~/content/pages.server";
import { languageOf } from "~/i18n/language.server";
import { textFor, useLanguage, useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = textFor(data?.language ?? "en");
  return [{ title: `${t.nav.decisions} – ${t.site.name}` }, { name: "description", content: t.content.decisionsCard }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const language = languageOf(request);
  return { decisions: listContentPages("decisions", language), language };
}

export default function Decisions() {
  const { decisions } = useLoaderData<typeof loader>();
  const t = useT();
  const language = useLanguage();
  const to = useLocalePath();
  return (
    <>
      <h1>{t.nav.decisions}</h1>
      <p>{t.content.decisionsIntro}</p>
      <ul>
        {decisions.map((d) => (
          <li key={d.slug} lang={d.language !== language ? d.language : undefined}>
            <a href={to(`/about/decisions/${d.slug}`)}>{d.title}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

export { ErrorBoundary } from "~/root";
