import { describe, expect, it } from "vitest";
import { allServices, type AnyServiceDefinition } from "@/lib/catalog";
import { filterServices, matchesQuery, parseListFilter } from "./list-filter";

const codes = (services: AnyServiceDefinition[]) => services.map((s) => s.code);
const byCode = (s: AnyServiceDefinition) => [s.code.replaceAll("_", " ")];

describe("service list filter", () => {
  it("reads where and q from GET parameters, ignoring unknown values", () => {
    expect(parseListFilter({ where: "OUTSIDE_KZ", q: "  visa " })).toEqual({ where: "OUTSIDE_KZ", q: "visa" });
    expect(parseListFilter({ where: "MOON" })).toEqual({ where: "ALL", q: "" });
    expect(parseListFilter({ q: "x".repeat(500) }).q).toHaveLength(100);
  });

  it("outside Kazakhstan: the invitations, the cancellation from abroad and the services for anyone", () => {
    expect(codes(filterServices(allServices(), { where: "OUTSIDE_KZ", q: "" }, byCode, "en"))).toEqual([
      "WORK_VISA_INVITATION",
      "INVESTOR_VISA_INVITATION",
      "BUSINESS_VISA_INVITATION_B1_B3",
      "BUSINESS_VISA_INVITATION_B2",
      "VISA_CANCELLATION_ABROAD",
      "TAX_RESIDENCY_CERTIFICATE",
      "EDS",
    ]);
  });

  it("in Kazakhstan excludes every invitation", () => {
    const inKz = codes(filterServices(allServices(), { where: "IN_KZ", q: "" }, byCode, "en"));
    expect(inKz).toContain("TRP");
    expect(inKz.some((code) => code.includes("INVITATION"))).toBe(false);
  });

  it("needs every word of the query, in any case", () => {
    expect(codes(filterServices(allServices(), { where: "ALL", q: "Visa Work" }, byCode, "en"))).toEqual([
      "WORK_VISA_INVITATION",
      "WORK_VISA",
    ]);
  });

  it("ignores case and accents in Russian and keeps Kazakh letters", () => {
    expect(matchesQuery(["Разрешение на временное проживание"], "ВРЕМЕННОЕ", "ru")).toBe(true);
    expect(matchesQuery(["Счёт"], "счет", "ru")).toBe(true);
    expect(matchesQuery(["Жеке сәйкестендіру нөмірі"], "сәйкестендіру", "kk")).toBe(true);
    expect(matchesQuery(["Жеке сәйкестендіру нөмірі"], "паспорт", "kk")).toBe(false);
  });
});
