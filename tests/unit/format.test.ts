import { describe, expect, it, vi } from "vitest";
import { formatCalendarDate, formatKzt } from "@/lib/kernel/format";

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

describe("one formatting for server and browser (issue 16)", () => {
  it("uses a comma as the decimal mark in Kazakh without relying on the runtime's locale data", async () => {
    const { formatKzt: kzt, formatMrp, formatNumber } = await import("@/lib/kernel/format");
    expect(kzt(216_250, "kk")).toBe("2\u00a0162,50\u00a0KZT");
    expect(formatMrp(5, "kk")).toBe("0,5");
    expect(formatMrp(300, "en")).toBe("30");
    expect(formatNumber(1_234_567.5, "ru", { max: 1 })).toBe("1\u00a0234\u00a0567,5");
    expect(formatNumber(-1200, "en")).toBe("-1\u00a0200");
  });
  it("does not call Intl.NumberFormat (browsers ship different locale data than Node)", async () => {
    const spy = vi.spyOn(Intl, "NumberFormat");
    const { formatKzt: kzt } = await import("@/lib/kernel/format");
    kzt(216_250, "kk");
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
  it("gives the Astana date of an instant: 04:04 on 2 December in Astana is 23:04 UTC on 1 December", async () => {
    const { formatCentreDate, formatIsoDate } = await import("@/lib/kernel/format");
    expect(formatCentreDate(new Date("2026-12-01T23:04:00Z"), "en")).toBe("2 December 2026");
    expect(formatCentreDate(new Date("2026-12-01T23:04:00Z"), "ru")).toBe("2 декабря 2026");
    expect(formatIsoDate("2027-01-15", "en")).toBe("15 January 2027");
  });
});
