import { describe, expect, it } from "vitest";
import { getService } from "@/lib/catalog";
import { parseQuoteParams } from "./api-params";
import { quoteJson } from "./api-json";
import { paramErrorBody, priceQuoteRequest } from "./quote-request";
import { apiTranslator } from "./translators";

const MRP = [{ year: 2026, valueTiyn: 432_500 }];
const ts = apiTranslator("en", "services");

function price(code: Parameters<typeof getService>[0], query: string) {
  const parsed = parseQuoteParams(new URLSearchParams(query), "2026-03-01");
  if (!parsed.ok) throw new Error("bad parameters");
  return priceQuoteRequest(getService(code), parsed.value, MRP);
}

describe("quote endpoint decision", () => {
  // Guide L85 (fee) and L70 (proof of paying the duty to the state): two payments, no total.
  it("prices a 3-5 year walk-in invitation at 940 000 KZT to the centre and 0.5 MRP (2 162.50) to the state", () => {
    const result = price("WORK_VISA_INVITATION", "option=WALK_IN&validity=YEARS_3_TO_5&date=2026-03-01");
    if (!result.ok) throw new Error(result.error.code);
    expect(quoteJson(result.quote, "2026-03-01")).toMatchObject({
      serviceFee: "940000.00",
      serviceFeeTiyn: 94_000_000,
      stateDuty: { mrp: 0.5, mrpValue: "4325.00", amount: "2162.50", amountTiyn: 216_250 },
      payableToCentre: { kzt: "940000.00", tiyn: 94_000_000, payee: "EXPAT_CENTRE", paidBy: "INVOICE" },
      payableToState: { kzt: "2162.50", tiyn: 216_250, payee: "STATE_BUDGET", proofDocument: "STATE_DUTY_PAYMENT_PROOF" },
      currency: "KZT",
    });
    expect(quoteJson(result.quote, "2026-03-01")).not.toHaveProperty("total");
  });

  it.each([
    ["WORK_VISA", "option=PERSONAL_MANAGER&validity=UP_TO_2_YEARS", "OPTION_NOT_OFFERED", "option"],
    ["WORK_VISA", "option=WALK_IN", "VARIANT_REQUIRED", "validity"],
    ["WORK_VISA", "validity=YEARS_1_TO_2", "VALIDITY_NOT_OFFERED", "validity"],
    ["WORK_VISA", "validity=UP_TO_2_YEARS&variant=EXPERT", "PARAMETER_NOT_APPLICABLE", "variant"],
    ["TRP", "option=WALK_IN", "VARIANT_REQUIRED", "variant"],
    ["IIN", "validity=UP_TO_2_YEARS", "PARAMETER_NOT_APPLICABLE", "validity"],
    ["WORK_VISA", "validity=UP_TO_2_YEARS&date=2031-01-05", "NO_MRP_FOR_YEAR", "date"],
  ] as const)("%s?%s → %s on %s", (code, query, error, parameter) => {
    expect(price(code, query)).toMatchObject({ ok: false, error: { code: error, parameter } });
  });

  it("explains a refusal with the allowed values", () => {
    const result = price("WORK_VISA", "option=PERSONAL_MANAGER&validity=UP_TO_2_YEARS");
    if (result.ok) throw new Error("expected a refusal");
    expect(paramErrorBody(result.error, ts, getService("WORK_VISA"))).toEqual({
      error: "OPTION_NOT_OFFERED",
      parameter: "option",
      message: "The fee option given in “option” is not offered for this service. Use one of: STANDARD, WALK_IN.",
      allowed: ["STANDARD", "WALK_IN"],
    });
  });

  it("names the year without grouping it as a number", () => {
    const result = price("WORK_VISA", "validity=UP_TO_2_YEARS&date=2031-01-05");
    if (result.ok) throw new Error("expected a refusal");
    expect(paramErrorBody(result.error, ts).message).toContain("MRP for 2031");
  });
});
