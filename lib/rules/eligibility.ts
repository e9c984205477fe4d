import { CIS_COUNTRIES, EAEU_COUNTRIES, KAZAKHSTAN, TRP_STAY_THRESHOLD_DAYS } from "../catalog/countries";
import type { CatalogKey } from "../catalog/message-keys";
import { locationCounterpart } from "../catalog/registry";
import type { AnyServiceDefinition, IsoDate, ServiceCode } from "../catalog/types";
import { addCalendarMonths } from "./iso-date";

/** Where the foreign national is when the request is filed. */
export type ForeignerLocation = "IN_KZ" | "OUTSIDE_KZ";

export type TrpEligibility =
  | { eligible: true; group: "CIS" | "EAEU"; thresholdDays: number; messageKey: CatalogKey }
  | {
      eligible: false;
      reason: "KAZAKHSTAN_CITIZEN" | "NOT_CIS_OR_EAEU" | "STAY_TOO_SHORT" | "NOT_IN_KAZAKHSTAN";
      group: "CIS" | "EAEU" | null;
      thresholdDays: number | null;
      messageKey: CatalogKey;
    };

/**
 * TRP (L250-253): only CIS citizens staying more than 30 calendar days and EAEU citizens
 * staying more than 90, while in Kazakhstan. EAEU members are also CIS members; the more
 * specific EAEU threshold applies to them (6.C13). `citizenship` is ISO 3166-1 alpha-2.
 */
export function checkTrpEligibility(input: {
  citizenship: string;
  plannedStayDays: number;
  location: ForeignerLocation;
}): TrpEligibility {
  const country = input.citizenship.trim().toUpperCase();
  const fail = (
    reason: Extract<TrpEligibility, { eligible: false }>["reason"],
    group: "CIS" | "EAEU" | null = null,
  ): TrpEligibility => ({
    eligible: false,
    reason,
    group,
    thresholdDays: group ? TRP_STAY_THRESHOLD_DAYS[group] : null,
    messageKey: `eligibility.${reason}`,
  });
  if (country === KAZAKHSTAN) return fail("KAZAKHSTAN_CITIZEN");
  const group = (EAEU_COUNTRIES as readonly string[]).includes(country)
    ? "EAEU"
    : (CIS_COUNTRIES as readonly string[]).includes(country)
      ? "CIS"
      : null;
  if (!group) return fail("NOT_CIS_OR_EAEU");
  if (input.location !== "IN_KZ") return fail("NOT_IN_KAZAKHSTAN", group);
  const thresholdDays = TRP_STAY_THRESHOLD_DAYS[group];
  if (!(input.plannedStayDays > thresholdDays)) return fail("STAY_TOO_SHORT", group);
  return { eligible: true, group, thresholdDays, messageKey: `eligibility.ELIGIBLE_${group}` };
}

export interface PassportValidity {
  valid: boolean;
  /** The passport must still be valid after this day: filing date + 3 calendar months. */
  mustBeValidAfter: IsoDate;
  messageKey: CatalogKey | null;
}

/**
 * "Valid for more than 3 months" (services.md 4.3), counted from the filing date (6.C17): the
 * expiry must fall after filing date + 3 months (month-end clamped). Expiry exactly on that
 * day is not "more than 3 months".
 */
export function checkPassportValidity(passportExpiry: IsoDate, filingDate: IsoDate): PassportValidity {
  const mustBeValidAfter = addCalendarMonths(filingDate, 3);
  const valid = passportExpiry > mustBeValidAfter;
  return { valid, mustBeValidAfter, messageKey: valid ? null : "eligibility.PASSPORT_EXPIRES_TOO_SOON" };
}

/** Whether the service's checklist carries the "valid for more than 3 months" rule. */
export function requiresPassportValidity(service: AnyServiceDefinition): boolean {
  return service.documents.some((d) => d.requirements.includes("PASSPORT_VALID_3M_2_BLANK_PAGES"));
}

export type LocationCheck =
  | { ok: true }
  | { ok: false; required: ForeignerLocation; alternative: ServiceCode | null; messageKey: CatalogKey };

/** Is the foreign national where this service requires? Suggests the counterpart service. */
export function checkLocation(service: AnyServiceDefinition, location: ForeignerLocation): LocationCheck {
  if (service.location === "ANY" || service.location === location) return { ok: true };
  return {
    ok: false,
    required: service.location,
    alternative: locationCounterpart(service.code),
    messageKey: `eligibility.LOCATION_${service.location}`,
  };
}
