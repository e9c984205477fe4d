import type { AnyServiceDefinition, CalendarEntry, IsoDate } from "@/lib/catalog";
import { checkLocation, checkPassportValidity, checkTrpEligibility, requiresPassportValidity, type ForeignerLocation } from "@/lib/rules/eligibility";
import { assessExtension } from "@/lib/rules/extension-window";
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
  | { kind: "DOCUMENT_REJECTED"; code: string };

export type SubmissionInput = {
  service: AnyServiceDefinition;
  answers: Record<string, unknown>;
  location: ForeignerLocation | null;
  people: SubmissionPerson[];
  documents: SubmissionDocument[];
  today: IsoDate;
  calendar: readonly CalendarEntry[];
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
      if (!validity.valid) problems.push({ kind: "PASSPORT_EXPIRES_TOO_SOON", personName: person.fullName, mustBeValidAfter: validity.mustBeValidAfter });
    }
  }
  if (service.code === "TRP" && typeof answers.plannedStayDays === "number") {
    for (const person of included) {
      const eligibility = checkTrpEligibility({ citizenship: person.citizenship, plannedStayDays: answers.plannedStayDays, location: location ?? "IN_KZ" });
      if (!eligibility.eligible) problems.push({ kind: "TRP_NOT_ELIGIBLE", personName: person.fullName, messageKey: eligibility.messageKey });
    }
  }
  return problems;
}

function extensionProblems(input: SubmissionInput): SubmissionProblem[] {
  const { answers, today, calendar } = input;
  if (typeof answers.visaExpiryDate !== "string" || typeof answers.sameHostParty !== "boolean") return [];
  const assessment = assessExtension({ visaExpiryDate: answers.visaExpiryDate, sameHostParty: answers.sameHostParty }, today, calendar);
  if (assessment.outcome === "EXTENSION") return [];
  const messageKey = assessment.outcome === "NEW_VISA_REQUIRED" ? assessment.messageKey : "extensionWindow.TOO_EARLY";
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

export function submissionProblems(input: SubmissionInput): SubmissionProblem[] {
  if (input.people.length === 0) return [{ kind: "NO_PEOPLE" }];
  const location = input.location ? checkLocation(input.service, input.location) : { ok: true as const };
  return [
    ...answerProblems(input.service, input.answers),
    ...(location.ok ? [] : [{ kind: "LOCATION" as const, messageKey: location.messageKey, alternative: location.alternative }]),
    ...peopleProblems(input),
    ...(input.service.code.startsWith("VISA_EXTENSION") ? extensionProblems(input) : []),
    ...documentProblems(input),
  ];
}
