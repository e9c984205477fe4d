import { prisma } from "@/lib/db/client";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import { countWorkingDaysBetween } from "@/lib/rules/working-days";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";
import { loadWorkingCalendar } from "@/lib/calendar/due-date";
import { RESULT_DOCUMENT_CODE } from "./review-shared";

// Exactly what the review page shows: no storage keys, no password hashes. Files come newest
// first; those with supersededAt set are the history of a document the applicant replaced.
const FILE_FIELDS = {
  id: true,
  originalName: true,
  mimeType: true,
  sizeBytes: true,
  createdAt: true,
  supersededAt: true,
  vaultVersionId: true,
  uploadedBy: { select: { name: true } },
} as const;

const REVIEW_FIELDS = {
  id: true,
  number: true,
  serviceCode: true,
  status: true,
  version: true,
  answers: true,
  feeOption: true,
  validityBand: true,
  variant: true,
  tariffSnapshot: true,
  peopleSnapshot: true,
  submittedAt: true,
  statusChangedAt: true,
  processingStartedOn: true,
  dueDate: true,
  extensionReason: true,
  changesDueOn: true,
  createdBy: { select: { name: true } },
  resultFileId: true,
  createdAt: true,
  company: { select: { id: true, name: true, bin: true } },
  assignee: { select: { id: true, name: true } },
  documents: {
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      status: true,
      rejectReason: true,
      reviewerComment: true,
      reviewedAt: true,
      version: true,
      reviewedBy: { select: { name: true } },
      files: { orderBy: { createdAt: "desc" }, select: FILE_FIELDS },
    },
  },
  notes: { orderBy: { createdAt: "desc" }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
  invoice: { select: { number: true, status: true, totalTiyn: true } },
  // The people register as it is now, to compare with the passport scan (and, later, its MRZ).
  people: {
    orderBy: { isPrincipal: "desc" },
    select: {
      isPrincipal: true,
      person: {
        select: {
          id: true,
          fullName: true,
          citizenship: true,
          dateOfBirth: true,
          passportNumber: true,
          passportIssuedOn: true,
          passportExpiresOn: true,
          iin: true,
          visaCategory: true,
          visaExpiresOn: true,
        },
      },
    },
  },
  appointments: { where: { status: "BOOKED" }, orderBy: { startsAt: "asc" }, take: 1, select: { id: true, startsAt: true } },
} as const;

/** Working days to the due date (negative once past it), counted with the holiday calendar. */
async function deadlineOf(dueDate: Date | null, now: Date) {
  if (!dueDate) return null;
  const today = isoDateInTimeZone(now);
  const due = dueDate.toISOString().slice(0, 10);
  const calendar = await loadWorkingCalendar(prisma, due < today ? due : today);
  return { workingDaysLeft: countWorkingDaysBetween(today, due, calendar), isOverdue: due < today };
}

/** A submitted application as staff review it; null for a draft or an unknown id (a 404). */
export async function getApplicationForReview(actor: CurrentUser, applicationId: string, now: Date = new Date()) {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const application = await prisma.application.findFirst({ where: { id: applicationId, status: { not: "DRAFT" } }, select: REVIEW_FIELDS });
  if (!application) return null;
  const { documents, ...rest } = application;
  return {
    ...rest,
    documents: documents.filter((d) => d.code !== RESULT_DOCUMENT_CODE),
    result: documents.find((d) => d.code === RESULT_DOCUMENT_CODE)?.files.find((f) => f.id === application.resultFileId) ?? null,
    deadline: application.status === "IN_PROCESSING" ? await deadlineOf(application.dueDate, now) : null,
  };
}

export type ReviewApplication = NonNullable<Awaited<ReturnType<typeof getApplicationForReview>>>;
export type ReviewDocument = ReviewApplication["documents"][number];
export type ReviewFile = ReviewDocument["files"][number];

/** Whether staff may open this application (any submitted one); for a real 404 before streaming. */
export async function isReviewableApplication(actor: CurrentUser, applicationId: string): Promise<boolean> {
  assertRole(actor, ["STAFF", "ADMIN"]);
  return (await prisma.application.count({ where: { id: applicationId, status: { not: "DRAFT" } } })) === 1;
}
