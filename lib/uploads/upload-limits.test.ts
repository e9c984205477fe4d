import { describe, expect, it } from "vitest";
import { isTransferTooSlow } from "./upload-limits";

const limits = { minBytesPerSecond: 16 * 1024, graceSeconds: 10, timeoutSeconds: 300 };

describe("minimum transfer rate", () => {
  it("gives every upload a grace period", () => {
    expect(isTransferTooSlow(0, 9_000, limits)).toBe(false);
  });
  it("cuts off a trickle after the grace period (48 bytes in 120 s)", () => {
    expect(isTransferTooSlow(48, 12_000, limits)).toBe(true);
  });
  it("lets a slow but real connection finish (10 MB at 64 KB/s)", () => {
    expect(isTransferTooSlow(5 * 1024 * 1024, 80_000, limits)).toBe(false);
  });
  it("stops anything at the absolute timeout", () => {
    expect(isTransferTooSlow(1e9, 300_000, limits)).toBe(true);
  });
});
