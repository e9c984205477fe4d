import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatKzt } from "@/lib/format";

describe("money and dates for people", () => {
  it("prints tenge grouped as the guide does", () => {
    expect(formatKzt(47_000_000, "en")).toBe("470\u00a0000\u00a0KZT");
    expect(formatKzt(47_000_000, "ru")).toBe("470\u00a0000\u00a0KZT");
  });
  it("shows tiyn only when there are some, with the locale's decimal mark", () => {
    expect(formatKzt(216_250, "en")).toBe("2\u00a0162.50\u00a0KZT");
    expect(formatKzt(216_250, "ru")).toBe("2\u00a0162,50\u00a0KZT");
  });
  it("prints a stored calendar date without shifting it by the time zone", () => {
    const date = new Date("2026-03-23T00:00:00Z");
    expect(formatCalendarDate(date, "en")).toBe("23 March 2026");
    expect(formatCalendarDate(date, "ru")).toBe("23 марта 2026");
  });
});
