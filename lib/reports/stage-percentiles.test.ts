import { describe, expect, it } from "vitest";
import { interpolate, locateRank, percentileRank, rankTarget } from "./stage-percentiles";

// percentile_cont over sorted values v: h = p·(n−1), v[floor h] + (v[ceil h] − v[floor h])·(h − floor h).
function percentileCont(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const { rank, fraction } = percentileRank(p, sorted.length);
  return interpolate(sorted.slice(rank, rank + 2), fraction)!;
}

describe("stage percentiles from bucket counts", () => {
  it("computes percentile_cont's ranks", () => {
    expect(percentileRank(0.5, 2)).toEqual({ rank: 0, fraction: 0.5 });
    expect(percentileRank(0.9, 2)).toEqual({ rank: 0, fraction: 0.9 });
    expect(percentileRank(0.5, 5)).toEqual({ rank: 2, fraction: 0 });
    expect(percentileRank(0.9, 1)).toEqual({ rank: 0, fraction: 0 });
  });

  it("finds the bucket holding a rank and the offset inside it", () => {
    const buckets = [
      { bucket: 3, count: 2 },
      { bucket: 5, count: 4 },
      { bucket: 9, count: 1 },
    ];
    expect(locateRank(buckets, 0)).toEqual({ bucket: 3, offset: 0 });
    expect(locateRank(buckets, 1)).toEqual({ bucket: 3, offset: 1 });
    expect(locateRank(buckets, 2)).toEqual({ bucket: 5, offset: 0 });
    expect(locateRank(buckets, 5)).toEqual({ bucket: 5, offset: 3 });
    expect(locateRank(buckets, 6)).toEqual({ bucket: 9, offset: 0 });
    expect(locateRank(buckets, 7)).toBeNull();
  });

  it("gives nothing for no spans, and the value itself for one", () => {
    expect(rankTarget([], 0.5)).toBeNull();
    expect(rankTarget([{ bucket: 4, count: 1 }], 0.9)).toEqual({ rank: 0, fraction: 0, bucket: 4, offset: 0 });
    expect(interpolate([], 0.5)).toBeNull();
    expect(interpolate([7200], 0.9)).toBe(7200);
  });

  it("equals percentile_cont when the values are read at the located rank (the report's integration seed)", () => {
    // Two spans of 7,200 s and 21,600 s: median 14,400, p90 20,160 (as PostgreSQL gives).
    expect(percentileCont([21_600, 7_200], 0.5)).toBe(14_400);
    expect(percentileCont([21_600, 7_200], 0.9)).toBe(20_160);
    // Random durations bucketed as the database does: the located rank's values interpolate to the same figure.
    const bucketOf = (s: number) => Math.floor(Math.log(1 + s) * 8);
    let seed = 7;
    const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    const values = Array.from({ length: 997 }, () => Math.floor(random() * 2_000_000));
    const sorted = [...values].sort((a, b) => a - b);
    const counts = new Map<number, number>();
    for (const v of values) counts.set(bucketOf(v), (counts.get(bucketOf(v)) ?? 0) + 1);
    const buckets = [...counts].sort((a, b) => a[0] - b[0]).map(([bucket, count]) => ({ bucket, count }));
    for (const p of [0.5, 0.9]) {
      const target = rankTarget(buckets, p)!;
      const fromBucket = sorted.filter((v) => bucketOf(v) >= target.bucket).slice(target.offset, target.offset + 2);
      expect(interpolate(fromBucket, target.fraction)).toBe(percentileCont(values, p));
    }
  });
});
