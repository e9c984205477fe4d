import { describe, expect, it } from "vitest";
import { getService, serviceCodes } from "../catalog/registry";
import { FEE_OPTIONS, type FeeOption, type ProcessingTime, type ServiceCode } from "../catalog/types";
import { quote, QuoteError, tariffChoices, type MrpRate } from "./quote";

// services.md Appendix A, written out independently of the catalog (KZT, MRP multiples,
// processing time), with the readings of 6.T1 (B2 fees) and 6.T2 (blank 3-5 year cells).
type Variant = { validityBand?: string; trpRole?: string };
type Row = [ServiceCode, Variant, Partial<Record<FeeOption, number>>, number | null, ProcessingTime];
const wd = (min: number, max = min): ProcessingTime => ({ kind: "WORKING_DAYS", min, max });

const APPENDIX_A: Row[] = [
  ["WORK_VISA_INVITATION", { validityBand: "UP_TO_2_YEARS" }, { STANDARD: 360_000, WALK_IN: 470_000 }, 0.5, wd(5)],
  ["WORK_VISA_INVITATION", { validityBand: "YEARS_3_TO_5" }, { STANDARD: 720_000, WALK_IN: 940_000 }, 0.5, wd(5)],
  ["WORK_VISA", { validityBand: "UP_TO_2_YEARS" }, { STANDARD: 360_000, WALK_IN: 470_000 }, 30, wd(5)],
  ["WORK_VISA", { validityBand: "YEARS_3_TO_5" }, { STANDARD: 720_000, WALK_IN: 940_000 }, 30, wd(5)],
  ["INVESTOR_VISA_INVITATION", { validityBand: "UP_TO_2_YEARS" }, { STANDARD: 360_000, WALK_IN: 470_000 }, null, wd(5)],
  ["INVESTOR_VISA_INVITATION", { validityBand: "YEARS_3_TO_5" }, { STANDARD: 720_000, WALK_IN: 940_000 }, null, wd(5)],
  ["INVESTOR_VISA", { validityBand: "UP_TO_2_YEARS" }, { STANDARD: 360_000, WALK_IN: 470_000 }, null, wd(5)],
  ["INVESTOR_VISA", { validityBand: "YEARS_3_TO_5" }, { STANDARD: 720_000, WALK_IN: 940_000 }, null, wd(5)],
  ["TRP", { trpRole: "EMPLOYEE" }, { STANDARD: 110_000, WALK_IN: 170_000 }, null, wd(1)],
  ["TRP", { trpRole: "EXPERT" }, { STANDARD: 90_000, WALK_IN: 170_000 }, null, wd(1)],
  ["BUSINESS_VISA_INVITATION_B1_B3", {}, { STANDARD: 20_000 }, 0.5, wd(5)],
  ["BUSINESS_VISA_INVITATION_B2", {}, { STANDARD: 20_000, WALK_IN: 60_000, PERSONAL_MANAGER: 160_000 }, 0.5, wd(5)],
  ["BUSINESS_VISA_B2", {}, { STANDARD: 20_000, WALK_IN: 60_000, PERSONAL_MANAGER: 160_000 }, 30, wd(5)],
  ["VISA_CANCELLATION", {}, { STANDARD: 20_000 }, 0.5, wd(5)],
  ["VISA_CANCELLATION_ABROAD", {}, { STANDARD: 20_000 }, null, wd(1)],
  ["VISA_EXTENSION_C3", { validityBand: "YEARS_1_TO_2" }, { STANDARD: 360_000, WALK_IN: 470_000 }, 30, wd(5)],
  ["VISA_EXTENSION_C3", { validityBand: "YEARS_3_TO_5" }, { STANDARD: 720_000, WALK_IN: 940_000 }, 30, wd(5)],
  ["VISA_EXTENSION_B2", {}, { STANDARD: 20_000, WALK_IN: 60_000, PERSONAL_MANAGER: 160_000 }, 30, wd(5)],
  ["ARRIVAL_NOTIFICATION", {}, { STANDARD: 10_000 }, null, { kind: "MINUTES", value: 30 }],
  ["IIN", {}, { STANDARD: 10_000, WALK_IN: 20_000, PERSONAL_MANAGER: 60_000 }, null, wd(1)],
  ["TAX_RESIDENCY_CERTIFICATE", {}, { STANDARD: 40_000, PERSONAL_MANAGER: 140_000 }, null, wd(3, 5)],
  ["EDS", {}, { STANDARD: 10_000, WALK_IN: 20_000, PERSONAL_MANAGER: 60_000 }, null, wd(1)],
];

const MRP_RATES: MrpRate[] = [
  { year: 2025, valueTiyn: 393_200 },
  { year: 2026, valueTiyn: 432_500 },
];
const YEARS = [
  { date: "2025-06-02", mrpTiyn: 393_200 },
  { date: "2026-06-01", mrpTiyn: 432_500 },
];

const offered = APPENDIX_A.flatMap(([code, variant, fees, duty, time]) =>
  (Object.entries(fees) as [FeeOption, number][]).flatMap(([option, feeKzt]) =>
    YEARS.map(({ date, mrpTiyn }) => ({ code, variant, option, feeKzt, duty, time, date, mrpTiyn })),
  ),
);

describe("quote: every tariff row of Appendix A, 2025 and 2026 MRP", () => {
  it("covers every row of every service", () => {
    expect(new Set(APPENDIX_A.map(([code]) => code))).toEqual(new Set(serviceCodes));
  });

  it.each(offered)("$code $variant $option on $date", ({ code, variant, option, feeKzt, duty, time, date, mrpTiyn }) => {
    const result = quote(getService(code), { ...variant, feeOption: option }, date, MRP_RATES);
    expect(result.serviceFeeTiyn).toBe(feeKzt * 100);
    expect(result.processingTime).toEqual(time);
    if (duty === null) {
      expect(result.stateDuty).toBeNull();
      expect(result.payableToCentreTiyn).toBe(feeKzt * 100);
      expect(result.payableToStateTiyn).toBe(0);
    } else {
      const amountTiyn = (duty * 10 * mrpTiyn) / 10;
      expect(result.stateDuty).toEqual({ mrpTenths: duty * 10, mrpYear: Number(date.slice(0, 4)), mrpValueTiyn: mrpTiyn, amountTiyn });
      expect(Number.isInteger(result.stateDuty?.amountTiyn)).toBe(true);
      // Issue 15 / decision 007 "6.P1": the duty is paid to the state budget (the checklists
      // ask for proof of paying it, e.g. guide L70, L129, L321, L367, L417, L451, L519), so the
      // centre's part is the service fee alone and the duty is a separate payment.
      expect(result.payableToCentreTiyn).toBe(feeKzt * 100);
      expect(result.payableToStateTiyn).toBe(amountTiyn);
    }
  });

  const notOffered = APPENDIX_A.flatMap(([code, variant, fees]) =>
    FEE_OPTIONS.filter((o) => !(o in fees)).map((option) => ({ code, variant, option })),
  );
  it.each(notOffered)("$code $variant refuses $option", ({ code, variant, option }) => {
    expect(() => quote(getService(code), { ...variant, feeOption: option }, "2026-06-01", MRP_RATES)).toThrowError(
      expect.objectContaining({ code: "OPTION_NOT_OFFERED", param: "feeOption" }),
    );
  });
});

describe("quote: the guide's printed KZT amounts and the 2026 MRP", () => {
  it("0.5 MRP is 1 966 KZT in 2025 and 2 162.50 KZT in 2026, exactly", () => {
    const service = getService("BUSINESS_VISA_INVITATION_B1_B3");
    expect(quote(service, {}, "2025-12-31", MRP_RATES).stateDuty?.amountTiyn).toBe(196_600);
    expect(quote(service, {}, "2026-01-01", MRP_RATES).stateDuty?.amountTiyn).toBe(216_250);
  });

  it("30 MRP is 117 960 KZT in 2025 and 129 750 KZT in 2026", () => {
    const service = getService("BUSINESS_VISA_B2");
    expect(quote(service, {}, "2025-03-03", MRP_RATES).stateDuty?.amountTiyn).toBe(11_796_000);
    const q2026 = quote(service, { feeOption: "PERSONAL_MANAGER" }, "2026-03-03", MRP_RATES);
    expect(q2026.stateDuty?.amountTiyn).toBe(12_975_000);
    expect(q2026.payableToCentreTiyn).toBe(16_000_000);
    expect(q2026.payableToStateTiyn).toBe(12_975_000);
  });

  it("rounds a tenth of an MRP that is not whole tiyn half up", () => {
    const odd = [{ year: 2027, valueTiyn: 400_005 }];
    expect(quote(getService("VISA_CANCELLATION"), {}, "2027-01-05", odd).stateDuty?.amountTiyn).toBe(200_003);
  });
});

describe("quote: the state duty is never part of what the centre charges (guide L70, L129, L417)", () => {
  it("work visa invitation, L84 + L70: the centre's part is 360 000 KZT, 0.5 MRP goes to the state", () => {
    const q = quote(getService("WORK_VISA_INVITATION"), { validityBand: "UP_TO_2_YEARS" }, "2026-06-01", MRP_RATES);
    expect(q.payableToCentreTiyn).toBe(36_000_000);
    expect(q.payableToStateTiyn).toBe(216_250);
    expect(q).not.toHaveProperty("totalTiyn");
  });
});

describe("quote: defaults, notes and errors", () => {
  it("defaults the fee option to STANDARD", () => {
    const result = quote(getService("IIN"), {}, "2026-01-05", MRP_RATES);
    expect(result.feeOption).toBe("STANDARD");
    expect(result.serviceFeeTiyn).toBe(1_000_000);
    expect(result.validityBand).toBeNull();
    expect(result.trpRole).toBeNull();
  });

  it("names the readings a price relies on", () => {
    const filled = quote(getService("WORK_VISA"), { validityBand: "YEARS_3_TO_5" }, "2026-01-05", MRP_RATES);
    expect(filled.noteIds).toContain("6.T2");
    expect(filled.source).toBe("L144");
    const b2 = quote(getService("VISA_EXTENSION_B2"), { feeOption: "WALK_IN" }, "2026-01-05", MRP_RATES);
    expect(b2.noteIds).toContain("6.T1");
    expect(b2.mayExtendBy30CalendarDays).toBe(true);
    const printed = quote(getService("WORK_VISA"), { validityBand: "UP_TO_2_YEARS" }, "2026-01-05", MRP_RATES);
    expect(printed.noteIds).not.toContain("6.T2");
    expect(printed.noteIds).toContain("6.T12");
  });

  it("does not need an MRP when there is no state duty", () => {
    expect(quote(getService("EDS"), {}, "2030-01-02", []).payableToCentreTiyn).toBe(1_000_000);
  });

  const errors: [ServiceCode, Record<string, unknown>, string, string][] = [
    ["WORK_VISA", {}, "VARIANT_REQUIRED", "validityBand"],
    ["WORK_VISA", { validityBand: "YEARS_1_TO_2" }, "VALIDITY_NOT_OFFERED", "validityBand"],
    ["VISA_EXTENSION_C3", { validityBand: "UP_TO_2_YEARS" }, "VALIDITY_NOT_OFFERED", "validityBand"],
    ["IIN", { validityBand: "UP_TO_2_YEARS" }, "VALIDITY_NOT_OFFERED", "validityBand"],
    ["TRP", {}, "VARIANT_REQUIRED", "trpRole"],
    ["TRP", { trpRole: "INVESTOR" }, "VARIANT_REQUIRED", "trpRole"],
    ["IIN", { trpRole: "EXPERT" }, "VARIANT_REQUIRED", "trpRole"],
    ["TAX_RESIDENCY_CERTIFICATE", { feeOption: "WALK_IN" }, "OPTION_NOT_OFFERED", "feeOption"],
    ["IIN", { feeOption: "EXPRESS" }, "OPTION_NOT_OFFERED", "feeOption"],
    ["WORK_VISA", { validityBand: "UP_TO_2_YEARS" }, "NO_MRP_FOR_YEAR", "date"],
  ];
  it.each(errors)("%s %j -> %s on %s", (code, answers, errorCode, param) => {
    // 2027 has no MRP in the table, so the duty of a WORK_VISA cannot be computed.
    const date = errorCode === "NO_MRP_FOR_YEAR" ? "2027-02-01" : "2026-02-02";
    try {
      quote(getService(code), answers, date, MRP_RATES);
      expect.unreachable("quote should have thrown");
    } catch (error) {
      expect(error).toBeInstanceOf(QuoteError);
      expect(error).toMatchObject({ code: errorCode, param, messageKey: `quoteErrors.${errorCode}` });
    }
  });
});

describe("tariffChoices", () => {
  it("lists the variant field, its values and the fee options", () => {
    expect(tariffChoices(getService("WORK_VISA_INVITATION"))).toEqual({
      variantField: "validityBand",
      variants: ["UP_TO_2_YEARS", "YEARS_3_TO_5"],
      feeOptions: ["STANDARD", "WALK_IN"],
    });
    expect(tariffChoices(getService("TRP"))).toMatchObject({ variantField: "trpRole", variants: ["EMPLOYEE", "EXPERT"] });
    expect(tariffChoices(getService("TAX_RESIDENCY_CERTIFICATE"))).toEqual({
      variantField: null,
      variants: [],
      feeOptions: ["STANDARD", "PERSONAL_MANAGER"],
    });
  });
});
