import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DataStatistics } from "~/data-use/data-statistics";
import { dataCategoryStatistics } from "~/data-use/data-statistics.server";
import { discovery as d } from "~/i18n/discovery.en";
import { t } from "~/i18n/en";
import { BarChart } from "~/statistics/bar-chart";
import { registerStatistics } from "~/statistics/statistics.server";
import { useLanguage } from "~/i18n/text";
import { formatCount } from "~/utils/format";

export async function loader() {
  const [stats, data] = await Promise.all([registerStatistics(), dataCategoryStatistics()]);
  return { stats, data };
}

export const meta: MetaFunction = () => [{ title: `${d.statistics.title} – ${t.site.name}` }, { name: "description", content: d.statistics.description }];

export default function Statistics() {
  const { stats, data } = useLoaderData<typeof loader>();
  const language = useLanguage();
  const share = stats.entries ? Math.round((stats.assessments[0].count / stats.entries) * 100) : 0;
  const f = stats.feedbackStats;
  return (
    <>
      <h1>{d.statistics.title}</h1>
      <p className="lead">
        {formatCount(stats.entries, language)} algorithms are published in the register. {share}% of them have a submitted or concluded human-rights impact
        assessment.
        {f.answered ? ` ${Math.round((f.answeredInTime / f.answered) * 100)}% of answered questions from the public were answered within the deadline.` : ""}
      </p>
      <h2>Algorithms</h2>
      <BarChart id="by-organisation-type" title="By type of organisation" bars={stats.byOrganisationType} />
      <BarChart id="by-theme" title="By theme" bars={stats.byTheme} />
      <BarChart id="by-risk" title="By risk level (Algorithm Charter)" bars={stats.byRisk} />
      <BarChart id="by-status" title="By status" bars={stats.byLifecycle} />
      <h2>Oversight</h2>
      <BarChart id="assessments" title="Impact assessments" bars={stats.assessments} />
      <BarChart id="feedback" title="Questions and comments from the public" bars={stats.feedback} unit="threads" />
      <DataStatistics stats={data} />
    </>
  );
}

export { ErrorBoundary } from "~/root";
