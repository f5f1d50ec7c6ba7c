import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import type { DataCategoryStatistics } from "./data-statistics.server";
import { categoryPath } from "./vocabulary";
import { ScrollTable } from "~/components/scroll-table";

const BAR_HEIGHT = 22;
const LABEL_WIDTH = 260;
const BAR_AREA = 300;

/** The "personal data" block of /statistics: a table (the accessible source) and a bar chart of the same numbers. */
export function DataStatistics({ stats }: { stats: DataCategoryStatistics }) {
  const t = useT().dataUse.statistics;
  const to = useLocalePath();
  const used = stats.categories.filter((c) => c.count > 0);
  const max = Math.max(1, ...used.map((c) => c.count));
  return (
    <section aria-labelledby="data-statistics-title" className="data-statistics">
      <h2 id="data-statistics-title">{t.title}</h2>
      <p>{t.special({ count: stats.specialCount, total: stats.total })}</p>
      <ScrollTable caption={t.caption}>
        <thead>
          <tr>
            <th scope="col">{t.category}</th>
            <th scope="col" className="numeric">
              {t.count}
            </th>
          </tr>
        </thead>
        <tbody>
          {stats.categories.map((c) => (
            <tr key={c.slug}>
              <th scope="row">
                <a href={to(categoryPath(c.slug))}>{c.label}</a> {c.special ? <span className="tag tag--warning">{t.sensitive}</span> : null}
              </th>
              <td className="numeric">{c.count}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {used.length > 0 ? (
        // The table above carries the numbers; the chart repeats them for sighted readers.
        <svg
          className="data-statistics__chart"
          role="img"
          aria-label={`${t.chartTitle}: ${used.map((c) => `${c.label} ${c.count}`).join(", ")}`}
          viewBox={`0 0 ${LABEL_WIDTH + BAR_AREA + 40} ${used.length * (BAR_HEIGHT + 6)}`}
          width="100%"
        >
          {used.map((c, i) => {
            const y = i * (BAR_HEIGHT + 6);
            const width = Math.max(2, (c.count / max) * BAR_AREA);
            return (
              <g key={c.slug}>
                <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT * 0.7} textAnchor="end" fontSize="13" fill="#0b0c0c">
                  {c.label}
                </text>
                <rect x={LABEL_WIDTH} y={y} width={width} height={BAR_HEIGHT} fill={c.special ? "#7a0c16" : "#1d4f7c"} />
                <text x={LABEL_WIDTH + width + 6} y={y + BAR_HEIGHT * 0.7} fontSize="13" fill="#0b0c0c">
                  {c.count}
                </text>
              </g>
            );
          })}
        </svg>
      ) : null}
    </section>
  );
}
