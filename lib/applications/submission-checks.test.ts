import { describe, expect, it } from "vitest";
import { getService, KZ_HOLIDAYS_SEED, type ServiceCode } from "@/lib/catalog";
import { requiredUploadCodes } from "./document-slots";
import { peopleChoiceProblem, peopleScope } from "./people-scope";
import { submissionProblems, submissionWarnings, type SubmissionInput, type SubmissionPerson } from "./submission-checks";

const principal: SubmissionPerson = { fullName: "Jane Doe", citizenship: "GB", passportExpiresOn: "2035-01-01", isPrincipal: true };
const spouse: SubmissionPerson = { fullName: "John Doe", citizenship: "GB", passportExpiresOn: "2035-01-01", isPrincipal: false };

function input(
  code: ServiceCode,
  answers: Record<string, unknown>,
  people: SubmissionPerson[],
  extra: Partial<SubmissionInput> = {},
): SubmissionInput {
  const service = getService(code);
  // Every required upload present: only the rules under test can raise a problem.
  const documents = requiredUploadCodes(service, answers).map((c) => ({ code: c, status: "UPLOADED", currentFiles: 1 }));
  return { service, answers, location: null, people, documents, today: "2026-06-01", calendar: KZ_HOLIDAYS_SEED, ...extra };
}

describe("a relocating family (guide L46, L64; decision 007 6.P2)", () => {
  it("principal and spouse, both abroad, nobody holding a visa: submittable, no principal's visa asked", () => {
    const answers = { validityBand: "UP_TO_2_YEARS", principalIncluded: true, familyMembersIncluded: true };
    const service = getService("WORK_VISA_INVITATION");
    expect(requiredUploadCodes(service, answers)).not.toContain("PRINCIPAL_WORK_VISA");
    expect(submissionProblems(input("WORK_VISA_INVITATION", answers, [principal, spouse], { location: "OUTSIDE_KZ" }))).toEqual([]);
  });

  it("a spouse joining an employee who already holds the C3 visa must show it (L64)", () => {
    const answers = { validityBand: "UP_TO_2_YEARS", principalIncluded: false, familyMembersIncluded: true };
    expect(requiredUploadCodes(getService("WORK_VISA_INVITATION"), answers)).toContain("PRINCIPAL_WORK_VISA");
  });

  it("an investor's family may apply without the investor (L156: the investors and their family members)", () => {
    const answers = { validityBand: "UP_TO_2_YEARS", principalIncluded: false, familyMembersIncluded: true };
    expect(getService("INVESTOR_VISA").questions.safeParse(answers).success).toBe(true);
    expect(requiredUploadCodes(getService("INVESTOR_VISA"), answers)).toContain("PRINCIPAL_INVESTOR_VISA");
  });
});

describe("any person of the register (L435, L465, L484, L570; 6.P3)", () => {
  it.each([
    "VISA_CANCELLATION",
    "IIN",
    "ARRIVAL_NOTIFICATION",
    "BUSINESS_VISA_B2",
    "BUSINESS_VISA_INVITATION_B2",
    "VISA_EXTENSION_B2",
  ] as const)("%s takes exactly one person, who may be a family member", (code) => {
    const scope = peopleScope(getService(code));
    expect(scope).toBe("ONE_PERSON");
    expect(peopleChoiceProblem(scope, { principalIncluded: false, familyIds: ["spouse"] })).toBeNull();
    expect(peopleChoiceProblem(scope, { principalIncluded: true, familyIds: ["spouse"] })).toBe("ONE_PERSON_ONLY");
  });

  it("the cancellation abroad covers the holder and the family members' visas in one request (L484)", () => {
    const scope = peopleScope(getService("VISA_CANCELLATION_ABROAD"));
    expect(scope).toBe("GROUP");
    expect(peopleChoiceProblem(scope, { principalIncluded: true, familyIds: ["spouse", "child"] })).toBeNull();
  });

  it("nobody is never a request", () => {
    expect(peopleChoiceProblem("GROUP", { principalIncluded: false, familyIds: [] })).toBe("NOBODY");
  });
});

describe("passport vs the validity band paid for (6.P6)", () => {
  const answers = { validityBand: "YEARS_3_TO_5", principalIncluded: true, familyMembersIncluded: false };
  const shortPassport = { ...principal, passportExpiresOn: "2028-01-01" };

  it("warns and requires confirmation when the passport ends before filing date + 5 years", () => {
    const base = input("WORK_VISA", answers, [shortPassport], { location: "IN_KZ" });
    expect(submissionWarnings(base)).toEqual([
      { kind: "PASSPORT_BEFORE_BAND_END", personName: "Jane Doe", expiresOn: "2028-01-01", bandEndsOn: "2031-06-01", band: "YEARS_3_TO_5" },
    ]);
    expect(submissionProblems(base)).toEqual([{ kind: "PASSPORT_BAND_UNCONFIRMED" }]);
    expect(submissionProblems({ ...base, acknowledged: { passportBand: true } })).toEqual([]);
  });

  it("says nothing when the passport outlasts the band", () => {
    expect(
      submissionWarnings(input("WORK_VISA", { ...answers, validityBand: "UP_TO_2_YEARS" }, [principal], { location: "IN_KZ" })),
    ).toEqual([]);
  });
});

describe("TRP overlap (L252-253, 6.C13)", () => {
  const answers = { trpRole: "EMPLOYEE", trpAction: "OBTAIN", workBasis: "EMPLOYMENT_CONTRACT", plannedStayDays: 60 };
  it("a Russian citizen staying 60 days is not refused, and is warned which rule applies", () => {
    const russian = { ...principal, citizenship: "RU" };
    const base = input("TRP", answers, [russian], { location: "IN_KZ" });
    expect(submissionProblems(base)).toEqual([]);
    expect(submissionWarnings(base)).toEqual([
      { kind: "TRP_RULE", personName: "Jane Doe", messageKey: "eligibility.OVERLAP_CIS_EAEU", values: { cisDays: 30, eaeuDays: 90 } },
    ]);
  });
});

describe("extension deadline at hand-in (L495, 6.P5)", () => {
  // Visa expiring 2026-06-15 (Monday): the last hand-in day is the 5th working day before, 8 June.
  const answers = {
    validityBand: "YEARS_1_TO_2",
    visaExpiryDate: "2026-06-15",
    sameHostParty: true,
    principalIncluded: true,
    familyMembersIncluded: false,
  };
  it("warns when fewer working days are left than the usual 5-day review (L533)", () => {
    const base = input("VISA_EXTENSION_C3", answers, [principal], { location: "IN_KZ", today: "2026-06-03" });
    expect(submissionProblems(base)).toEqual([]);
    expect(submissionWarnings(base)).toEqual([{ kind: "EXTENSION_TIGHT", closesOn: "2026-06-08", daysLeft: 3, reviewDays: 5 }]);
  });

  it("says the window closed, not 'apply for a new visa', after the last day", () => {
    const base = input("VISA_EXTENSION_C3", answers, [principal], { location: "IN_KZ", today: "2026-06-09" });
    expect(submissionProblems(base)).toEqual([
      { kind: "EXTENSION_WINDOW", messageKey: "extensionWindow.TOO_LATE", opensOn: expect.any(String), closesOn: "2026-06-08" },
    ]);
  });
});
