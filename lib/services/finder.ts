import { locationCounterpart, type ServiceCode } from "@/lib/catalog";
import { checkTrpEligibility, type ForeignerLocation } from "@/lib/rules/eligibility";

// "Which service do I need?": a few answers lead to the service(s) of the guide. Pure, so every
// path is unit-tested; the page only reads GET parameters and renders the result.

export const FINDER_LOCATIONS = ["IN_KZ", "OUTSIDE_KZ"] as const satisfies readonly ForeignerLocation[];
export const FINDER_PURPOSES = [
  "WORK",
  "INVESTMENT",
  "BUSINESS_TRIP",
  "LONG_TERM_BUSINESS",
  "RESIDENCE",
  "LEAVING",
  "EXTENDING",
  "TAX_RESIDENCY",
  "IIN",
  "EDS",
  "ARRIVAL",
] as const;
export type FinderPurpose = (typeof FINDER_PURPOSES)[number];
export type FinderField = "location" | "purpose" | "citizenship";

export interface FinderAnswers {
  location?: ForeignerLocation;
  purpose?: FinderPurpose;
  /** ISO 3166-1 alpha-2; only asked for a residence permit. */
  citizenship?: string;
}

/** A message for the result: a full key ("catalog.…" or "services.…") with its values. */
export interface FinderAdvice {
  key: string;
  values?: Record<string, number>;
}

export type FinderResult =
  | { status: "INCOMPLETE"; missing: FinderField[] }
  | {
      status: "DONE";
      /** The service(s) for this situation; empty when the guide offers none. */
      services: ServiceCode[];
      /** Services worth a look instead (shown as "you may also need"). */
      alternatives: ServiceCode[];
      advice: FinderAdvice[];
    };

// Tax residency and EDS do not depend on where the person is (location ANY in the catalog).
const LOCATION_FREE: readonly FinderPurpose[] = ["TAX_RESIDENCY", "EDS"];

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
const oneOf = <T extends string>(values: readonly T[], v: string): T | undefined =>
  (values as readonly string[]).includes(v) ? (v as T) : undefined;

export function parseFinderParams(params: SearchParams): FinderAnswers {
  const citizenship = first(params.citizenship).toUpperCase();
  return {
    location: oneOf(FINDER_LOCATIONS, first(params.location)),
    purpose: oneOf(FINDER_PURPOSES, first(params.purpose)),
    citizenship: /^[A-Z]{2}$/.test(citizenship) ? citizenship : undefined,
  };
}

/** True once the visitor has sent the form at least once (so errors are worth showing). */
export function hasFinderInput(params: SearchParams): boolean {
  return ["location", "purpose", "citizenship"].some((name) => params[name] !== undefined);
}

function missingFields(answers: FinderAnswers): FinderField[] {
  const missing: FinderField[] = [];
  if (!answers.location && !(answers.purpose && LOCATION_FREE.includes(answers.purpose))) missing.push("location");
  if (!answers.purpose) missing.push("purpose");
  if (answers.purpose === "RESIDENCE" && !answers.citizenship) missing.push("citizenship");
  return missing;
}

const done = (services: ServiceCode[], advice: FinderAdvice[] = [], alternatives: ServiceCode[] = []): FinderResult => ({
  status: "DONE",
  services,
  alternatives,
  advice,
});

/** The in-country service or its "from abroad" counterpart (invitation, cancellation abroad). */
function bySide(inKz: ServiceCode, location: ForeignerLocation): ServiceCode {
  return location === "IN_KZ" ? inKz : (locationCounterpart(inKz) ?? inKz);
}

function residence(citizenship: string, location: ForeignerLocation): FinderResult {
  // The finder does not ask how long the stay is: it states the threshold instead, so eligibility
  // is checked as if the stay were long enough.
  const check = checkTrpEligibility({ citizenship, plannedStayDays: Number.MAX_SAFE_INTEGER, location });
  if (check.eligible) {
    return done(
      ["TRP"],
      [{ key: "services.finder.advice.trpStay", values: { days: check.thresholdDays } }, { key: "catalog.rules.trpNoVisa" }],
    );
  }
  switch (check.reason) {
    case "NOT_IN_KAZAKHSTAN":
      return done(["TRP"], [{ key: "services.finder.advice.trpOnceInKz", values: { days: check.thresholdDays ?? 0 } }]);
    case "KAZAKHSTAN_CITIZEN":
      return done([], [{ key: `catalog.${check.messageKey}` }]);
    default:
      return done(
        [],
        [{ key: `catalog.${check.messageKey}` }, { key: "services.finder.advice.visaInstead" }],
        [bySide("WORK_VISA", location), bySide("INVESTOR_VISA", location)],
      );
  }
}

export function findServices(answers: FinderAnswers): FinderResult {
  const missing = missingFields(answers);
  if (missing.length > 0) return { status: "INCOMPLETE", missing };
  const purpose = answers.purpose!;
  // LOCATION_FREE purposes may come without a location; they never read it.
  const location = answers.location ?? "IN_KZ";
  const inKz = location === "IN_KZ";
  switch (purpose) {
    case "WORK":
      return done([bySide("WORK_VISA", location)], [{ key: "services.finder.advice.cisNoVisa" }], ["TRP"]);
    case "INVESTMENT":
      return done([bySide("INVESTOR_VISA", location)]);
    case "BUSINESS_TRIP":
      return inKz
        ? done([], [{ key: "services.finder.advice.noShortBusinessInKz" }], ["BUSINESS_VISA_B2"])
        : done(["BUSINESS_VISA_INVITATION_B1_B3"]);
    case "LONG_TERM_BUSINESS":
      return done([bySide("BUSINESS_VISA_B2", location)]);
    case "RESIDENCE":
      return residence(answers.citizenship!, location);
    case "LEAVING":
      return done([bySide("VISA_CANCELLATION", location)]);
    case "EXTENDING":
      return inKz
        ? done(
            ["VISA_EXTENSION_C3", "VISA_EXTENSION_B2"],
            [{ key: "catalog.rules.extensionWindow" }, { key: "services.finder.advice.trpExtension" }],
            ["TRP"],
          )
        : done([], [{ key: "services.finder.advice.extendFromAbroad" }], ["WORK_VISA_INVITATION", "BUSINESS_VISA_INVITATION_B2"]);
    case "TAX_RESIDENCY":
      return done(["TAX_RESIDENCY_CERTIFICATE"]);
    case "IIN":
      return done(["IIN"], [{ key: inKz ? "catalog.rules.iinPersonalPresence" : "services.finder.advice.iinOnceInKz" }]);
    case "EDS":
      return done(["EDS"]);
    case "ARRIVAL":
      return done(["ARRIVAL_NOTIFICATION"], inKz ? [] : [{ key: "services.finder.advice.arrivalAfterEntry" }]);
  }
}
