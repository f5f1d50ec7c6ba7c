import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DataStatistics } from "~/data-use/data-statistics";
import { dataCategoryStatistics } from "~/data-use/data-statistics.server";
import { languageOf } from "~/i18n/language.server";
import { metaText } from "~/i18n/meta-text";
import { useT } from "~/i18n/text";
import { BarChart } from "~/statistics/bar-chart";
import { registerStatistics } from "~/statistics/statistics.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const language = languageOf(request);
  const [stats, data] = await Promise.all([registerStatistics(language), dataCategoryStatistics(language)]);
  return { stats, data };
}

export const meta: MetaFunction = (args) => {
  const t = metaText(args.matches);
  return [{ title: `${t.discovery.statistics.title} – ${t.site.name}` }, { name: "description", content: t.discovery.statistics.description }];
};

export default function Statistics() {
  const { stats, data } = useLoaderData<typeof loader>();
  const t = useT().discovery.statistics;
  const f = stats.feedbackStats;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">
        {t.published({ count: stats.entries })}{" "}
        {t.assessedShare({ share: stats.entries ? Math.round((stats.assessments[0].count / stats.entries) * 100) / 100 : 0 })}
        {f.answered ? ` ${t.answeredInTimeShare({ share: Math.round((f.answeredInTime / f.answered) * 100) / 100 })}` : ""}
      </p>
      <h2>{t.algorithms}</h2>
      <BarChart id="by-organisation-type" title={t.byOrganisationType} bars={stats.byOrganisationType} />
      <BarChart id="by-theme" title={t.byTheme} bars={stats.byTheme} />
      <BarChart id="by-risk" title={t.byRisk} bars={stats.byRisk} />
      <BarChart id="by-status" title={t.byStatus} bars={stats.byLifecycle} />
      <h2>{t.oversight}</h2>
      <BarChart id="assessments" title={t.assessments} bars={stats.assessments} />
      <BarChart id="feedback" title={t.feedback} bars={stats.feedback} unit="threads" />
      <DataStatistics stats={data} />
    </>
  );
}

export { ErrorBoundary } from "~/root";
