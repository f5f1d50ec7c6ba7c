/**
 * A horizontal bar chart drawn on the server as SVG: no script, a text
 * alternative through role="img" + <title>/<desc>, and the same numbers in a
 * table below it for screen readers and copying.
 */
import type { Bar } from "./statistics.server";
import { ScrollTable } from "~/components/scroll-table";

const ROW = 28;
const LABEL_WIDTH = 240;
const BAR_WIDTH = 360;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 60;

export function BarChart({ id, title, bars, unit = "entries" }: { id: string; title: string; bars: Bar[]; unit?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const total = bars.reduce((n, b) => n + b.count, 0);
  const height = Math.max(1, bars.length) * ROW + 8;
  const description = bars.map((b) => `${b.label}: ${b.count}`).join("; ");
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart-title">
        {title}
      </figcaption>
      {bars.length === 0 ? (
        <p>No figures yet.</p>
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
                    {b.count}
                  </text>
                </g>
              );
            })}
          </svg>
          <ScrollTable caption={<>{title}: figures</>} captionClassName="visually-hidden">
            <thead>
              <tr>
                <th scope="col">{title}</th>
                <th scope="col" className="numeric">
                  Number of {unit}
                </th>
                <th scope="col" className="numeric">
                  Share
                </th>
              </tr>
            </thead>
            <tbody>
              {bars.map((b) => (
                <tr key={b.value}>
                  <th scope="row">{b.label}</th>
                  <td className="numeric">{b.count}</td>
                  <td className="numeric">{total ? `${Math.round((b.count / total) * 100)}%` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </>
      )}
    </figure>
  );
}
