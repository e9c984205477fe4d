import { performance } from "node:perf_hooks";

// Timing helpers for the benchmarks: repeated sequential calls, so that the query counter
// attributes every statement to exactly one call.

export type Measurement = { name: string; runs: number; p50: number; p95: number; max: number; queries: number; rows: number };

export type QueryCounter = { count: number };

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

export async function measure(
  name: string,
  counter: QueryCounter,
  call: () => Promise<number>,
  { warmup = 5, runs = 50 }: { warmup?: number; runs?: number } = {},
): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await call();
  const times: number[] = [];
  let queries = 0;
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const before = counter.count;
    const start = performance.now();
    rows = await call();
    times.push(performance.now() - start);
    queries = Math.max(queries, counter.count - before);
  }
  times.sort((a, b) => a - b);
  return { name, runs, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)!, queries, rows };
}

export function printTable(title: string, results: Measurement[]): void {
  const ms = (v: number) => v.toFixed(1).padStart(8);
  const width = Math.max(...results.map((r) => r.name.length), 10);
  console.log(`\n${title}`);
  console.log(
    `${"scenario".padEnd(width)}  ${"p50 ms".padStart(8)}  ${"p95 ms".padStart(8)}  ${"max ms".padStart(8)}  queries  rows  runs`,
  );
  for (const r of results) {
    console.log(
      `${r.name.padEnd(width)}  ${ms(r.p50)}  ${ms(r.p95)}  ${ms(r.max)}  ${String(r.queries).padStart(7)}  ${String(r.rows).padStart(4)}  ${String(r.runs).padStart(4)}`,
    );
  }
}
