import type { WeekRow } from "@/lib/reports/report-types";

// Server-rendered SVG (prints as it shows, needs no script): received and completed per week.
// The figures are also in the table the page renders next to it, for screen readers and export.

type Labels = { title: string; desc: string; received: string; completed: string };

const WIDTH = 760;
const HEIGHT = 240;
const PAD = { left: 44, right: 12, top: 12, bottom: 36 };

function niceMax(value: number): number {
  if (value <= 5) return 5;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / magnitude) * magnitude;
}

export function WeeklyTrendChart({ weeks, labels, id }: { weeks: WeekRow[]; labels: Labels; id: string }) {
  const max = niceMax(Math.max(0, ...weeks.map((w) => Math.max(w.received, w.completed))));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, weeks.length);
  const bar = Math.max(1, slot * 0.4);
  const y = (value: number) => PAD.top + plotH - (value / max) * plotH;
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 12));
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full max-w-3xl"
        data-testid="trend-chart"
      >
        <title id={`${id}-title`}>{labels.title}</title>
        <desc id={`${id}-desc`}>{labels.desc}</desc>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(max * f)} y2={y(max * f)} stroke="#cbd5e1" strokeWidth={1} />
            <text x={PAD.left - 6} y={y(max * f) + 4} textAnchor="end" fontSize={11} fill="#334155">
              {Math.round(max * f)}
            </text>
          </g>
        ))}
        {weeks.map((week, i) => {
          const x = PAD.left + i * slot + (slot - 2 * bar) / 2;
          return (
            <g key={week.weekStart}>
              <rect x={x} y={y(week.received)} width={bar} height={PAD.top + plotH - y(week.received)} fill="#1d4ed8" />
              <rect x={x + bar} y={y(week.completed)} width={bar} height={PAD.top + plotH - y(week.completed)} fill="#15803d" />
              {i % labelEvery === 0 && (
                <text
                  x={x + bar}
                  y={HEIGHT - PAD.bottom + 14}
                  textAnchor="middle"
                  fontSize={10}
                  fill="#334155"
                >{`${week.weekStart.slice(8, 10)}.${week.weekStart.slice(5, 7)}`}</text>
              )}
            </g>
          );
        })}
        <g transform={`translate(${PAD.left}, ${HEIGHT - 10})`} fontSize={11} fill="#0f172a">
          <rect width={10} height={10} y={-9} fill="#1d4ed8" />
          <text x={14}>{labels.received}</text>
          <rect x={120} width={10} height={10} y={-9} fill="#15803d" />
          <text x={134}>{labels.completed}</text>
        </g>
      </svg>
    </figure>
  );
}
