import type { StageRow } from "@/lib/reports/report-types";

// Median and 90th percentile per stage, in days, as horizontal bars (server-rendered SVG).

type Labels = {
  title: string;
  desc: string;
  median: string;
  p90: string;
  stage: (stage: string) => string;
  days: (value: string) => string;
};

const WIDTH = 640;
const ROW = 40;
const LABEL = 230;

const toDays = (seconds: number | null) => (seconds === null ? 0 : seconds / 86_400);

export function StageChart({ stages, labels, id }: { stages: StageRow[]; labels: Labels; id: string }) {
  const max = Math.max(1, ...stages.map((s) => toDays(s.p90Seconds)));
  const height = stages.length * ROW + 30;
  const scale = (days: number) => ((WIDTH - LABEL - 60) * days) / max;
  return (
    <figure>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full max-w-2xl"
        data-testid="stage-chart"
      >
        <title id={`${id}-title`}>{labels.title}</title>
        <desc id={`${id}-desc`}>{labels.desc}</desc>
        {stages.map((stage, i) => {
          const top = i * ROW + 4;
          const median = toDays(stage.medianSeconds);
          const p90 = toDays(stage.p90Seconds);
          return (
            <g key={stage.stage} fontSize={11} fill="#0f172a">
              <text x={LABEL - 8} y={top + 18} textAnchor="end">
                {labels.stage(stage.stage)}
              </text>
              <rect x={LABEL} y={top + 2} width={scale(p90)} height={14} fill="#93c5fd" />
              <rect x={LABEL} y={top + 18} width={scale(median)} height={14} fill="#1e3a8a" />
              <text x={LABEL + scale(p90) + 4} y={top + 13}>
                {stage.p90Seconds === null ? "—" : labels.days(p90.toFixed(1))}
              </text>
              <text x={LABEL + scale(median) + 4} y={top + 29}>
                {stage.medianSeconds === null ? "—" : labels.days(median.toFixed(1))}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${LABEL}, ${height - 8})`} fontSize={11} fill="#0f172a">
          <rect width={10} height={10} y={-9} fill="#1e3a8a" />
          <text x={14}>{labels.median}</text>
          <rect x={120} width={10} height={10} y={-9} fill="#93c5fd" />
          <text x={134}>{labels.p90}</text>
        </g>
      </svg>
    </figure>
  );
}
