import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SanitizedHtml } from "~/components/markdown";
import { loadContentPage } from "~/content/pages.server";
import { t } from "~/i18n/en";
import { notFound } from "~/utils/http.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: `${data.page.title} – ${t.site.name}` }] : []);

export async function loader({ params }: LoaderFunctionArgs) {
  const page = loadContentPage(params.slug ?? "", "decisions") ?? notFound();
  return { page };
}

export default function DecisionPage() {
  const { page } = useLoaderData<typeof loader>();
  return (
    <article>
      <p>
        <a href="/about/decisions">{t.nav.decisions}</a>
      </p>
      <h1>{page.title}</h1>
      <SanitizedHtml html={page.html} />
    </article>
  );
}

export { ErrorBoundary } from "~/root";
