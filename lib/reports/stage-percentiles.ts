// Exact median and 90th percentile of stage durations from a histogram plus two looked-up values
// (docs/decisions/019). The database keeps, per period, how many finished spans fall in each
// duration bucket; the bucket that holds the wanted rank comes from those counts, and the values
// at that rank are then read from the spans' bucket index. The result is computed as PostgreSQL's
// percentile_cont does (float8 interpolation between the two neighbouring ranks), so it is equal to
// percentile_cont over the same spans, not an estimate.

export type BucketCount = { bucket: number; count: number };

/** Where a percentile's values lie: rank `rank` (0-based, and the next one) is `offset` into `bucket`. */
export type RankTarget = { rank: number; fraction: number; bucket: number; offset: number };

/** percentile_cont's ranks: position p·(n−1), its floor, and the fraction towards the next value. */
export function percentileRank(p: number, n: number): { rank: number; fraction: number } {
  const position = p * (n - 1);
  const rank = Math.floor(position);
  return { rank, fraction: position - rank };
}

/** The bucket holding rank `rank` and how many values of that bucket come before it. Buckets sorted ascending. */
export function locateRank(buckets: BucketCount[], rank: number): { bucket: number; offset: number } | null {
  let before = 0;
  for (const { bucket, count } of buckets) {
    if (rank < before + count) return { bucket, offset: rank - before };
    before += count;
  }
  return null;
}

export function rankTarget(buckets: BucketCount[], p: number): RankTarget | null {
  const n = buckets.reduce((total, b) => total + b.count, 0);
  if (n === 0) return null;
  const { rank, fraction } = percentileRank(p, n);
  const located = locateRank(buckets, rank);
  return located ? { rank, fraction, ...located } : null;
}

/** The percentile from the value at the rank and the next one (absent when the rank is the last). */
export function interpolate(values: number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const [first, second] = values;
  if (fraction === 0 || second === undefined) return first;
  return first + (second - first) * fraction;
}
