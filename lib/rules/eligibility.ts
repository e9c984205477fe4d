import { groupsOf, KAZAKHSTAN, TRP_STAY_THRESHOLD_DAYS } from "../catalog/countries";
import type { CatalogKey } from "../catalog/message-keys";
import { locationCounterpart } from "../catalog/registry";
import type { AnyServiceDefinition, IsoDate, ServiceCode, ValidityBand } from "../catalog/types";
import { addCalendarMonths } from "./iso-date";

/** Where the foreign national is when the request is filed. */
export type ForeignerLocation = "IN_KZ" | "OUTSIDE_KZ";

/**
 * A doubt the guide leaves open, shown with the result and never a refusal (6.C13, 6.P7):
 * OVERLAP: a CIS and EAEU member staying 31-90 days meets the CIS rule (L252) but not the
 * EAEU rule (L253); UNCERTAIN_MEMBER: the country's CIS membership itself is disputed.
 */
export type TrpWarning =
  | { kind: "OVERLAP"; messageKey: CatalogKey; cisDays: number; eaeuDays: number }
  | { kind: "UNCERTAIN_MEMBER"; messageKey: CatalogKey; reason: "ASSOCIATE_MEMBER" | "WITHDRAWING" };

export type TrpEligibility =
  | { eligible: true; group: "CIS" | "EAEU"; thresholdDays: number; messageKey: CatalogKey; warning: TrpWarning | null }
  | {
      eligible: false;
      reason: "KAZAKHSTAN_CITIZEN" | "NOT_CIS_OR_EAEU" | "STAY_TOO_SHORT" | "NOT_IN_KAZAKHSTAN";
      group: "CIS" | "EAEU" | null;
      thresholdDays: number | null;
      messageKey: CatalogKey;
    };

/**
 * TRP (L250-253): only CIS citizens staying more than 30 calendar days (L252) and EAEU citizens
 * staying more than 90 (L253), while in Kazakhstan. Armenia, Belarus, Kyrgyzstan and Russia are
 * in both groups and the guide does not say which rule applies to them (6.C13): no refusal on
 * that ambiguity. Over 90 days both rules are met; 31-90 days meets the CIS rule only, so the
 * request may go ahead with an OVERLAP warning; 30 days or fewer meets neither.
 * `citizenship` is ISO 3166-1 alpha-2.
 */
export function checkTrpEligibility(input: { citizenship: string; plannedStayDays: number; location: ForeignerLocation }): TrpEligibility {
  const country = input.citizenship.trim().toUpperCase();
  const fail = (
    reason: Extract<TrpEligibility, { eligible: false }>["reason"],
    group: "CIS" | "EAEU" | null = null,
    thresholdDays: number | null = group ? TRP_STAY_THRESHOLD_DAYS[group] : null,
  ): TrpEligibility => ({ eligible: false, reason, group, thresholdDays, messageKey: `eligibility.${reason}` });
  if (country === KAZAKHSTAN) return fail("KAZAKHSTAN_CITIZEN");
  const memberships = groupsOf(country);
  const cis = memberships.find((m) => m.group === "CIS");
  const eaeu = memberships.find((m) => m.group === "EAEU");
  if (!cis && !eaeu) return fail("NOT_CIS_OR_EAEU");
  const days = input.plannedStayDays;
  if (eaeu) {
    if (input.location !== "IN_KZ") return fail("NOT_IN_KAZAKHSTAN", "EAEU");
    if (days > TRP_STAY_THRESHOLD_DAYS.EAEU) {
      return {
        eligible: true,
        group: "EAEU",
        thresholdDays: TRP_STAY_THRESHOLD_DAYS.EAEU,
        messageKey: "eligibility.ELIGIBLE_EAEU",
        warning: null,
      };
    }
    if (cis && days > TRP_STAY_THRESHOLD_DAYS.CIS) {
      const warning: TrpWarning = {
        kind: "OVERLAP",
        messageKey: "eligibility.OVERLAP_CIS_EAEU",
        cisDays: TRP_STAY_THRESHOLD_DAYS.CIS,
        eaeuDays: TRP_STAY_THRESHOLD_DAYS.EAEU,
      };
      return { eligible: true, group: "CIS", thresholdDays: TRP_STAY_THRESHOLD_DAYS.CIS, messageKey: "eligibility.ELIGIBLE_CIS", warning };
    }
    // Neither rule is met: the lower (CIS) threshold is the one to exceed, if the country is CIS.
    return fail("STAY_TOO_SHORT", cis ? "CIS" : "EAEU");
  }
  if (input.location !== "IN_KZ") return fail("NOT_IN_KAZAKHSTAN", "CIS");
  if (!(days > TRP_STAY_THRESHOLD_DAYS.CIS)) return fail("STAY_TOO_SHORT", "CIS");
  const uncertain = cis?.member.uncertain;
  const warning: TrpWarning | null = uncertain
    ? { kind: "UNCERTAIN_MEMBER", messageKey: `eligibility.UNCERTAIN_${uncertain}`, reason: uncertain }
    : null;
  return { eligible: true, group: "CIS", thresholdDays: TRP_STAY_THRESHOLD_DAYS.CIS, messageKey: "eligibility.ELIGIBLE_CIS", warning };
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
  { ok: true } | { ok: false; required: ForeignerLocation; alternative: ServiceCode | null; messageKey: CatalogKey };

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

/** The upper end of each validity band, in years from the filing date (L84-85, L533-534). */
const BAND_YEARS: Record<ValidityBand, number> = { UP_TO_2_YEARS: 2, YEARS_1_TO_2: 2, YEARS_3_TO_5: 5 };

export interface PassportBandCheck {
  /** True when the passport outlasts the band paid for; otherwise a warning to confirm. */
  coversBand: boolean;
  /** Filing date + the band's upper end: the last day a visa of that band could reach. */
  bandEndsOn: IsoDate;
  messageKey: CatalogKey | null;
}

/**
 * A visa cannot be valid beyond the passport (6.P6): when the passport expires before the end
 * of the validity band being paid for, the applicant pays for a validity the visa cannot have.
 * A warning the applicant confirms, not a refusal: the band's upper end is a maximum, and the
 * centre may still issue a shorter visa within the band.
 */
export function checkPassportAgainstBand(passportExpiry: IsoDate, band: ValidityBand, filingDate: IsoDate): PassportBandCheck {
  const bandEndsOn = addCalendarMonths(filingDate, BAND_YEARS[band] * 12);
  const coversBand = passportExpiry >= bandEndsOn;
  return { coversBand, bandEndsOn, messageKey: coversBand ? null : "eligibility.PASSPORT_BEFORE_BAND_END" };
}
