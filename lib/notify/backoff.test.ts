import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./backoff";

describe("retry back-off", () => {
  const policy = { baseMs: 1_000, capMs: 60_000 };
  it("doubles per attempt, with half of each delay random", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy, () => 0))).toEqual([500, 1_000, 2_000, 4_000]);
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy, () => 0.999_999))).toEqual([1_000, 2_000, 4_000, 8_000]);
  });
  it("never exceeds the cap", () => {
    expect(retryDelayMs(30, policy, () => 0.999_999)).toBe(60_000);
  });
});
