import { describe, expect, it } from "vitest";
import { mrpFromTenths, tiynToKztDecimal } from "./money";

describe("KZT decimal strings", () => {
  it.each([
    [0, "0.00"],
    [5, "0.05"],
    [216_250, "2162.50"],
    [94_216_250, "942162.50"],
  ])("%i tiyn → %s", (tiyn, kzt) => expect(tiynToKztDecimal(tiyn)).toBe(kzt));
  it("refuses fractions and negatives", () => {
    expect(() => tiynToKztDecimal(1.5)).toThrow(RangeError);
    expect(() => tiynToKztDecimal(-1)).toThrow(RangeError);
  });
  it("reads MRP tenths", () => expect(mrpFromTenths(5)).toBe(0.5));
});
