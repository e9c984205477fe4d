import { describe, expect, it } from "vitest";
import { parseLocaleParam, parseQuoteParams } from "./api-params";

const parse = (query: string) => parseQuoteParams(new URLSearchParams(query), "2026-03-01");

describe("quote API parameters", () => {
  it("maps option, validity and variant onto the answers the quote rule reads", () => {
    expect(parse("option=WALK_IN&validity=YEARS_3_TO_5&date=2026-03-01")).toEqual({
      ok: true,
      value: { answers: { feeOption: "WALK_IN", validityBand: "YEARS_3_TO_5" }, date: "2026-03-01", locale: "en" },
    });
    expect(parse("variant=EXPERT&locale=kk")).toMatchObject({ ok: true, value: { answers: { trpRole: "EXPERT" }, locale: "kk" } });
  });

  it("defaults the date to today and treats empty values as absent", () => {
    expect(parse("option=&validity=")).toEqual({ ok: true, value: { answers: {}, date: "2026-03-01", locale: "en" } });
  });

  it("leaves unknown values to the quote rule, which knows what the service offers", () => {
    expect(parse("option=GOLD")).toMatchObject({ ok: true, value: { answers: { feeOption: "GOLD" } } });
  });

  it.each(["2026-3-1", "2026-02-30", "01.03.2026", "tomorrow"])("refuses the date %s, naming the parameter", (date) => {
    expect(parse(`date=${date}`)).toEqual({ ok: false, error: { code: "INVALID_DATE", parameter: "date" } });
  });

  it("refuses a repeated parameter", () => {
    expect(parse("option=STANDARD&option=WALK_IN")).toEqual({ ok: false, error: { code: "REPEATED_PARAMETER", parameter: "option" } });
  });

  it("accepts en, ru and kk only", () => {
    expect(parseLocaleParam(new URLSearchParams(""))).toEqual({ ok: true, value: "en" });
    expect(parseLocaleParam(new URLSearchParams("locale=ru"))).toEqual({ ok: true, value: "ru" });
    expect(parseLocaleParam(new URLSearchParams("locale=de"))).toEqual({
      ok: false,
      error: { code: "UNSUPPORTED_LOCALE", parameter: "locale" },
    });
  });
});
