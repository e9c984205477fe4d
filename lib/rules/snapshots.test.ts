import { describe, expect, it } from "vitest";
import { answerEntries, parsePeopleSnapshot, parseTariffSnapshot } from "./snapshots";

describe("submission snapshots", () => {
  it("lists the principal first and skips malformed entries", () => {
    const people = parsePeopleSnapshot([
      { fullName: "ANNA SMITH", isPrincipal: false, relationship: "SPOUSE" },
      { nonsense: true },
      { fullName: "JOHN SMITH", isPrincipal: true, passportNumber: "N1" },
    ]);
    expect(people.map((p) => p.fullName)).toEqual(["JOHN SMITH", "ANNA SMITH"]);
    expect(parsePeopleSnapshot(null)).toEqual([]);
  });
  it("reads a tariff with or without state duty", () => {
    expect(parseTariffSnapshot({ serviceFeeTiyn: 100, stateDuty: null, totalTiyn: 100 })).toMatchObject({
      totalTiyn: 100,
      stateDuty: null,
    });
    expect(
      parseTariffSnapshot({
        serviceFeeTiyn: 100,
        stateDuty: { mrpTenths: 5, mrpValueTiyn: 432_500, amountTiyn: 216_250 },
        totalTiyn: 216_350,
      })?.stateDuty?.mrpTenths,
    ).toBe(5);
    expect(parseTariffSnapshot({ total: "lots" })).toBeNull();
  });
  it("shows only plain answers", () => {
    expect(answerEntries({ feeOption: "STANDARD", viaRepresentative: false, nested: { a: 1 }, list: [1] })).toEqual([
      ["feeOption", "STANDARD"],
      ["viaRepresentative", false],
    ]);
  });
});
