import { describe, expect, it } from "vitest";
import { checkDigit } from "./mrz-build";
import { equalUpToLookAlikes, lookAlikeKey, withinOneEdit } from "./look-alike";

describe("OCR look-alikes in the MRZ", () => {
  it("takes the confusions OCR-B readings make as the same character", () => {
    expect(equalUpToLookAlikes("N5087ZMY8", "N50S7ZMYS")).toBe(true);
    expect(equalUpToLookAlikes("OO7EMUNW", "007emunw")).toBe(true);
    expect(equalUpToLookAlikes("80RMR6608", "80RMR6G08")).toBe(true);
    expect(equalUpToLookAlikes("23AEA6NN6", "23AEA6WN6")).toBe(true);
    expect(equalUpToLookAlikes("96G2YT2YF", "96GZ7T2YF")).toBe(true);
    expect(equalUpToLookAlikes("123456789", "123456780")).toBe(false);
    expect(equalUpToLookAlikes("AB12", "AB123")).toBe(false);
    expect(lookAlikeKey("P<12 ab")).toBe(lookAlikeKey("P1ZAB"));
  });

  it("includes confusions the check digit cannot see (why a passing check digit is not enough)", () => {
    expect(checkDigit("N5087ZMY8")).toBe(checkDigit("N50S7ZMYS"));
    expect(checkDigit("80RMR6608")).toBe(checkDigit("80RMR6G08"));
    expect(checkDigit("OO7EMUNW<")).toBe(checkDigit("007EMUNW<"));
  });

  it("allows one inserted, removed or replaced letter", () => {
    expect(withinOneEdit("NEI", "WEI")).toBe(true);
    expect(withinOneEdit("SMIT", "SMITH")).toBe(true);
    expect(withinOneEdit("SMITH", "SMIH")).toBe(true);
    expect(withinOneEdit("PAUL", "PETER")).toBe(false);
    expect(withinOneEdit("ANNA", "ANTON")).toBe(false);
  });
});
