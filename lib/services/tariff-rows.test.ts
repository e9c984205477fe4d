import { describe, expect, it } from "vitest";
import { getService } from "@/lib/catalog";
import { rowStateDuty } from "./row-duty";
import { processingTimeMessage, serviceProcessingTime, tariffTableRows, variantLabelKey } from "./tariff-rows";

const MRP = [{ year: 2026, valueTiyn: 432_500 }];

describe("tariff rows", () => {
  it("flattens a tariff by validity band, by TRP role, or a single row", () => {
    expect(tariffTableRows(getService("WORK_VISA")).map((r) => r.variant)).toEqual(["UP_TO_2_YEARS", "YEARS_3_TO_5"]);
    expect(tariffTableRows(getService("TRP")).map((r) => r.variant)).toEqual(["EMPLOYEE", "EXPERT"]);
    expect(tariffTableRows(getService("IIN")).map((r) => r.variant)).toEqual([null]);
  });

  it("names variants with catalog keys", () => {
    expect(variantLabelKey(getService("TRP"), "EXPERT")).toBe("questions.trpRole.options.EXPERT");
    expect(variantLabelKey(getService("WORK_VISA"), "YEARS_3_TO_5")).toBe("validityBands.YEARS_3_TO_5");
  });

  it("summarises processing time for a card", () => {
    expect(processingTimeMessage(serviceProcessingTime(getService("WORK_VISA")))).toEqual({
      key: "processing.workingDays",
      values: { count: 5 },
    });
    expect(processingTimeMessage(serviceProcessingTime(getService("TAX_RESIDENCY_CERTIFICATE")))).toEqual({
      key: "processing.workingDaysRange",
      values: { min: 3, max: 5 },
    });
    expect(processingTimeMessage(serviceProcessingTime(getService("ARRIVAL_NOTIFICATION")))).toEqual({
      key: "processing.minutes",
      values: { value: 30 },
    });
  });

  it("prices a row's state duty at the year's MRP, or says the MRP is missing", () => {
    const [upTo2] = tariffTableRows(getService("WORK_VISA"));
    expect(rowStateDuty(getService("WORK_VISA"), upTo2, "2026-03-01", MRP)).toMatchObject({ mrpTenths: 300, amountTiyn: 12_975_000 });
    expect(rowStateDuty(getService("WORK_VISA"), upTo2, "2031-03-01", MRP)).toBe("NO_MRP");
    expect(rowStateDuty(getService("TRP"), tariffTableRows(getService("TRP"))[0], "2026-03-01", MRP)).toBeNull();
  });
});
