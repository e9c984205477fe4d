import { describe, expect, it } from "vitest";
import { checklist } from "../rules/checklist";
import { allServices, fromPrice, getService, isServiceCode, locationCounterpart, serviceCodes, servicesByFamily } from "./registry";
import { SERVICE_CODES, type AnyServiceDefinition, type ServiceCode } from "./types";
import { z } from "zod";

const codesWhere = (predicate: (s: AnyServiceDefinition) => boolean) =>
  allServices()
    .filter(predicate)
    .map((s) => s.code);

describe("registry", () => {
  it("has the 16 codes of services.md section 2, each under its own code", () => {
    expect(serviceCodes).toHaveLength(16);
    expect(new Set(serviceCodes).size).toBe(16);
    expect(serviceCodes).toEqual(SERVICE_CODES);
    for (const code of serviceCodes) expect(getService(code).code).toBe(code);
  });

  it("recognises codes and nothing else", () => {
    expect(isServiceCode("WORK_VISA")).toBe(true);
    expect(isServiceCode("work_visa")).toBe(false);
    expect(isServiceCode("toString")).toBe(false);
    expect(isServiceCode(42)).toBe(false);
  });

  it("groups services by family in the guide's order", () => {
    const groups = servicesByFamily().map(({ family, services }) => [family, services.map((s) => s.code)]);
    expect(groups).toEqual([
      ["WORK_VISA", ["WORK_VISA_INVITATION", "WORK_VISA"]],
      ["INVESTOR_VISA", ["INVESTOR_VISA_INVITATION", "INVESTOR_VISA"]],
      ["TRP", ["TRP"]],
      ["BUSINESS_VISA", ["BUSINESS_VISA_INVITATION_B1_B3", "BUSINESS_VISA_INVITATION_B2", "BUSINESS_VISA_B2"]],
      ["CANCELLATION", ["VISA_CANCELLATION", "VISA_CANCELLATION_ABROAD"]],
      ["EXTENSION", ["VISA_EXTENSION_C3", "VISA_EXTENSION_B2"]],
      ["OTHER", ["ARRIVAL_NOTIFICATION", "IIN", "TAX_RESIDENCY_CERTIFICATE", "EDS"]],
    ]);
  });

  it.each([
    ["WORK_VISA", 36_000_000],
    ["TRP", 9_000_000],
    ["BUSINESS_VISA_B2", 2_000_000],
    ["ARRIVAL_NOTIFICATION", 1_000_000],
    ["TAX_RESIDENCY_CERTIFICATE", 4_000_000],
  ] as [ServiceCode, number][])("fromPrice(%s) = %i tiyn", (code, tiyn) => {
    expect(fromPrice(getService(code))).toBe(tiyn);
  });
});

describe("catalog facts from services.md sections 2 and 4", () => {
  it("visa category and location of each service (section 2 table)", () => {
    const table = allServices().map((s) => [s.code, s.visaCategory, s.location]);
    expect(table).toEqual([
      ["WORK_VISA_INVITATION", "C3", "OUTSIDE_KZ"],
      ["WORK_VISA", "C3", "IN_KZ"],
      ["INVESTOR_VISA_INVITATION", "A5", "OUTSIDE_KZ"],
      ["INVESTOR_VISA", "A5", "IN_KZ"],
      ["TRP", null, "IN_KZ"],
      ["BUSINESS_VISA_INVITATION_B1_B3", "B1_B3", "OUTSIDE_KZ"],
      ["BUSINESS_VISA_INVITATION_B2", "B2", "OUTSIDE_KZ"],
      ["BUSINESS_VISA_B2", "B2", "IN_KZ"],
      ["VISA_CANCELLATION", null, "IN_KZ"],
      ["VISA_CANCELLATION_ABROAD", null, "OUTSIDE_KZ"],
      ["VISA_EXTENSION_C3", "C3", "IN_KZ"],
      ["VISA_EXTENSION_B2", "B2", "IN_KZ"],
      ["ARRIVAL_NOTIFICATION", null, "IN_KZ"],
      ["IIN", null, "IN_KZ"],
      ["TAX_RESIDENCY_CERTIFICATE", null, "ANY"],
      ["EDS", null, "ANY"],
    ]);
  });

  it("embassy step for the four invitations only; personal presence for IIN only", () => {
    expect(codesWhere((s) => s.embassyStep !== null)).toEqual([
      "WORK_VISA_INVITATION",
      "INVESTOR_VISA_INVITATION",
      "BUSINESS_VISA_INVITATION_B1_B3",
      "BUSINESS_VISA_INVITATION_B2",
    ]);
    expect(codesWhere((s) => s.personalPresence)).toEqual(["IIN"]);
  });

  it("the 30-calendar-day caveat where the guide prints it (4.16)", () => {
    expect(codesWhere((s) => s.mayExtendBy30CalendarDays)).toEqual([
      "WORK_VISA_INVITATION",
      "WORK_VISA",
      "INVESTOR_VISA_INVITATION",
      "INVESTOR_VISA",
      "BUSINESS_VISA_INVITATION_B1_B3",
      "BUSINESS_VISA_INVITATION_B2",
      "BUSINESS_VISA_B2",
      "VISA_EXTENSION_C3",
      "VISA_EXTENSION_B2",
    ]);
    expect(codesWhere((s) => s.qualificationCheckTakesTime)).toEqual(["WORK_VISA", "TRP"]);
  });

  it("proof of state-duty payment exactly where a state duty is charged (4.17)", () => {
    const rows = (s: AnyServiceDefinition) => (s.tariff.by === null ? [s.tariff.row] : Object.values(s.tariff.rows));
    for (const service of allServices()) {
      const charged = rows(service).some((row) => row?.stateDuty);
      const proof = service.documents.some((d) => d.code === "STATE_DUTY_PAYMENT_PROOF");
      expect([service.code, proof]).toEqual([service.code, charged]);
    }
  });

  it("orders and shareholders' decisions in Kazakh and Russian for the single-list services (4.6)", () => {
    const kkRu = codesWhere((s) =>
      s.documents.some((d) => d.code === "FIRST_HEAD_APPOINTMENT_ORDER" && d.requirements.includes("KAZAKH_AND_RUSSIAN")),
    );
    expect(kkRu).toEqual([
      "BUSINESS_VISA_INVITATION_B1_B3",
      "BUSINESS_VISA_INVITATION_B2",
      "BUSINESS_VISA_B2",
      "VISA_CANCELLATION",
      "VISA_CANCELLATION_ABROAD",
      "VISA_EXTENSION_C3",
      "VISA_EXTENSION_B2",
    ]);
  });

  it("no company block for the other services (4.18)", () => {
    expect(codesWhere((s) => !s.documents.some((d) => d.companyDocument))).toEqual([
      "ARRIVAL_NOTIFICATION",
      "IIN",
      "TAX_RESIDENCY_CERTIFICATE",
      "EDS",
    ]);
  });

  it("location counterparts point both ways and across the border", () => {
    for (const service of allServices()) {
      const other = locationCounterpart(service.code);
      if (!other) continue;
      expect(locationCounterpart(other)).toBe(service.code);
      expect(getService(other).location).not.toBe(service.location);
    }
  });
});

describe("catalog consistency", () => {
  it("every note a document or a tariff row cites is listed on its service, once", () => {
    for (const service of allServices()) {
      const listed = service.notes.map((n) => n.id);
      expect(new Set(listed).size).toBe(listed.length);
      const cited = [
        ...service.documents.flatMap((d) => d.notes ?? []),
        ...(service.tariff.by === null ? [service.tariff.row] : Object.values(service.tariff.rows)).flatMap((r) =>
          r?.assumption ? [r.assumption] : [],
        ),
      ];
      expect([service.code, cited.filter((id) => !listed.includes(id))]).toEqual([service.code, []]);
    }
  });

  it("no document applies twice, for every combination of choice answers", () => {
    for (const service of allServices()) {
      const choices: [string, unknown[]][] = Object.entries(service.questions.shape).flatMap(([field, schema]) => {
        let inner = schema as z.ZodType;
        while (inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
        if (inner instanceof z.ZodBoolean) return [[field, [true, false]]];
        if (inner instanceof z.ZodEnum) return [[field, inner.options as unknown[]]];
        return [];
      });
      let combos: Record<string, unknown>[] = [{}];
      for (const [field, values] of choices) combos = combos.flatMap((c) => values.map((v) => ({ ...c, [field]: v })));
      for (const answers of combos) expect(() => checklist(service, answers)).not.toThrow();
    }
  });
});
