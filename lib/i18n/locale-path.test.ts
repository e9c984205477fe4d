import { describe, expect, it } from "vitest";
import { localeOfPath, localizedPath, pathWithoutLocale } from "./locale-path";

describe("locale paths", () => {
  it("reads the language from the first segment only", () => {
    expect(localeOfPath("/ru/services")).toBe("ru");
    expect(localeOfPath("/kk")).toBe("kk");
    expect(localeOfPath("/kk?x=1")).toBe("kk");
    expect(localeOfPath("/services/ru")).toBe("en");
    expect(localeOfPath("/")).toBe("en");
    expect(localeOfPath(null)).toBe("en");
  });

  it("takes the prefix off, keeping the rest", () => {
    expect(pathWithoutLocale("/ru/services/WORK_VISA")).toBe("/services/WORK_VISA");
    expect(pathWithoutLocale("/kk")).toBe("/");
    expect(pathWithoutLocale("/services")).toBe("/services");
    expect(pathWithoutLocale("/russia")).toBe("/russia");
  });

  it("prefixes every language but English (routing.ts: localePrefix as-needed)", () => {
    expect(localizedPath("/", "en")).toBe("/");
    expect(localizedPath("/", "ru")).toBe("/ru");
    expect(localizedPath("/services", "en")).toBe("/services");
    expect(localizedPath("/services", "kk")).toBe("/kk/services");
    expect(localizedPath("/portal/applications/abc/appointment", "ru")).toBe("/ru/portal/applications/abc/appointment");
  });

  it("keeps queries and fragments and leaves other addresses alone", () => {
    expect(localizedPath("/?q=visa", "ru")).toBe("/ru?q=visa");
    expect(localizedPath("/services?q=visa#list", "kk")).toBe("/kk/services?q=visa#list");
    expect(localizedPath("https://example.com/x", "ru")).toBe("https://example.com/x");
    expect(localizedPath("//example.com/x", "ru")).toBe("//example.com/x");
    expect(localizedPath("#main", "ru")).toBe("#main");
    expect(localizedPath("mailto:info@example.com", "kk")).toBe("mailto:info@example.com");
  });
});
