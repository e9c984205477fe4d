import { describe, expect, it } from "vitest";
import { binCheckDigit, validateBin } from "./bin";

describe("Kazakhstan BIN/IIN check digit", () => {
  it("accepts a BIN whose last digit is the weighted mod-11 check digit", () => {
    // 1*1+8*2+0*3+3*4+4*5+0*6+0*7+2*8+1*9+7*10+9*11 = 243; 243 mod 11 = 1
    expect(validateBin("180340021791")).toBeNull();
  });

  it("refuses a BIN with a wrong check digit", () => {
    expect(validateBin("180340021792")).toBe("CHECK_DIGIT");
  });

  it("uses the second weight row when the first gives 10", () => {
    // A 1 in position 10: first row 1*10 = 10, so the second row gives 1*1 = 1.
    const first11 = "00000000010";
    expect(binCheckDigit(first11)).toBe(1);
    expect(validateBin(`${first11}1`)).toBeNull();
  });

  it("refuses numbers for which both weight rows give 10", () => {
    // Digits 2, 8, 1 in positions 9-11.
    // 2*9 + 8*10 + 1*11 = 109 -> 10; second row: 2*11 + 8*1 + 1*2 = 32 -> 10.
    expect(binCheckDigit("00000000281")).toBeNull();
    for (let digit = 0; digit <= 9; digit++) expect(validateBin(`00000000281${digit}`)).toBe("CHECK_DIGIT");
  });

  it.each(["", "12345", "1803400217911", "18034002179a", " 180340021791"])("refuses the malformed value %j", (value) => {
    expect(validateBin(value)).toBe("FORMAT");
  });
});
