import type { AnyServiceDefinition, CalendarEntry, IsoDate } from "@/lib/catalog";
import { VALIDITY_BANDS } from "@/lib/catalog";
import {
  checkLocation,
  checkPassportAgainstBand,
  checkPassportValidity,
  checkTrpEligibility,
  requiresPassportValidity,
  type ForeignerLocation,
} from "@/lib/rules/eligibility";
import { assessExtension, extensionUrgency } from "@/lib/rules/extension-window";
import { processingTimeFor, workingDaysOf } from "@/lib/rules/processing-time";
import { requiredUploadCodes } from "./document-slots";

// Everything that must hold before an application can be submitted, as a list of problems
// for the "check your answers" page. Pure: the caller passes the date and the calendar.

export type SubmissionPerson = { fullName: string; citizenship: string; passportExpiresOn: IsoDate; isPrincipal: boolean };
export type SubmissionDocument = { code: string; status: string; currentFiles: number };

export type SubmissionProblem =
  | { kind: "NO_PEOPLE" }
  | { kind: "ANSWERS_INCOMPLETE"; fields: string[] }
  | { kind: "LOCATION"; messageKey: string; alternative: string | null }
  | { kind: "PASSPORT_EXPIRES_TOO_SOON"; personName: string; mustBeValidAfter: IsoDate }
  | { kind: "TRP_NOT_ELIGIBLE"; personName: string; messageKey: string }
  | { kind: "EXTENSION_WINDOW"; messageKey: string; opensOn: IsoDate; closesOn: IsoDate }
  | { kind: "DOCUMENT_MISSING"; code: string }
  | { kind: "DOCUMENT_REJECTED"; code: string }
  /** A PASSPORT_BEFORE_BAND_END warning the applicant has not confirmed (6.P6). */
  | { kind: "PASSPORT_BAND_UNCONFIRMED" };

/** Shown on "check your answers" without stopping the submission (except as PASSPORT_BAND_UNCONFIRMED). */
export type SubmissionWarning =
  /** 6.P6: the passport ends before the validity band paid for; must be confirmed. */
  | { kind: "PASSPORT_BEFORE_BAND_END"; personName: string; expiresOn: IsoDate; bandEndsOn: IsoDate; band: string }
  /** 6.C13, 6.P7: the guide's TRP groups leave this citizen's case open; the centre decides. */
  | { kind: "TRP_RULE"; personName: string; messageKey: string; values: Record<string, number> }
  /** 6.P5: fewer working days left to hand in the documents than the usual review time. */
  | { kind: "EXTENSION_TIGHT"; closesOn: IsoDate; daysLeft: number; reviewDays: number };

export type SubmissionInput = {
  service: AnyServiceDefinition;
  answers: Record<string, unknown>;
  location: ForeignerLocation | null;
  people: SubmissionPerson[];
  documents: SubmissionDocument[];
  today: IsoDate;
  calendar: readonly CalendarEntry[];
  /** What the applicant confirmed on "check your answers". */
  acknowledged?: { passportBand?: boolean };
};

function answerProblems(service: AnyServiceDefinition, answers: Record<string, unknown>): SubmissionProblem[] {
  const parsed = service.questions.safeParse(answers);
  if (parsed.success) return [];
  return [{ kind: "ANSWERS_INCOMPLETE", fields: [...new Set(parsed.error.issues.map((i) => String(i.path[0])))] }];
}

function peopleProblems(input: SubmissionInput): SubmissionProblem[] {
  const { service, answers, people, today, location } = input;
  const problems: SubmissionProblem[] = [];
  const included = people.filter((p) => !p.isPrincipal || answers.principalIncluded !== false);
  if (requiresPassportValidity(service)) {
    for (const person of included) {
      const validity = checkPassportValidity(person.passportExpiresOn, today);
      if (!validity.valid)
        problems.push({ kind: "PASSPORT_EXPIRES_TOO_SOON", personName: person.fullName, mustBeValidAfter: validity.mustBeValidAfter });
    }
  }
  if (service.code === "TRP" && typeof answers.plannedStayDays === "number") {
    for (const person of included) {
      const eligibility = checkTrpEligibility({
        citizenship: person.citizenship,
        plannedStayDays: answers.plannedStayDays,
        location: location ?? "IN_KZ",
      });
      if (!eligibility.eligible)
        problems.push({ kind: "TRP_NOT_ELIGIBLE", personName: person.fullName, messageKey: eligibility.messageKey });
    }
  }
  return problems;
}

function extensionProblems(input: SubmissionInput): SubmissionProblem[] {
  const { answers, today, calendar } = input;
  if (typeof answers.visaExpiryDate !== "string" || typeof answers.sameHostParty !== "boolean") return [];
  const assessment = assessExtension({ visaExpiryDate: answers.visaExpiryDate, sameHostParty: answers.sameHostParty }, today, calendar);
  if (assessment.outcome === "EXTENSION") return [];
  const messageKey = assessment.outcome === "NOT_YET" ? "extensionWindow.TOO_EARLY" : assessment.messageKey;
  return [{ kind: "EXTENSION_WINDOW", messageKey, opensOn: assessment.window.opensOn, closesOn: assessment.window.closesOn }];
}

function documentProblems(input: SubmissionInput): SubmissionProblem[] {
  const required = requiredUploadCodes(input.service, input.answers);
  const problems: SubmissionProblem[] = [];
  for (const code of required) {
    const document = input.documents.find((d) => d.code === code);
    if (!document || document.currentFiles === 0) problems.push({ kind: "DOCUMENT_MISSING", code });
  }
  for (const document of input.documents) {
    if (document.status === "REJECTED") problems.push({ kind: "DOCUMENT_REJECTED", code: document.code });
  }
  return problems;
}

/** Things the applicant should know before submitting, none of which refuses the request. */
export function submissionWarnings(input: SubmissionInput): SubmissionWarning[] {
  const { service, answers, people, today, calendar, location } = input;
  const included = people.filter((p) => !p.isPrincipal || answers.principalIncluded !== false);
  const warnings: SubmissionWarning[] = [];
  const band = VALIDITY_BANDS.find((b) => b === answers.validityBand);
  if (band) {
    for (const person of included) {
      const check = checkPassportAgainstBand(person.passportExpiresOn, band, today);
      if (!check.coversBand)
        warnings.push({
          kind: "PASSPORT_BEFORE_BAND_END",
          personName: person.fullName,
          expiresOn: person.passportExpiresOn,
          bandEndsOn: check.bandEndsOn,
          band,
        });
    }
  }
  if (service.code === "TRP" && typeof answers.plannedStayDays === "number") {
    for (const person of included) {
      const eligibility = checkTrpEligibility({
        citizenship: person.citizenship,
        plannedStayDays: answers.plannedStayDays,
        location: location ?? "IN_KZ",
      });
      if (!eligibility.eligible || !eligibility.warning) continue;
      const w = eligibility.warning;
      warnings.push({
        kind: "TRP_RULE",
        personName: person.fullName,
        messageKey: w.messageKey,
        values: w.kind === "OVERLAP" ? { cisDays: w.cisDays, eaeuDays: w.eaeuDays } : {},
      });
    }
  }
  if (service.code.startsWith("VISA_EXTENSION") && typeof answers.visaExpiryDate === "string" && answers.sameHostParty === true) {
    const assessment = assessExtension({ visaExpiryDate: answers.visaExpiryDate, sameHostParty: true }, today, calendar);
    const time = processingTimeFor({ serviceCode: service.code, validityBand: band ?? null });
    const reviewDays = time ? workingDaysOf(time) : 0;
    if (extensionUrgency(assessment.window, reviewDays).tight && assessment.window.workingDaysLeft !== null) {
      warnings.push({
        kind: "EXTENSION_TIGHT",
        closesOn: assessment.window.closesOn,
        daysLeft: assessment.window.workingDaysLeft,
        reviewDays,
      });
    }
  }
  return warnings;
}

export function submissionProblems(input: SubmissionInput): SubmissionProblem[] {
  if (input.people.length === 0) return [{ kind: "NO_PEOPLE" }];
  const location = input.location ? checkLocation(input.service, input.location) : { ok: true as const };
  return [
    ...answerProblems(input.service, input.answers),
    ...(location.ok ? [] : [{ kind: "LOCATION" as const, messageKey: location.messageKey, alternative: location.alternative }]),
    ...peopleProblems(input),
    ...(input.service.code.startsWith("VISA_EXTENSION") ? extensionProblems(input) : []),
    ...documentProblems(input),
    ...(submissionWarnings(input).some((w) => w.kind === "PASSPORT_BEFORE_BAND_END") && !input.acknowledged?.passportBand
      ? [{ kind: "PASSPORT_BAND_UNCONFIRMED" as const }]
      : []),
  ];
}
