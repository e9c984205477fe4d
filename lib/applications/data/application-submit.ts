import { getService, isServiceCode, type ServiceCode } from "@/lib/catalog";
import { parseTariffSnapshot } from "@/lib/rules/snapshots";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { quote } from "@/lib/rules/quote";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import {
  submissionProblems,
  submissionWarnings,
  type SubmissionInput,
  type SubmissionProblem,
  type SubmissionWarning,
} from "@/lib/applications/submission-checks";
import { transitionApplication } from "@/lib/workflow/transition-application";
import { WorkflowError } from "@/lib/workflow/errors";
import { ApplicationError } from "@/lib/applications/errors";
import { enqueueNotification, enqueueNotificationForStaff } from "@/lib/outbox/enqueue";
import { applicantCompanyId, type CurrentUser } from "@/lib/kernel/access";
import { loadMrpRates, loadWorkingCalendar } from "@/lib/calendar/working-calendar";

type Tx = Prisma.TransactionClient;

export type Submitted = { number: string; alreadySubmitted: boolean };

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** EC-<year>-<6 digits>, from a per-year counter row locked for the length of the transaction. */
async function nextApplicationNumber(tx: Tx, year: number): Promise<string> {
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "ApplicationNumberCounter" (year, last) VALUES (${year}, 1)
    ON CONFLICT (year) DO UPDATE SET last = "ApplicationNumberCounter".last + 1
    RETURNING last`;
  return `EC-${year}-${String(row.last).padStart(6, "0")}`;
}

async function loadForSubmit(tx: Tx, actor: CurrentUser, id: string) {
  return tx.application.findFirst({
    where: { id, companyId: applicantCompanyId(actor) },
    select: {
      id: true,
      number: true,
      status: true,
      version: true,
      serviceCode: true,
      answers: true,
      people: { select: { isPrincipal: true, person: true } },
      documents: { select: { code: true, status: true, _count: { select: { files: { where: { supersededAt: null } } } } } },
    },
  });
}

/** The applicant's receipt and the staff queue's heads-up, in the submitting transaction (outbox). */
async function notifySubmitted(
  tx: Tx,
  actor: CurrentUser,
  app: { id: string; number: string; serviceCode: string; isResubmission: boolean },
) {
  const base = { applicationId: app.id, applicationNumber: app.number, serviceCode: app.serviceCode };
  const company = await tx.company.findUniqueOrThrow({ where: { id: applicantCompanyId(actor) }, select: { name: true } });
  await enqueueNotificationForStaff(tx, { kind: "APPLICATION_RECEIVED_STAFF", payload: { ...base, companyName: company.name } });
  if (app.isResubmission) return;
  const snapshot = await tx.application.findUniqueOrThrow({ where: { id: app.id }, select: { tariffSnapshot: true } });
  const price = parseTariffSnapshot(snapshot.tariffSnapshot);
  if (!price) throw new Error(`Application ${app.id} was submitted without a readable tariff snapshot`);
  await enqueueNotification(tx, {
    kind: "APPLICATION_SUBMITTED",
    recipientUserId: actor.id,
    payload: {
      ...base,
      serviceFeeTiyn: price.serviceFeeTiyn,
      stateDutyTiyn: price.stateDuty?.amountTiyn ?? 0,
      ...(price.stateDuty ? { stateDutyMrp: price.stateDuty.mrpTenths / 10 } : {}),
      // The centre's part only: the duty is paid to the state (decision 007, 6.P1).
      totalTiyn: price.serviceFeeTiyn,
    },
  });
}

type LoadedApplication = NonNullable<Awaited<ReturnType<typeof loadForSubmit>>>;

export type SubmitOptions = { acknowledgePassportBand?: boolean };

async function checkForSubmit(tx: Tx, app: LoadedApplication, today: string, options: SubmitOptions = {}) {
  const service = getService(app.serviceCode as ServiceCode);
  const answers = app.answers as Record<string, unknown>;
  const calendar = await loadWorkingCalendar(tx);
  const mrpRates = await loadMrpRates(tx);
  const input: SubmissionInput = {
    service,
    answers,
    location: (answers.personLocation as "IN_KZ" | "OUTSIDE_KZ" | undefined) ?? null,
    people: app.people.map(({ person, isPrincipal }) => ({
      fullName: person.fullName,
      citizenship: person.citizenship,
      passportExpiresOn: iso(person.passportExpiresOn),
      isPrincipal,
    })),
    documents: app.documents.map((d) => ({ code: d.code, status: d.status, currentFiles: d._count.files })),
    today,
    calendar,
    acknowledged: { passportBand: options.acknowledgePassportBand === true },
  };
  // A resubmission is judged on its documents only: the rest was accepted at first submission.
  const problems = submissionProblems(input).filter(
    (p) => app.status === "DRAFT" || p.kind === "DOCUMENT_MISSING" || p.kind === "DOCUMENT_REJECTED",
  );
  return { problems, warnings: app.status === "DRAFT" ? submissionWarnings(input) : [], mrpRates };
}

/**
 * What still stops the application from being submitted, and the warnings to show beside it
 * (for the "check your answers" page). The passport-band confirmation is asked for there, so it
 * is not listed as a problem.
 */
export async function findSubmissionReview(
  actor: CurrentUser,
  id: string,
  now = new Date(),
): Promise<{ problems: SubmissionProblem[]; warnings: SubmissionWarning[] } | null> {
  return prisma.$transaction(async (tx) => {
    const app = await loadForSubmit(tx, actor, id);
    if (!app || !isServiceCode(app.serviceCode)) return null;
    const { problems, warnings } = await checkForSubmit(tx, app, isoDateInTimeZone(now), { acknowledgePassportBand: true });
    return { problems, warnings };
  });
}

/** What still stops the application from being submitted (for the "check your answers" page). */
export async function findSubmissionProblems(actor: CurrentUser, id: string, now = new Date()): Promise<SubmissionProblem[] | null> {
  return (await findSubmissionReview(actor, id, now))?.problems ?? null;
}

/**
 * Submits a draft (number, frozen tariff and people) or resubmits after changes were requested.
 * Idempotent: a second submit of the same application, from a double click, another tab or a
 * retry, returns the first submission's number and changes nothing. Refused with ApplicationError
 * NOT_FOUND, COMPANY_NOT_VERIFIED, SUBMISSION_PROBLEMS (with its problems) or CONFLICT.
 */
export async function submitApplication(actor: CurrentUser, id: string, now = new Date(), options: SubmitOptions = {}): Promise<Submitted> {
  try {
    return await prisma.$transaction(async (tx) => {
      const app = await loadForSubmit(tx, actor, id);
      if (!app || !isServiceCode(app.serviceCode)) throw new ApplicationError("NOT_FOUND");
      if (app.status !== "DRAFT" && app.status !== "CHANGES_REQUESTED") {
        if (!app.number) throw new ApplicationError("NOT_FOUND");
        return { number: app.number, alreadySubmitted: true };
      }
      // Until Expat Centre staff verify the registration, drafts can be prepared but not submitted.
      const company = await tx.company.findUnique({ where: { id: applicantCompanyId(actor) }, select: { verification: true } });
      if (company?.verification !== "VERIFIED") throw new ApplicationError("COMPANY_NOT_VERIFIED");
      const service = getService(app.serviceCode);
      const answers = app.answers as Record<string, unknown>;
      const today = isoDateInTimeZone(now);
      const { problems, mrpRates } = await checkForSubmit(tx, app, today, options);
      if (problems.length) throw new ApplicationError("SUBMISSION_PROBLEMS", problems);

      // A resubmission answers the request for changes: its deadline no longer applies (issue 17).
      let data: Prisma.ApplicationUpdateManyMutationInput = { changesDueOn: null };
      let number = app.number;
      if (app.status === "DRAFT") {
        const price = quote(service, answers, today, mrpRates);
        number = await nextApplicationNumber(tx, Number(today.slice(0, 4)));
        data = {
          ...data,
          number,
          submittedAt: now,
          wizardStep: null,
          tariffSnapshot: { ...price, filedOn: today } as unknown as Prisma.InputJsonValue,
          peopleSnapshot: app.people.map(({ person, isPrincipal }) => ({
            personId: person.id,
            fullName: person.fullName,
            citizenship: person.citizenship,
            dateOfBirth: iso(person.dateOfBirth),
            passportNumber: person.passportNumber,
            passportIssuedOn: iso(person.passportIssuedOn),
            passportExpiresOn: iso(person.passportExpiresOn),
            iin: person.iin,
            visaCategory: person.visaCategory,
            visaExpiresOn: person.visaExpiresOn ? iso(person.visaExpiresOn) : null,
            isPrincipal,
            relationship: person.relationship,
          })) as Prisma.InputJsonValue,
        };
      }
      await transitionApplication(tx, { applicationId: app.id, actor, action: "SUBMIT", expectedVersion: app.version, data });
      await notifySubmitted(tx, actor, {
        id: app.id,
        number: number!,
        serviceCode: app.serviceCode,
        isResubmission: app.status !== "DRAFT",
      });
      return { number: number!, alreadySubmitted: false };
    });
  } catch (error) {
    if (error instanceof WorkflowError && error.code === "CONFLICT") {
      // Another request submitted it a moment ago: answer as that one did.
      const current = await prisma.application.findFirst({
        where: { id, companyId: applicantCompanyId(actor) },
        select: { number: true, status: true },
      });
      if (current?.number && current.status === "SUBMITTED") return { number: current.number, alreadySubmitted: true };
      throw new ApplicationError("CONFLICT");
    }
    throw error;
  }
}
