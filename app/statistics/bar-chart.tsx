/**
 * A horizontal bar chart drawn on the server as SVG: no script, a text
 * alternative through role="img" + <title>/<desc>, and the same numbers in a
 * table below it for screen readers and copying.
 */
import type { Bar } from "./statistics.server";
import { ScrollTable } from "~/components/scroll-table";
import { useLanguage, useT } from "~/i18n/text";
import { formatCount } from "~/utils/format";

const ROW = 28;
const LABEL_WIDTH = 240;
const BAR_WIDTH = 360;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 60;

/** `unit` names what is counted, for the table's column heading. */
export function BarChart({ id, title, bars, unit = "entries" }: { id: string; title: string; bars: Bar[]; unit?: "entries" | "threads" }) {
  const t = useT().discovery.statistics;
  const language = useLanguage();
  const percent = new Intl.NumberFormat(language, { style: "percent" });
  const max = Math.max(1, ...bars.map((b) => b.count));
  const total = bars.reduce((n, b) => n + b.count, 0);
  const height = Math.max(1, bars.length) * ROW + 8;
  const description = bars.map((b) => `${b.label}: ${formatCount(b.count, language)}`).join("; ");
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart-title">
        {title}
      </figcaption>
      {bars.length === 0 ? (
        <p>{t.noFigures}</p>
      ) : (
        <>
          <svg
            role="img"
            aria-labelledby={`${id}-title ${id}-desc`}
            viewBox={`0 0 ${WIDTH} ${height}`}
            width="100%"
            preserveAspectRatio="xMinYMin meet"
            className="chart-svg"
          >
            <title id={`${id}-title`}>{title}</title>
            <desc id={`${id}-desc`}>{description}</desc>
            {bars.map((b, i) => {
              const w = Math.round((b.count / max) * BAR_WIDTH);
              const y = i * ROW + 4;
              return (
                <g key={b.value}>
                  <text x={LABEL_WIDTH - 8} y={y + 17} textAnchor="end" className="chart-label">
                    {b.label.length > 32 ? `${b.label.slice(0, 31)}…` : b.label}
                  </text>
                  <rect x={LABEL_WIDTH} y={y + 3} width={Math.max(w, b.count ? 2 : 0)} height={ROW - 8} className="chart-bar" />
                  <text x={LABEL_WIDTH + w + 6} y={y + 17} className="chart-value">
                    {formatCount(b.count, language)}
                  </text>
                </g>
              );
            })}
          </svg>
          <ScrollTable caption={t.figures({ title })} captionClassName="visually-hidden">
            <thead>
              <tr>
                <th scope="col">{title}</th>
                <th scope="col" className="numeric">
                  {unit === "threads" ? t.countThreads : t.countEntries}
                </th>
                <th scope="col" className="numeric">
                  {t.share}
                </th>
              </tr>
            </thead>
            <tbody>
              {bars.map((b) => (
                <tr key={b.value}>
                  <th scope="row">{b.label}</th>
                  <td className="numeric">{formatCount(b.count, language)}</td>
                  <td className="numeric">{total ? percent.format(Math.round((b.count / total) * 100) / 100) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </>
      )}
    </figure>
  );
}
