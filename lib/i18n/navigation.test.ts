import { describe, expect, it } from "vitest";
import { getPathname } from "./navigation";

describe("getPathname", () => {
  it("prefixes every language but English and keeps the path", () => {
    expect(getPathname({ href: "/staff", locale: "en" })).toBe("/staff");
    expect(getPathname({ href: "/staff", locale: "ru" })).toBe("/ru/staff");
    expect(getPathname({ href: "/", locale: "kk" })).toBe("/kk");
    expect(getPathname({ href: "/staff?status=SUBMITTED&q=smith", locale: "kk" })).toBe("/kk/staff?status=SUBMITTED&q=smith");
  });

  it("writes a query object as next-intl did: strings, repeated keys for arrays, nothing for undefined", () => {
    expect(
      getPathname({ href: { pathname: "/sign-in", query: { callbackUrl: "/portal?x=1", reason: "session-ended" } }, locale: "ru" }),
    ).toBe("/ru/sign-in?callbackUrl=%2Fportal%3Fx%3D1&reason=session-ended");
    expect(
      getPathname({ href: { pathname: "/staff/payments", query: { done: "PAID", page: 2, all: true, tag: ["a", "b"] } }, locale: "en" }),
    ).toBe("/staff/payments?done=PAID&page=2&all=true&tag=a&tag=b");
    expect(getPathname({ href: { pathname: "/staff/companies", query: { done: undefined, error: "NOT_FOUND" } }, locale: "en" })).toBe(
      "/staff/companies?error=NOT_FOUND",
    );
  });

  it("falls back to English for anything that is not a language", () => {
    expect(getPathname({ href: "/portal", locale: "de" })).toBe("/portal");
  });
});
